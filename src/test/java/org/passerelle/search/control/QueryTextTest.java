package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void queryOperatorsBecomePlainText() {
        assertEquals("mot de passe", QueryText.of("\"mot de passe\"").text());
        assertEquals("visio", QueryText.of("visio*").text());
        assertEquals("AND zoom teams", QueryText.of("AND( zoom || teams )").text());
        assertEquals("a b", QueryText.of("a\\b").text());
        assertEquals(List.of(), QueryText.of("*** \"\" () \\ -").words());
        assertTrue(QueryText.of(null).isEmpty());
        assertTrue(QueryText.of("   ").isEmpty());
    }

    @Test
    void elisionsHyphensAndNumbersStay() {
        QueryText q = QueryText.of("l’animation d'une AGA e-mail 3-2-1 PAS-1042");
        assertEquals("l'animation d'une AGA e-mail 3-2-1 PAS-1042", q.text());
        assertEquals(List.of("l", "animation", "d", "une", "AGA", "e", "mail", "3", "2", "1", "PAS", "1042"), q.words());
    }

    @Test
    void longQueriesAreCut() {
        assertEquals(QueryText.MAX_LENGTH, QueryText.of("a".repeat(500)).text().length());
    }

    @Test
    void commonWordsAreDroppedUnlessNothingElseIsLeft() {
        assertEquals(List.of("reunion", "distance"), QueryText.of("reunion a distance").keywords());
        assertEquals(List.of("mot", "passe"), QueryText.of("mot de passe").keywords());
        assertEquals(List.of("de", "la"), QueryText.of("de la").keywords());
    }

    @Test
    void typosForgivenGrowWithTheWord() {
        assertEquals(0, QueryText.typosAllowed("visi"));
        assertEquals(1, QueryText.typosAllowed("visio"));
        assertEquals(1, QueryText.typosAllowed("réunion"));
        assertEquals(2, QueryText.typosAllowed("sondages"));
        assertEquals(2, QueryText.typosAllowed("visioconferance"));
    }

    @Test
    void foldingIgnoresCaseAndAccents() {
        assertEquals("visioconference", QueryText.fold("VisioConférence"));
        assertEquals("l'ecran", QueryText.fold("L’écran"));
    }
}
