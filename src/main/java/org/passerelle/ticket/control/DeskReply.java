package org.passerelle.ticket.control;

import java.util.List;
import java.util.Set;
import org.passerelle.ticket.entity.Status;

/**
 * What an agent or a peer helper sends: the text (Markdown), whether it is an internal note, the
 * status to move to at once (or null), the toolbox entries the text links to, and attached files.
 */
public record DeskReply(String text, boolean internal, Status thenStatus, Set<String> toolboxSlugs,
                        List<Upload> uploads) {
    public DeskReply {
        toolboxSlugs = toolboxSlugs == null ? Set.of() : Set.copyOf(toolboxSlugs);
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
    }

    public DeskReply(String text, boolean internal, Status thenStatus, Set<String> toolboxSlugs) {
        this(text, internal, thenStatus, toolboxSlugs, List.of());
    }

    public static DeskReply publicReply(String text) {
        return new DeskReply(text, false, null, Set.of());
    }

    public static DeskReply internalNote(String text) {
        return new DeskReply(text, true, null, Set.of());
    }
}
