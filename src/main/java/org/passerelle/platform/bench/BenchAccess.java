package org.passerelle.platform.bench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Who may call a benchmark servlet: agents and pool leads; anyone else gets 403. */
final class BenchAccess {
    private BenchAccess() {
    }

    /** The caller's login, or null once a 403 has been sent. */
    static String staffOrRefuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getRemoteUser();
        if (login == null || !(request.isUserInRole("agent") || request.isUserInRole("pool-lead"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return null;
        }
        return login;
    }
}
