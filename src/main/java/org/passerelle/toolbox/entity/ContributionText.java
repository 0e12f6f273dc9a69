package org.passerelle.toolbox.entity;

/**
 * What a contributor writes: the entry's text, the card fields for a tool card ({@code details},
 * null for a guide) and why it changes. Checked by the service.
 */
public record ContributionText(String category, String title, String summary, String body, String changeSummary,
                               ToolCardDetails details) {

    /** Browsers send a textarea's lines ending in CRLF; entries keep LF, like their files and diffs. */
    public ContributionText {
        summary = lineFeeds(summary);
        body = lineFeeds(body);
        changeSummary = lineFeeds(changeSummary);
    }

    private static String lineFeeds(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Text without card fields (a guide). */
    public ContributionText(String category, String title, String summary, String body, String changeSummary) {
        this(category, title, summary, body, changeSummary, null);
    }

    public ContributionText withChangeSummary(String newChangeSummary) {
        return new ContributionText(category, title, summary, body, newChangeSummary, details);
    }
}
