package org.passerelle.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.passerelle.identity.control.LoginThrottle;
import org.passerelle.identity.control.OidcLogin;
import org.passerelle.identity.control.OidcRefusal;
import org.passerelle.platform.web.Messages;

/** The login form ("Connexion"). */
@Named("login")
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;
    @Inject
    FacesContext faces;
    @Inject
    Messages messages;
    @Inject
    LoginThrottle throttle;
    @Inject
    OidcLogin oidc;

    private String username;
    private String password;
    private String next;
    private String ended;
    private String oidcOutcome;

    public void submit() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.trim(), new Password(password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                request.changeSessionId();
                // SessionGuard records the generation this login runs under at the next request
                request.getSession().removeAttribute(SessionGuard.GENERATION);
                external.redirect(external.getRequestContextPath() + safeNext());
            }
            default -> {
                // a locked account says so (and for how long); otherwise the same words whatever was wrong
                java.util.Optional<java.time.Duration> locked = throttle.lockedFor(username);
                if (locked.isPresent()) {
                    messages.error(null, "account.locked", Math.max(1, (locked.get().toSeconds() + 59) / 60));
                } else {
                    messages.error(null, "login.failed");
                }
            }
        }
    }

    String safeNext() {
        return safeNext(next);
    }

    /** Only a local path is followed after login, never another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }

    /** Why an OpenID Connect login came back here ({@code ?oidc=...}); null for no or an unknown code. */
    public String getOidcMessage() {
        if (oidcOutcome == null || !oidc.enabled()) {
            return null;
        }
        return OidcRefusal.Reason.messageKey(oidcOutcome).map(key -> messages.text(key, oidc.providerName()))
                .orElse(null);
    }

    public boolean isOidcEnabled() {
        return oidc.enabled();
    }

    public String getOidcName() {
        return oidc.providerName();
    }

    public String getOidcOutcome() {
        return oidcOutcome;
    }

    public void setOidcOutcome(String oidcOutcome) {
        this.oidcOutcome = oidcOutcome;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** "partout" when SessionGuard ended the previous session: the page says why. */
    public String getEnded() {
        return ended;
    }

    public void setEnded(String ended) {
        this.ended = ended;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
