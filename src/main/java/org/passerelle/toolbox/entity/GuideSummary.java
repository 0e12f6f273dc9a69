package org.passerelle.toolbox.entity;

/** Derives a guide's one-paragraph summary from its Markdown: the first prose paragraph. */
final class GuideSummary {
    private static final int MAX = 300;

    private GuideSummary() {
    }

    static String of(String markdown) {
        if (markdown == null) {
            return null;
        }
        for (String paragraph : markdown.split("\\n\\s*\\n")) {
            String text = paragraph.strip();
            if (text.isEmpty() || text.startsWith("#") || text.startsWith("-") || text.startsWith("*")
                    || text.startsWith("|") || text.matches("^\\d+\\..*")) {
                continue;
            }
            text = text.replaceAll("[*_`]", "").replaceAll("\\s+", " ");
            return text.length() <= MAX ? text : text.substring(0, text.lastIndexOf(' ', MAX)) + "…";
        }
        return null;
    }
}
