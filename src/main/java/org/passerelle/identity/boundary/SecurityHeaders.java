package org.passerelle.identity.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every answer. The content security policy keeps everything on our own
 * origin, forbids framing (clickjacking), plugins and foreign form targets. Faces and PrimeFaces
 * force two allowances in script-src: 'unsafe-inline' (h:commandLink and PrimeFaces widgets write
 * onclick handlers and inline init scripts) and 'unsafe-eval' (PrimeFaces evaluates the scripts of
 * AJAX updates); style-src needs 'unsafe-inline' for the style attributes PrimeFaces components
 * set. PrimeFaces' nonce mode (primefaces.CSP) could remove them later (ADR 0014).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        chain.doFilter(request, response);
    }
}
