package org.passerelle.toolbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.platform.importing.ImportException;
import org.passerelle.toolbox.entity.ToolCardDetails;

/** What the export writes, the importer reads back unchanged, awkward characters included. */
class ToolboxFilesWriterTest {

    @Test
    void toolCardsSurviveTheRoundTrip() {
        ToolCardDraft card = new ToolCardDraft("tools.csv", 0, "outil-test", "Outil \"test\", v2", "collaboration",
                "Résumé, avec virgule; et « guillemets »", new ToolCardDetails("libre", "gratuit", "les deux",
                "Serveurs au Québec", "oui", "Zoom;Teams", "https://example.org/a?b=c", "debutant"),
                List.of("visio", "réunion à distance"), "# Texte\n\nAvec \"guillemets\",\nsur plusieurs lignes.");
        ToolCardDraft bare = new ToolCardDraft("tools.csv", 0, "outil-nu", "Outil nu", "bureautique", null,
                new ToolCardDetails(null, null, null, null, null, null, null, null), List.of(), null);
        String csv = ToolboxFiles.toolCardsCsv(List.of(card, bare));

        List<ImportException> problems = new ArrayList<>();
        List<ToolCardDraft> read = ToolCardCsv.read("tools.csv", new StringReader(csv), problems);
        assertEquals(List.of(), problems);
        assertEquals(2, read.size());
        assertEquals(card.slug(), read.get(0).slug());
        assertEquals(card.name(), read.get(0).name());
        assertEquals(card.summary(), read.get(0).summary());
        assertEquals(card.details(), read.get(0).details());
        assertEquals(card.tags(), read.get(0).tags());
        assertEquals(card.body(), read.get(0).body());
        assertNull(read.get(1).summary());
        assertNull(read.get(1).body());
        assertEquals(bare.details(), read.get(1).details());
    }

    @Test
    void guidesSurviveTheRoundTrip() {
        GuideDraft guide = new GuideDraft("guides/g.md", "guide-test", "Titre: « cité » \"ici\" \\ #1", "collaboration",
                "coordination", List.of("AGA", "vote: en ligne", "2FA"), List.of("jitsi-meet"),
                "Premier paragraphe.\n\n---\n\n## Étapes\n\n- un", "Résumé\tavec tabulation");
        String text = ToolboxFiles.guideMarkdown(guide);

        List<ImportException> problems = new ArrayList<>();
        GuideDraft read = GuideMarkdown.read("guides/g.md", text, problems);
        assertEquals(List.of(), problems);
        assertEquals(guide, read);
    }

    @Test
    void quotedEscapesWhatYamlWouldReadOtherwise() {
        assertEquals("\"a\\\"b\\\\c\\nd\"", ToolboxFiles.quoted("a\"b\\c\nd"));
    }
}
