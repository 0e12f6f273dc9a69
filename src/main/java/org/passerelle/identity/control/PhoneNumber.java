package org.passerelle.identity.control;

import java.util.regex.Pattern;

/**
 * A phone number as people type it in Québec: digits with spaces, dots, dashes, parentheses, a
 * leading +, and an extension ("poste 12", "ext. 12", "x12", "#12"). Permissive on the form,
 * strict on the content: 7 to 15 digits before the extension, nothing else.
 */
public final class PhoneNumber {
    public static final int MAX_LENGTH = 40;
    private static final Pattern SHAPE = Pattern.compile(
            "\\+?[0-9 ().-]+?(\\s*(,|;)?\\s*(poste|post|ext\\.?|extension|x|#)\\s*[0-9]{1,6})?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTENSION = Pattern.compile(
            "\\s*(,|;)?\\s*(poste|post|ext\\.?|extension|x|#)\\s*[0-9]{1,6}$", Pattern.CASE_INSENSITIVE);

    private PhoneNumber() {
    }

    /** Whether {@code text} (already stripped, not blank) reads as a phone number. */
    public static boolean isValid(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH || !SHAPE.matcher(text).matches()) {
            return false;
        }
        String main = EXTENSION.matcher(text).replaceFirst("");
        long digits = main.chars().filter(Character::isDigit).count();
        return digits >= 7 && digits <= 15 && main.indexOf('+', 1) < 0;
    }
}
