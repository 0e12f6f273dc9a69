package org.passerelle.toolbox.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.passerelle.toolbox.entity.ToolCardDetails;

/**
 * Writes tool cards and guides in exactly the formats {@link ToolCardCsv} and {@link GuideMarkdown}
 * read (docs/adr/0015), so that an export imports again unchanged. Pure logic.
 */
public final class ToolboxFiles {
    /** The columns of tools.csv, in order: the importer's, plus the optional card text. */
    public static final List<String> TOOL_COLUMNS = List.of("slug", "name", "category", "summary_fr", "license_kind",
            "cost_for_nonprofits", "hosting_options", "data_location_notes", "french_ui", "alternative_to",
            "website", "difficulty", "tags", "body_md");

    private ToolboxFiles() {
    }

    /** tools.csv: a header, then one RFC 4180 row per card (tags joined with ";"). */
    public static String toolCardsCsv(List<ToolCardDraft> cards) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(TOOL_COLUMNS.toArray(String[]::new))
                .setRecordSeparator("\n").build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ToolCardDraft card : cards) {
                ToolCardDetails d = card.details();
                printer.printRecord(card.slug(), card.name(), card.category(), card.summary(), d.licenseKind(),
                        d.costForNonprofits(), d.hostingOptions(), d.dataLocationNotes(), d.frenchUi(),
                        d.alternativeTo(), d.website(), d.difficulty(), String.join(";", card.tags()), card.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A guide: YAML front matter (every value double-quoted) between "---" lines, then the Markdown. */
    public static String guideMarkdown(GuideDraft guide) {
        StringBuilder text = new StringBuilder("---\n");
        text.append("slug: ").append(quoted(guide.slug())).append('\n');
        text.append("title: ").append(quoted(guide.title())).append('\n');
        text.append("category: ").append(quoted(guide.category())).append('\n');
        if (guide.audience() != null) {
            text.append("audience: ").append(quoted(guide.audience())).append('\n');
        }
        if (guide.summary() != null) {
            text.append("summary: ").append(quoted(guide.summary())).append('\n');
        }
        text.append("tags: ").append(list(guide.tags())).append('\n');
        text.append("tools: ").append(list(guide.toolSlugs())).append('\n');
        text.append("---\n\n").append(guide.body() == null ? "" : guide.body().strip()).append('\n');
        return text.toString();
    }

    private static String list(List<String> values) {
        return values.stream().map(ToolboxFiles::quoted).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
