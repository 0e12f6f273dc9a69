package org.passerelle.identity.boundary;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.passerelle.platform.config.Settings;

/**
 * The session cookie and idle timeout, set from the configuration before the first request:
 * HttpOnly and SameSite=Lax always, Secure when Passerelle is reached over HTTPS
 * (PASSERELLE_PUBLIC_URL starts with https, typically behind a reverse proxy that ends TLS), and
 * an idle timeout of PASSERELLE_SESSION_IDLE_MINUTES. The session id itself changes at login
 * ({@code Login}).
 */
@WebListener
public class SessionCookies implements ServletContextListener {
    private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Settings settings = Settings.fromEnvironment();
        ServletContext context = event.getServletContext();
        context.setSessionTimeout(settings.sessionIdleMinutes());
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(settings.publicUrl().startsWith("https://"));
        cookie.setAttribute("SameSite", "Lax");
        LOG.info(() -> "sessions end after " + settings.sessionIdleMinutes() + " idle minutes; secure cookie: "
                + cookie.isSecure());
    }
}
