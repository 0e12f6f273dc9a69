package org.passerelle.toolbox.control;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.passerelle.platform.importing.CsvFile;
import org.passerelle.platform.importing.ImportException;
import org.passerelle.toolbox.entity.ToolCardDetails;

/** Reads tool cards from the toolbox CSV format, collecting every problem with its line. */
public final class ToolCardCsv {
    static final Set<String> COLUMNS = Set.of("slug", "name", "category", "summary_fr", "license_kind",
            "cost_for_nonprofits", "hosting_options", "data_location_notes", "french_ui", "alternative_to",
            "website", "difficulty", "tags");

    private ToolCardCsv() {
    }

    public static List<ToolCardDraft> read(String file, Reader reader, List<ImportException> problems) {
        List<ToolCardDraft> drafts = new ArrayList<>();
        List<CsvFile.Row> rows;
        try {
            rows = CsvFile.read(file, reader, COLUMNS);
        } catch (ImportException e) {
            problems.add(e);
            return drafts;
        }
        for (CsvFile.Row row : rows) {
            int before = problems.size();
            String slug = required(row, "slug", problems);
            String name = required(row, "name", problems);
            String category = required(row, "category", problems);
            if (slug != null && !slug.matches(ToolboxVocabulary.SLUG_PATTERN)) {
                problems.add(row.problem("the slug '" + slug + "' must use lowercase letters, digits and dashes"));
            }
            if (category != null && !ToolboxVocabulary.CATEGORIES.contains(category)) {
                problems.add(row.problem("unknown category '" + category + "'"));
            }
            checkValue(row, "license_kind", ToolboxVocabulary.LICENSE_KINDS, problems);
            checkValue(row, "hosting_options", ToolboxVocabulary.HOSTING_OPTIONS, problems);
            checkValue(row, "french_ui", ToolboxVocabulary.FRENCH_UI, problems);
            checkValue(row, "difficulty", ToolboxVocabulary.DIFFICULTIES, problems);
            String website = row.optional("website");
            if (website != null && !website.matches("https?://\\S+")) {
                problems.add(row.problem("the website '" + website + "' must start with http:// or https://"));
            }
            if (problems.size() == before) {
                drafts.add(new ToolCardDraft(file, row.line(), slug, name, category, row.optional("summary_fr"),
                        new ToolCardDetails(row.optional("license_kind"), row.optional("cost_for_nonprofits"),
                                row.optional("hosting_options"), row.optional("data_location_notes"),
                                row.optional("french_ui"), row.optional("alternative_to"), website,
                                row.optional("difficulty")),
                        splitList(row.optional("tags")), row.optional("body_md")));
            }
        }
        return drafts;
    }

    static List<String> splitList(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String required(CsvFile.Row row, String column, List<ImportException> problems) {
        String value = row.optional(column);
        if (value == null) {
            problems.add(row.problem("the column '" + column + "' is empty"));
        }
        return value;
    }

    private static void checkValue(CsvFile.Row row, String column, Set<String> allowed, List<ImportException> problems) {
        String value = row.optional(column);
        if (value != null && !allowed.contains(value)) {
            problems.add(row.problem("'" + value + "' is not a valid " + column + " (expected one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")"));
        }
    }
}
