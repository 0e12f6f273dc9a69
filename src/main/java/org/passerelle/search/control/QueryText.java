package org.passerelle.search.control;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a person typed in a search box, made safe: every character that a query syntax could
 * read as an operator (quotes, stars, parentheses, backslashes...) becomes a space, so the text
 * is always searched as plain words and never fails. Pure logic, no state.
 */
public record QueryText(String text, List<String> words) {
    /** Longest query accepted; the REST API refuses longer ones, pages cut them. */
    public static final int MAX_LENGTH = 200;
    /** Words this short are searched exactly; longer ones also with typos. */
    static final int FUZZY_MIN_LENGTH = 5;
    static final int TWO_TYPOS_MIN_LENGTH = 8;

    /** French and English words too common to tell entries apart. */
    static final Set<String> STOP_WORDS = Set.of("a", "au", "aux", "avec", "ce", "ces", "comment", "dans", "de",
            "des", "du", "en", "et", "la", "le", "les", "leur", "l", "d", "j", "qu", "un", "une", "ou", "par", "pour",
            "sur", "sans", "quoi", "quel", "quelle", "est", "mon", "ma", "mes", "notre", "nos", "votre", "vos", "se",
            "the", "an", "and", "or", "of", "for", "to", "in", "on", "with", "how", "my", "our", "is", "what", "do",
            "i", "we", "can");

    public static QueryText of(String raw) {
        if (raw == null) {
            return new QueryText("", List.of());
        }
        String cut = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        StringBuilder plain = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> {
            boolean keep = Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-' || c == '.';
            plain.appendCodePoint(keep ? (c == '’' ? '\'' : c) : ' ');
        });
        String text = plain.toString().replaceAll("(?<![\\p{L}\\p{N}])[-.']+|[-.']+(?![\\p{L}\\p{N}])", " ")
                .replaceAll("\\s+", " ").strip();
        List<String> words = text.isEmpty() ? List.of()
                : Arrays.stream(text.split("[\\s'.-]+")).filter(w -> !w.isEmpty()).toList();
        return new QueryText(text, words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The words that say what the person looks for: common words dropped, unless nothing else is left. */
    public List<String> keywords() {
        List<String> kept = words.stream().filter(w -> !STOP_WORDS.contains(fold(w))).toList();
        return kept.isEmpty() ? words : kept;
    }

    /** How many typos to forgive in a word: none under 5 letters, 1 up to 7, 2 from 8. */
    public static int typosAllowed(String word) {
        int length = word.codePointCount(0, word.length());
        if (length >= TWO_TYPOS_MIN_LENGTH) {
            return 2;
        }
        return length >= FUZZY_MIN_LENGTH ? 1 : 0;
    }

    /** Lower case, no accents, "’" as "'": how synonyms and stop words are compared. */
    public static String fold(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
