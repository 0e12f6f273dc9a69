package org.passerelle.toolbox.control;

import java.text.Normalizer;
import java.util.Locale;

/** Limits of what members write around an entry (comments, moderation reasons, slugs); pure logic. */
public final class CommunityRules {
    public static final int COMMENT_MIN = 2;
    public static final int COMMENT_MAX = 2000;
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;
    public static final int SLUG_MAX = 120;

    private CommunityRules() {
    }

    /** The bundle key saying what is wrong with a comment, or null when it may be posted. */
    public static String commentProblem(String text) {
        int length = length(text);
        if (length < COMMENT_MIN) {
            return "toolbox.comment.required";
        }
        return length > COMMENT_MAX ? "toolbox.comment.tooLong" : null;
    }

    /** The bundle key saying what is wrong with a reason for hiding a comment, or null. */
    public static String hideReasonProblem(String reason) {
        int length = length(reason);
        return length < REASON_MIN || length > REASON_MAX ? "toolbox.comment.hide.reason" : null;
    }

    /** The bundle key saying what is wrong with a new slug, or null. */
    public static String slugProblem(String slug) {
        if (slug == null || slug.isBlank() || slug.strip().length() > SLUG_MAX
                || !slug.strip().matches(ToolboxVocabulary.SLUG_PATTERN)) {
            return "toolbox.slug.invalid";
        }
        return null;
    }

    /** Compares a member's topic with an entry's category or tag: no case, no accents, no plural s. */
    public static String folded(String word) {
        String ascii = Normalizer.normalize(word == null ? "" : word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String lower = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return lower.length() > 3 && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** Length as people count it: surrounding blanks ignored, line ends as one character. */
    static int length(String text) {
        return text == null ? 0 : text.strip().replace("\r\n", "\n").codePointCount(0,
                text.strip().replace("\r\n", "\n").length());
    }
}
