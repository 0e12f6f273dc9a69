package org.passerelle.toolbox.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.passerelle.platform.importing.ImportException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a guide: YAML front matter between "---" lines, then the Markdown body. */
public final class GuideMarkdown {

    private GuideMarkdown() {
    }

    /** Returns the guide, or null after adding the problems found to {@code problems}. */
    public static GuideDraft read(String file, String text, List<ImportException> problems) {
        String normalized = text.replace("\r\n", "\n");
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        if (!normalized.startsWith("---\n")) {
            problems.add(new ImportException(file, 1, "a guide must start with a '---' front matter line"));
            return null;
        }
        int end = normalized.indexOf("\n---", 3);
        if (end < 0) {
            problems.add(new ImportException(file, 1, "the front matter is not closed by a '---' line"));
            return null;
        }
        String frontMatter = normalized.substring(4, end + 1);
        String body = normalized.substring(normalized.indexOf('\n', end + 1) + 1).strip();
        Map<?, ?> fields;
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(frontMatter);
            if (!(parsed instanceof Map<?, ?> map)) {
                problems.add(new ImportException(file, 2, "the front matter must be a list of 'key: value' lines"));
                return null;
            }
            fields = map;
        } catch (MarkedYAMLException e) {
            problems.add(new ImportException(file, e.getProblemMark().getLine() + 2, "malformed front matter ("
                    + e.getProblem() + ")"));
            return null;
        } catch (YAMLException e) {
            problems.add(new ImportException(file, 2, "malformed front matter (" + e.getMessage() + ")"));
            return null;
        }
        int before = problems.size();
        String slug = text(fields, "slug", file, problems, true);
        String title = text(fields, "title", file, problems, true);
        String category = text(fields, "category", file, problems, true);
        String audience = text(fields, "audience", file, problems, false);
        String summary = text(fields, "summary", file, problems, false);
        if (slug != null && !slug.matches(ToolboxVocabulary.SLUG_PATTERN)) {
            problems.add(new ImportException(file, lineOf(frontMatter, "slug"),
                    "the slug '" + slug + "' must use lowercase letters, digits and dashes"));
        }
        if (category != null && !ToolboxVocabulary.CATEGORIES.contains(category)) {
            problems.add(new ImportException(file, lineOf(frontMatter, "category"), "unknown category '" + category + "'"));
        }
        if (body.isEmpty()) {
            problems.add(new ImportException(file, 0, "the guide has no text after its front matter"));
        }
        List<String> tags = list(fields, "tags", file, frontMatter, problems);
        List<String> tools = list(fields, "tools", file, frontMatter, problems);
        if (problems.size() > before) {
            return null;
        }
        return new GuideDraft(file, slug, title, category, audience, tags, tools, body, summary);
    }

    private static String text(Map<?, ?> fields, String key, String file, List<ImportException> problems,
                               boolean required) {
        Object value = fields.get(key);
        if (value == null || value.toString().isBlank()) {
            if (required) {
                problems.add(new ImportException(file, 0, "the front matter has no '" + key + "'"));
            }
            return null;
        }
        return value.toString().trim();
    }

    private static List<String> list(Map<?, ?> fields, String key, String file, String frontMatter,
                                     List<ImportException> problems) {
        Object value = fields.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            problems.add(new ImportException(file, lineOf(frontMatter, key), "'" + key + "' must be a list such as [a, b]"));
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (Object item : items) {
            if (item != null && !item.toString().isBlank() && !result.contains(item.toString().trim())) {
                result.add(item.toString().trim());
            }
        }
        return result;
    }

    /** The file line of a front-matter key (the opening '---' is line 1). */
    private static long lineOf(String frontMatter, String key) {
        String[] lines = frontMatter.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 2;
            }
        }
        return 0;
    }
}
