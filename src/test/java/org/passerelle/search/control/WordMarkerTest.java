package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordMarkerTest {
    private static final org.apache.lucene.analysis.Analyzer FRENCH = Analyzers.frenchChain();

    private static WordMarker marker(String query, String... alternatives) {
        return new WordMarker(FRENCH, QueryText.of(query), List.of(alternatives));
    }

    @Test
    void keywordsAreMarkedWhateverTheirAccentsPluralsAndElisions() {
        assertEquals("Préparer <mark>l&#39;animation</mark> des <mark>réunions</mark> à distance",
                marker("reunion animations").mark("Préparer l'animation des réunions à distance"));
    }

    @Test
    void commonWordsOfTheQueryAreNotMarked() {
        assertEquals("la <mark>sauvegarde</mark> de nos dossiers",
                marker("la sauvegarde").mark("la sauvegarde de nos dossiers"));
    }

    @Test
    void aSeveralWordSynonymIsMarkedOnlyWhereItsWordsFollowEachOther() {
        WordMarker marker = marker("AGA", "assemblée générale annuelle");
        assertEquals("Notre <mark>assemblée</mark> <mark>générale</mark> <mark>annuelle</mark> approche",
                marker.mark("Notre assemblée générale annuelle approche"));
        assertNull(marker.mark("Une assemblée spéciale, pas générale"));
    }

    @Test
    void theTextIsEscapedAroundTheMarks() {
        assertEquals("&lt;script&gt; <mark>zoom</mark> &amp; &quot;co&quot;",
                marker("zoom").mark("<script> zoom & \"co\""));
    }

    @Test
    void aTextWithoutAMatchGivesNothing() {
        assertNull(marker("visioconférence").mark("Un tableur partagé pour le budget"));
        assertNull(marker("visio").mark(null));
        assertNull(marker("visio").mark("  "));
    }

    @Test
    void aLongTextIsReadOnlyAroundItsFirstMark() {
        String text = "mot ".repeat(100) + "tableur " + "suite ".repeat(200) + "tableur fin";
        String marked = marker("tableur").mark(text);
        assertEquals(1, marked.split("<mark>", -1).length - 1, "the far second occurrence is not read");
        assertTrue(marked.length() < WordMarker.KEPT_BEFORE_FIRST_MARK + WordMarker.READ_PAST_FIRST_MARK + 20,
                marked.length() + " characters");
        String snippet = Snippets.first(List.of(marked));
        assertTrue(snippet.startsWith("… mot mot"), snippet);
        assertTrue(snippet.contains("<mark>tableur</mark> suite suite"), snippet);
        assertTrue(snippet.endsWith("suite …"), snippet);
    }

    @Test
    void aShortTextIsKeptWhole() {
        assertEquals("Un <mark>tableur</mark>, partagé.", marker("tableurs").mark("Un tableur, partagé."));
    }
}
