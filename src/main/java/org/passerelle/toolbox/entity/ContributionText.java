package org.passerelle.toolbox.entity;

/** What a contributor writes: the entry's text and why it changes. Checked by the service. */
public record ContributionText(String category, String title, String summary, String body, String changeSummary) {
}
