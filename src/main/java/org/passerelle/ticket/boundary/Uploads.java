package org.passerelle.ticket.boundary;

import jakarta.servlet.http.Part;
import java.util.List;
import org.passerelle.ticket.control.Upload;

/** The files of a form, as the services take them; an empty file input sends one nameless part. */
final class Uploads {
    private Uploads() {
    }

    static List<Upload> of(List<Part> parts) {
        if (parts == null) {
            return List.of();
        }
        return parts.stream()
                .filter(p -> p.getSubmittedFileName() != null && !p.getSubmittedFileName().isBlank())
                .map(p -> new Upload(p.getSubmittedFileName(), p.getSize(), p::getInputStream))
                .toList();
    }
}
