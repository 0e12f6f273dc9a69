package org.passerelle.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnonymizerTest {

    @Test
    void emailsPhonesNamesAndOrganizationsAreRemoved() {
        String text = "Bonjour Julie, écrivez à julie.tremblay@cdc-neigette.org ou au 418 555-0123 poste 12."
                + " Marc-André de la CDC de la Neigette vous rappellera au (514) 555-0199. Merci, TREMBLAY!";
        String scrubbed = Anonymizer.scrub(text, List.of("Julie Tremblay", "Marc-André Bouchard"),
                List.of("CDC de la Neigette"));
        assertEquals("Bonjour [nom], écrivez à [courriel] ou au [téléphone]."
                + " [nom] de la [organisme] vous rappellera au [téléphone]. Merci, [nom]!", scrubbed);
    }

    @Test
    void wordsThatMerelyContainANameStay() {
        assertEquals("Le marcheur et Marcel", Anonymizer.scrub("Le marcheur et Marcel", List.of("Marc Roy"), List.of()));
        assertEquals("Réunion le 2026-06-12 à 19 h", Anonymizer.scrub("Réunion le 2026-06-12 à 19 h",
                List.of("Al"), List.of()));
    }
}
