package org.passerelle.toolbox.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContributionTextTest {

    @Test
    void textFromABrowserKeepsLineFeedsOnly() {
        ContributionText text = new ContributionText("visioconference", "Titre", "Un\r\nrésumé",
                "## Avant\r\n\r\n- Envoyer le lien\r## Après", "Pourquoi\r\nce changement");
        assertEquals("Un\nrésumé", text.summary());
        assertEquals("## Avant\n\n- Envoyer le lien\n## Après", text.body());
        assertEquals("Pourquoi\nce changement", text.changeSummary());
        assertEquals(text.body(), text.withChangeSummary("autre").body());
    }

    @Test
    void missingTextsStayMissing() {
        ContributionText text = new ContributionText("visioconference", "Titre", null, null, null);
        assertNull(text.summary());
        assertNull(text.body());
        assertNull(text.changeSummary());
    }
}
