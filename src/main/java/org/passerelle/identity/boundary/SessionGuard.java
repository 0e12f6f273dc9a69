package org.passerelle.identity.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.OptionalInt;
import org.passerelle.identity.control.SessionGenerations;

/**
 * Ends a session that logged in before its member's last "log out everywhere" or password change:
 * the session remembers the member's session generation from its first request after login; when
 * the database holds a higher one, the session is logged out and the person sent to the login page
 * with a message. A deactivated member's session ends the same way. API calls authenticate on
 * every call and are left alone; so are static resources (no query for every image).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionGuard extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The session attribute holding the generation the session logged in under. */
    public static final String GENERATION = "passerelle.sessionGeneration";
    static final String ENDED_PAGE = "/connexion.xhtml?fin=partout";

    @Inject
    transient SessionGenerations generations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        Principal principal = request.getUserPrincipal();
        if (session != null && principal != null && !skipped(request)) {
            Object stored = session.getAttribute(GENERATION);
            OptionalInt current = generations.current(principal.getName());
            if (current.isEmpty() || (stored instanceof Integer s && s < current.getAsInt())) {
                end(request, response, session);
                return;
            }
            if (stored == null) {
                session.setAttribute(GENERATION, current.getAsInt());
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean skipped(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, HttpSession session)
            throws IOException, ServletException {
        request.logout();
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // another request of the same session ended it first: the outcome is the same
        }
        String target = request.getContextPath() + ENDED_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // an Ajax request cannot follow a 302: Faces redirects when the partial response says so
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + target + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(target);
    }
}
