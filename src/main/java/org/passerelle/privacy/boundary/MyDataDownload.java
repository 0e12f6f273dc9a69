package org.passerelle.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.passerelle.privacy.control.DataExport;

/** "Télécharger mes données" from the profile page: /app/mes-donnees (logged-in, like all of /app). */
@WebServlet("/app/mes-donnees")
public class MyDataDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient DataExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        byte[] json = export.of(request.getUserPrincipal().getName()).toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"mes-donnees-passerelle.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
