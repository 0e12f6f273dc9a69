package org.passerelle.ticket.control;

import java.util.Set;
import org.passerelle.ticket.entity.Status;

/**
 * What an agent or a peer helper sends: the text (Markdown), whether it is an internal note, the
 * status to move to at once (or null), and the toolbox entries the text links to.
 */
public record DeskReply(String text, boolean internal, Status thenStatus, Set<String> toolboxSlugs) {
    public DeskReply {
        toolboxSlugs = toolboxSlugs == null ? Set.of() : Set.copyOf(toolboxSlugs);
    }

    public static DeskReply publicReply(String text) {
        return new DeskReply(text, false, null, Set.of());
    }

    public static DeskReply internalNote(String text) {
        return new DeskReply(text, true, null, Set.of());
    }
}
