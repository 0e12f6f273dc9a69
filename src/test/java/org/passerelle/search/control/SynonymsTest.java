package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private final Synonyms cut = Synonyms.parse(List.of(
            "visio; visioconférence",
            "AGA; assemblée générale annuelle",
            "nuage; infonuagique; cloud",
            "mdp; mot de passe; password",
            "courriel; email; e-mail",
            "sondage; vote",
            "only-one-term",
            ""));

    private List<String> expand(String query) {
        return cut.expand(QueryText.of(query));
    }

    @Test
    void aWordBringsItsGroup() {
        assertEquals(List.of("visioconférence"), expand("visio"));
        assertEquals(List.of("assemblée générale annuelle"), expand("préparer l'AGA"));
        assertEquals(List.of("nuage", "infonuagique"), expand("Cloud"));
    }

    @Test
    void phrasesMatchWithoutAccentsCaseOrPlural() {
        assertEquals(List.of("AGA"), expand("Assemblee generale annuelle"));
        assertEquals(List.of("mdp", "password"), expand("mots de passe oubliés"));
        assertEquals(List.of("vote"), expand("sondages"));
        assertEquals(List.of("courriel", "email"), expand("e-mail"));
    }

    @Test
    void onlyWholeWordsCount() {
        assertTrue(expand("visiophone").isEmpty());
        assertTrue(expand("devote").isEmpty());
        assertTrue(expand("mot").isEmpty());
    }

    @Test
    void badLinesAreIgnored() {
        assertEquals(6, cut.groups().size());
        assertTrue(expand("").isEmpty());
    }

    @Test
    void termsAlreadyInTheQueryAreNotRepeated() {
        assertEquals(List.of("infonuagique"), expand("nuage cloud"));
    }
}
