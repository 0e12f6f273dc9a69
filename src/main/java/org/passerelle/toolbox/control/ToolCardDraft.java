package org.passerelle.toolbox.control;

import java.util.List;
import org.passerelle.toolbox.entity.ToolCardDetails;

/**
 * A tool card read from a file and validated, not yet stored. {@code body} is the optional
 * Markdown text of the card (column {@code body_md}, written by the export).
 */
public record ToolCardDraft(String file, long line, String slug, String name, String category, String summary,
                            ToolCardDetails details, List<String> tags, String body) {
}
