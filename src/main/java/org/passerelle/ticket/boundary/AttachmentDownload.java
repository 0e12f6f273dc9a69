package org.passerelle.ticket.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.passerelle.ticket.control.Attachments;

/**
 * Serves an attachment as a download, with the type Passerelle chose for it, only to someone who
 * may see its request; anyone else gets the same 404 as for a file that does not exist.
 */
@WebServlet("/fichiers/*")
public class AttachmentDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var download = attachments.download(request.getUserPrincipal().getName(), id);
        if (download.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var file = download.get();
        response.setContentType(file.contentType());
        response.setContentLengthLong(Files.size(file.file()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        String ascii = file.fileName().replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        Files.copy(file.file(), response.getOutputStream());
    }
}
