package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private final Suggestions cut = new Suggestions(List.of("Aménager un poste de télétravail ergonomique",
            "Sauvegarder ses données selon la règle 3-2-1", "visio; réunion à distance"));

    @Test
    void farTyposAreCorrectedToKnownWords() {
        assertEquals(Optional.of("ergonomique"), cut.correct("ergonomik"));
        assertEquals(Optional.of("poste de teletravail"), cut.correct("poste de tlétrvail"));
    }

    @Test
    void knownOrHopelessWordsAreLeftAlone() {
        assertEquals(Optional.empty(), cut.correct("sauvegarder"));
        assertEquals(Optional.empty(), cut.correct("xylophone"));
        assertEquals(Optional.empty(), cut.correct(""));
    }

    @Test
    void distanceStopsAtTheLimit() {
        assertEquals(3, Suggestions.distance("kitten", "sitting", 5));
        assertEquals(2, Suggestions.distance("kitten", "sitting", 2));
    }
}
