package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymListTextTest {

    @Test
    void oneGroupPerLineTidiedAndBlankLinesIgnored() {
        SynonymListText.Reading reading = SynonymListText.read(
                "AGA;  assemblée   générale annuelle ;\n\n  mdp; mot de passe; Mots de passe; MDP \r\n");
        assertTrue(reading.valid(), reading.problems().toString());
        assertEquals(List.of("AGA; assemblée générale annuelle", "mdp; mot de passe"), reading.groups());
    }

    @Test
    void eachBadLineIsNamedByItsNumber() {
        SynonymListText.Reading reading = SynonymListText.read(
                "visio; visioconférence\nzoom\nnuage; Nuages\n" + "x".repeat(101) + "; y\n" + "a; " + "b".repeat(999));
        assertEquals(List.of(new SynonymListText.Problem(2, "search.synonyms.error.single"),
                new SynonymListText.Problem(3, "search.synonyms.error.single"),
                new SynonymListText.Problem(4, "search.synonyms.error.termTooLong"),
                new SynonymListText.Problem(5, "search.synonyms.error.lineTooLong")), reading.problems());
    }

    @Test
    void aListTooLongIsRefusedAsAWhole() {
        String text = String.join("\n", java.util.Collections.nCopies(501, "a; b"));
        assertEquals(List.of(new SynonymListText.Problem(0, "search.synonyms.error.tooMany")),
                SynonymListText.read(text).problems());
    }

    @Test
    void theFingerprintChangesWithTheList() {
        assertEquals(SynonymListText.fingerprint(List.of("a; b")), SynonymListText.fingerprint(List.of("a; b")));
        assertNotEquals(SynonymListText.fingerprint(List.of("a; b")), SynonymListText.fingerprint(List.of("a; c")));
        assertEquals(SynonymListText.fingerprint(List.of()), SynonymListText.fingerprint(SynonymListText.read("").groups()));
    }
}
