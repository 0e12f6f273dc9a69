package org.passerelle.toolbox.entity;

/**
 * What a contributor writes: the entry's text, the card fields for a tool card ({@code details},
 * null for a guide) and why it changes. Checked by the service.
 */
public record ContributionText(String category, String title, String summary, String body, String changeSummary,
                               ToolCardDetails details) {

    /** Text without card fields (a guide). */
    public ContributionText(String category, String title, String summary, String body, String changeSummary) {
        this(category, title, summary, body, changeSummary, null);
    }

    public ContributionText withChangeSummary(String newChangeSummary) {
        return new ContributionText(category, title, summary, body, newChangeSummary, details);
    }
}
