package org.passerelle.identity.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.passerelle.identity.control.OidcCredential;
import org.passerelle.identity.control.OidcIdentity;
import org.passerelle.identity.control.OidcLogin;
import org.passerelle.identity.control.OidcRefusal;
import org.passerelle.identity.control.PasserelleAuthentication;
import org.passerelle.platform.config.Settings;

/**
 * "Se connecter avec ...": {@code /connexion/oidc} sends the person to the OpenID provider,
 * {@code /connexion/oidc/retour} receives them back (the redirect URI to register at the provider).
 * The checked identity goes through the one authentication mechanism like a password does (ADR 0019).
 * Any failure lands on the login page with a message; nothing is created.
 */
@WebServlet({OidcLoginServlet.START, OidcLoginServlet.CALLBACK})
public class OidcLoginServlet extends HttpServlet {
    static final String START = "/connexion/oidc";
    static final String CALLBACK = "/connexion/oidc/retour";
    private static final String PENDING = OidcLoginServlet.class.getName() + ".pending";
    private static final Logger LOG = Logger.getLogger(OidcLoginServlet.class.getName());
    private static final long serialVersionUID = 1L;

    @Inject
    transient OidcLogin oidc;
    @Inject
    transient SecurityContext security;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!oidc.enabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (CALLBACK.equals(request.getServletPath())) {
            callback(request, response);
        } else {
            start(request, response);
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            OidcLogin.Authorization authorization = oidc.start(redirectUri(request),
                    Login.safeNext(request.getParameter("next")));
            request.getSession(true).setAttribute(PENDING, authorization.pending());
            response.sendRedirect(authorization.location().toString());
        } catch (OidcRefusal refusal) {
            refused(request, response, refusal);
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        OidcLogin.PendingLogin pending = session == null ? null
                : (OidcLogin.PendingLogin) session.getAttribute(PENDING);
        if (session != null) {
            // one answer per login started: a replayed or second answer finds nothing
            session.removeAttribute(PENDING);
        }
        OidcIdentity identity;
        try {
            identity = oidc.finish(pending, request.getParameter("state"), request.getParameter("code"),
                    request.getParameter("error"));
        } catch (OidcRefusal refusal) {
            refused(request, response, refusal);
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true).credential(new OidcCredential(identity)));
        if (status == AuthenticationStatus.SUCCESS) {
            // a new session id once logged in, as for the login form (no fixation of the id used before)
            request.changeSessionId();
            response.sendRedirect(request.getContextPath() + pending.next());
            return;
        }
        Object reason = request.getAttribute(PasserelleAuthentication.OIDC_REFUSAL);
        toLoginPage(request, response, reason instanceof OidcRefusal.Reason r ? r : OidcRefusal.Reason.UNKNOWN_ACCOUNT);
    }

    private static void refused(HttpServletRequest request, HttpServletResponse response, OidcRefusal refusal)
            throws IOException {
        // the detail names the failed check, never a code, a token or the secret
        LOG.info(() -> "OIDC login refused (" + refusal.reason().code() + "): " + refusal.getMessage());
        toLoginPage(request, response, refusal.reason());
    }

    private static void toLoginPage(HttpServletRequest request, HttpServletResponse response, OidcRefusal.Reason reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/connexion.xhtml?oidc="
                + URLEncoder.encode(reason.code(), StandardCharsets.UTF_8));
    }

    /**
     * The address the provider sends the person back to: under PASSERELLE_PUBLIC_URL when it is set
     * (behind the TLS proxy the request itself looks plain), else the address of this request.
     */
    private static String redirectUri(HttpServletRequest request) {
        Settings settings = Settings.fromEnvironment();
        String base = settings.get(Settings.PUBLIC_URL).map(u -> settings.publicUrl())
                .orElseGet(() -> request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                        + request.getContextPath());
        return base + CALLBACK;
    }
}
