package org.passerelle.search.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Vouliez-vous dire": each query word unknown to the toolbox's vocabulary is replaced by the
 * closest known word, if one is close enough (about a third of its letters may differ). Pure logic.
 */
public final class Suggestions {
    private final Set<String> vocabulary;

    public Suggestions(Collection<String> texts) {
        Set<String> words = new TreeSet<>();
        for (String text : texts) {
            if (text != null) {
                for (String word : QueryText.of(text).words()) {
                    if (word.length() >= 3) {
                        words.add(QueryText.fold(word));
                    }
                }
            }
        }
        this.vocabulary = words;
    }

    /** The corrected query, or empty when every word is known or nothing is close enough. */
    public Optional<String> correct(String rawQuery) {
        QueryText query = QueryText.of(rawQuery);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : query.words()) {
            String folded = QueryText.fold(word);
            if (folded.length() < 3 || vocabulary.contains(folded) || QueryText.STOP_WORDS.contains(folded)) {
                corrected.add(word);
                continue;
            }
            String best = null;
            int bestDistance = Math.max(1, folded.length() / 3) + 1;
            for (String known : vocabulary) {
                if (Math.abs(known.length() - folded.length()) >= bestDistance) {
                    continue;
                }
                int distance = distance(folded, known, bestDistance);
                if (distance < bestDistance) {
                    best = known;
                    bestDistance = distance;
                }
            }
            corrected.add(best == null ? word : best);
            changed |= best != null;
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }

    /** Levenshtein distance, giving up (returning {@code limit}) once it reaches {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], limit);
    }
}
