package org.passerelle.testsupport;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Deployed only with browser tests: tells the test, which runs outside the server, the token of
 * the latest account mail to an address, as the person would read it in their mailbox.
 */
@WebServlet("/test-support/account-mails")
public class SentAccountMailsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SentAccountMails mails;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = mails.lastToken(request.getParameter("to")).orElse(null);
        if (token == null) {
            response.sendError(404);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(token);
    }
}
