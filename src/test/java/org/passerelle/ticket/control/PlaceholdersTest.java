package org.passerelle.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void knownPlaceholdersAreFilledAndUnknownOnesStayVisible() {
        String filled = Placeholders.fill("Bonjour {prenom}, la demande {numero} ({inconnu}) est notée.",
                Map.of("prenom", "Julie", "numero", "PAS-1042"));
        assertEquals("Bonjour Julie, la demande PAS-1042 ({inconnu}) est notée.", filled);
    }

    @Test
    void valuesAreInsertedLiterally() {
        assertEquals("Coût : 5 $ \\o/", Placeholders.fill("Coût : {prix}", Map.of("prix", "5 $ \\o/")));
    }
}
