package org.passerelle.search.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everyday synonyms applied to the query, not to the index: "AGA" also searches "assemblée
 * générale annuelle", "cloud" also "infonuagique". Words are compared without accents, case, or a
 * plural "s", and only as whole words or whole phrases. Because it works on the query text, a
 * coordinator's edit of the list applies to the next search, without reindexing.
 */
public final class Synonyms {
    private final List<List<String>> groups;

    public Synonyms(List<List<String>> groups) {
        this.groups = groups.stream().map(List::copyOf).toList();
    }

    /** One group per line of the list: terms separated by ";" (how the table stores them). */
    public static Synonyms parse(List<String> lines) {
        List<List<String>> groups = new ArrayList<>();
        for (String line : lines) {
            if (line == null) {
                continue;
            }
            List<String> terms = Arrays.stream(line.split(";")).map(String::strip).filter(t -> !t.isEmpty())
                    .distinct().toList();
            if (terms.size() >= 2) {
                groups.add(terms);
            }
        }
        return new Synonyms(groups);
    }

    /**
     * The other ways to say what the query says, in the words of the list (accents kept), never a
     * term the query already contains.
     */
    public List<String> expand(QueryText query) {
        Objects.requireNonNull(query);
        if (query.isEmpty()) {
            return List.of();
        }
        String text = " " + key(query.text()) + " ";
        Set<String> alternatives = new LinkedHashSet<>();
        for (List<String> group : groups) {
            boolean present = group.stream().anyMatch(term -> text.contains(" " + key(term) + " "));
            if (present) {
                group.stream().filter(term -> !text.contains(" " + key(term) + " ")).forEach(alternatives::add);
            }
        }
        return List.copyOf(alternatives);
    }

    public List<List<String>> groups() {
        return groups;
    }

    /** Folded words without punctuation and without a plural s or x: "Mots de passe" → "mot de passe". */
    static String key(String value) {
        return Arrays.stream(QueryText.fold(value).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .map(Synonyms::singular).collect(Collectors.joining(" "));
    }

    private static String singular(String word) {
        if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
