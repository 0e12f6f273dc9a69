package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void theFirstNonEmptyFragmentWinsWithoutMarkdown() {
        assertEquals("Une <mark>sauvegarde</mark> chiffrée",
                Snippets.first(List.of(), List.of("## Une **<mark>sauvegarde</mark>** chiffrée")));
        assertNull(Snippets.first(List.of(), null));
    }

    @Test
    void aLongSentenceIsCutAroundItsMarkAtSpaces() {
        String sentence = "mot ".repeat(60) + "<mark>trouvé</mark> " + "suite ".repeat(60);
        String cut = Snippets.first(List.of(sentence));
        assertTrue(cut.startsWith("… "), cut);
        assertTrue(cut.endsWith(" …"), cut);
        assertTrue(cut.contains("<mark>trouvé</mark>"), cut);
        assertTrue(cut.length() < 300, cut);
    }

    @Test
    void plainTextIsEscapedAndShortened() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", Snippets.escape("a <b> & \"c\""));
        assertTrue(Snippets.shorten("x".repeat(500)).endsWith("…"));
        assertEquals("", Snippets.shorten(null));
    }

    @Test
    void markdownMarksGoAndWhiteSpaceShrinksToOneSpace() {
        assertEquals("Titre un lien et du code", Snippets.plain("  ## Titre\n\n* un [lien](x) *  et\tdu `code` "
                .replace("(x)", "")));
        assertEquals("", Snippets.plain(" \n "));
    }

    @Test
    void anEscapedApostropheSurvivesTheMarkdownMarks() {
        String marked = new WordMarker(Analyzers.frenchChain(), QueryText.of("animation"), List.of())
                .mark("## L'animation d'une *réunion*");
        assertEquals("<mark>L&#39;animation</mark> d&#39;une réunion", Snippets.first(List.of(marked)));
        assertEquals("R&amp;D", Snippets.plain("R&amp;#D"));
    }
}
