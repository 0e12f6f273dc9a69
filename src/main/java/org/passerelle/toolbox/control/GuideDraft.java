package org.passerelle.toolbox.control;

import java.util.List;

/**
 * A practical guide read from Markdown with front matter, validated, not yet stored. {@code summary}
 * is optional (front matter key {@code summary}); without it the first paragraph is the summary.
 */
public record GuideDraft(String file, String slug, String title, String category, String audience,
                         List<String> tags, List<String> toolSlugs, String body, String summary) {
}
