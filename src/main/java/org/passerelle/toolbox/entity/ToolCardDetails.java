package org.passerelle.toolbox.entity;

/**
 * The fields only a tool card has, as in the toolbox CSV. Empty means "unknown", not "no".
 */
public record ToolCardDetails(String licenseKind, String costForNonprofits, String hostingOptions,
                              String dataLocationNotes, String frenchUi, String alternativeTo, String website,
                              String difficulty) {
}
