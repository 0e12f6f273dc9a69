package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.passerelle.platform.rest.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both doors: the web pages use a form login (the login page hands the
 * credential over through {@code SecurityContext.authenticate}), the REST API uses HTTP Basic
 * with the same accounts. Unauthenticated visits to a protected page go to the login page;
 * unauthenticated API calls get 401.
 */
@ApplicationScoped
@AutoApplySession
public class PasserelleAuthentication implements HttpAuthenticationMechanism {
    static final String LOGIN_PAGE = "/connexion.xhtml";
    /** Request attribute: why an OpenID Connect login failed, for the page that says so. */
    public static final String OIDC_REFUSAL = PasserelleAuthentication.class.getName() + ".oidcRefusal";

    private static final Logger LOG = Logger.getLogger(PasserelleAuthentication.class.getName());

    @Inject
    IdentityStoreHandler identityStores;
    @Inject
    LoginThrottle throttle;
    @Inject
    CredentialCache recentLogins;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof OidcCredential oidc) {
            return oidcLogin(oidc, request, context);
        }
        if (credential != null) {
            String login = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
            if (login != null && throttle.lockedFor(login).isPresent()) {
                // refused like a wrong password (no error page: the login page asks the throttle
                // again and says for how long)
                return AuthenticationStatus.SEND_FAILURE;
            }
            return context.notifyContainerAboutLogin(counted(login, identityStores.validate(credential)));
        }
        UsernamePasswordCredential basic = basicCredential(request.getHeader("Authorization"));
        if (basic != null) {
            Optional<Duration> locked = throttle.lockedFor(basic.getCaller());
            if (locked.isPresent()) {
                return tooManyAttempts(request, response, context, locked.get());
            }
            CredentialValidationResult result = counted(basic.getCaller(), identityStores.validate(basic));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response, context);
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(originalTarget(request), StandardCharsets.UTF_8));
    }

    /**
     * An identity the OpenID provider vouched for (ADR 0019): refused while the matched account is
     * locked, as a password would be; an identity that matches nobody counts as a failed login.
     */
    private AuthenticationStatus oidcLogin(OidcCredential oidc, HttpServletRequest request,
                                           HttpMessageContext context) {
        if (throttle.lockedFor(oidc.throttleKey()).isPresent()) {
            request.setAttribute(OIDC_REFUSAL, OidcRefusal.Reason.LOCKED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(oidc);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            counted(oidc.throttleKey(), result);
            request.setAttribute(OIDC_REFUSAL, OidcRefusal.Reason.UNKNOWN_ACCOUNT);
            return AuthenticationStatus.SEND_FAILURE;
        }
        String login = result.getCallerPrincipal().getName();
        if (throttle.lockedFor(login).isPresent()) {
            request.setAttribute(OIDC_REFUSAL, OidcRefusal.Reason.LOCKED);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(counted(login, result));
    }

    /** Feeds the throttle: failures count towards a lock, a success starts the count again. */
    private CredentialValidationResult counted(String login, CredentialValidationResult result) {
        if (login == null) {
            return result;
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(login);
        } else if (throttle.failed(login)) {
            // the lock is checked before any password, cached or not; forgetting is belt and braces
            recentLogins.forget(login);
            // never the password: only the (sanitized) login and the fact
            LOG.warning(() -> "account '" + MemberIdentityStore.sanitize(login) + "' locked for "
                    + LoginThrottle.LOCK.toMinutes() + " minutes after " + LoginThrottle.MAX_FAILURES
                    + " failed logins");
        }
        return result;
    }

    /** 429 with Retry-After (seconds) and a problem in the caller's language. */
    private static AuthenticationStatus tooManyAttempts(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context, Duration locked) {
        long seconds = Math.max(1, locked.toSeconds() + (locked.toNanosPart() > 0 ? 1 : 0));
        Locale locale = Problems.language(Collections.list(request.getLocales()));
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.setContentType(Problems.MEDIA_TYPE + ";charset=UTF-8");
            response.setHeader("Content-Language", locale.toLanguageTag());
            response.getWriter().write(Problems.json(429, "too-many-attempts", List.of("account.locked.api"), locale,
                    (seconds + 59) / 60));
            // committed now, so that the container cannot turn the answer into a 401 or 403 page
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Passerelle\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String originalTarget(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** Decodes "Basic base64(login:password)"; null when the header is absent or malformed. */
    static UsernamePasswordCredential basicCredential(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
