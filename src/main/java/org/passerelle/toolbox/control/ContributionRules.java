package org.passerelle.toolbox.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolCardDetails;

/** What a contribution must look like; every problem is a bundle key. Pure functions. */
public final class ContributionRules {
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MIN = 10;
    public static final int SUMMARY_MAX = 1000;
    public static final int BODY_MIN = 20;
    public static final int BODY_MAX = 50_000;
    public static final int CHANGE_SUMMARY_MIN = 5;
    public static final int CHANGE_SUMMARY_MAX = 500;
    public static final int COMMENT_MIN = 5;
    public static final int COMMENT_MAX = 2000;
    public static final int NOTE_MAX = 500;

    private ContributionRules() {
    }

    /** Problems with the text of a contribution for an entry of this kind; empty when it may be saved. */
    public static List<String> problems(EntryKind kind, ContributionText text) {
        List<String> problems = new ArrayList<>();
        if (kind == null) {
            problems.add("contrib.kind.required");
        }
        if (text.category() == null || !ToolboxVocabulary.CATEGORIES.contains(text.category())) {
            problems.add("contrib.category.required");
        }
        if (length(text.title()) < TITLE_MIN || length(text.title()) > TITLE_MAX) {
            problems.add("contrib.title.length");
        }
        if (length(text.summary()) > SUMMARY_MAX
                || (kind == EntryKind.TOOL && length(text.summary()) < SUMMARY_MIN)) {
            problems.add(kind == EntryKind.TOOL ? "contrib.summary.tool" : "contrib.summary.length");
        }
        if (length(text.body()) > BODY_MAX || (kind == EntryKind.GUIDE && length(text.body()) < BODY_MIN)) {
            problems.add(kind == EntryKind.GUIDE ? "contrib.body.guide" : "contrib.body.length");
        }
        if (kind == EntryKind.TOOL && text.details() != null) {
            problems.addAll(cardProblems(text.details()));
        }
        if (length(text.changeSummary()) < CHANGE_SUMMARY_MIN || length(text.changeSummary()) > CHANGE_SUMMARY_MAX) {
            problems.add("contrib.changeSummary.length");
        }
        return problems;
    }

    /** Problems with a tool card's fields: the vocabularies of the toolbox, a web address, lengths. */
    static List<String> cardProblems(ToolCardDetails d) {
        List<String> problems = new ArrayList<>();
        if (d.licenseKind() != null && !ToolboxVocabulary.LICENSE_KINDS.contains(d.licenseKind())) {
            problems.add("contrib.card.license");
        }
        if (d.hostingOptions() != null && !ToolboxVocabulary.HOSTING_OPTIONS.contains(d.hostingOptions())) {
            problems.add("contrib.card.hosting");
        }
        if (d.frenchUi() != null && !ToolboxVocabulary.FRENCH_UI.contains(d.frenchUi())) {
            problems.add("contrib.card.frenchUi");
        }
        if (d.difficulty() != null && !ToolboxVocabulary.DIFFICULTIES.contains(d.difficulty())) {
            problems.add("contrib.card.difficulty");
        }
        if (d.website() != null && (length(d.website()) > 300 || !d.website().matches("https?://[^\\s<>\"]+\\.[^\\s<>\"]+"))) {
            problems.add("contrib.card.website");
        }
        if (length(d.costForNonprofits()) > 300 || length(d.dataLocationNotes()) > 500
                || length(d.alternativeTo()) > 500) {
            problems.add("contrib.card.length");
        }
        return problems;
    }

    /** The same text, trimmed, with blank optional fields as null. */
    public static ContributionText clean(ContributionText text) {
        ToolCardDetails d = text.details();
        ToolCardDetails details = d == null ? null : new ToolCardDetails(blankToNull(d.licenseKind()),
                blankToNull(d.costForNonprofits()), blankToNull(d.hostingOptions()), blankToNull(d.dataLocationNotes()),
                blankToNull(d.frenchUi()), blankToNull(d.alternativeTo()), blankToNull(d.website()),
                blankToNull(d.difficulty()));
        return new ContributionText(blankToNull(text.category()), strip(text.title()), blankToNull(text.summary()),
                blankToNull(text.body() == null ? null : text.body().stripTrailing()), strip(text.changeSummary()),
                details);
    }

    /** Problem key for a moderator's comment, or null when it is fine. */
    public static String commentProblem(String comment, boolean required, String key) {
        int length = length(comment);
        if ((required && length < COMMENT_MIN) || length > COMMENT_MAX) {
            return key;
        }
        return null;
    }

    /** "Tenir une AGA en ligne !" → "tenir-une-aga-en-ligne". */
    public static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "fiche" : slug;
    }

    static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
