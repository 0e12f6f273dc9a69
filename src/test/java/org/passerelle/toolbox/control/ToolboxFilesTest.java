package org.passerelle.toolbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.platform.importing.ImportException;

class ToolboxFilesTest {
    private static final String HEADER = "slug,name,category,summary_fr,license_kind,cost_for_nonprofits,"
            + "hosting_options,data_location_notes,french_ui,alternative_to,website,difficulty,tags\n";

    @Test
    void theShippedToolCardsAreValid() throws IOException {
        List<ImportException> problems = new ArrayList<>();
        List<ToolCardDraft> cards = ToolCardCsv.read("tools.csv", new StringReader(resource("demo/toolbox/tools.csv")),
                problems);
        assertEquals(List.of(), problems);
        assertEquals(68, cards.size());
        ToolCardDraft jitsi = cards.get(0);
        assertEquals("jitsi-meet", jitsi.slug());
        assertEquals(List.of("visio", "réunion à distance", "vidéo", "webconférence", "sans compte"), jitsi.tags());
        assertEquals("Zoom;Microsoft Teams;Google Meet", jitsi.details().alternativeTo());
    }

    @Test
    void theShippedGuidesAreValid() throws IOException {
        List<ImportException> problems = new ArrayList<>();
        for (String name : resource("demo/toolbox/guides/index.txt").split("\n")) {
            GuideDraft guide = GuideMarkdown.read(name, resource("demo/toolbox/guides/" + name), problems);
            assertNotNull(guide, name + ": " + problems);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyBadRowIsReportedWithItsLine() {
        String csv = HEADER
                + "jitsi-meet,Jitsi Meet,visioconference,ok,libre,,,,oui,,https://jitsi.org,debutant,visio\n"
                + "Bad Slug,X,visioconference,,,,,,,,,,\n"
                + "zoom,Zoom,teleportation,,payant,,,,peut-etre,,ftp://x,expert,\n";
        List<ImportException> problems = new ArrayList<>();
        List<ToolCardDraft> cards = ToolCardCsv.read("t.csv", new StringReader(csv), problems);
        assertEquals(1, cards.size());
        assertTrue(problems.stream().allMatch(p -> p.getFile().equals("t.csv")));
        assertEquals(1, problems.stream().filter(p -> p.getLine() == 3).count(), problems.toString());
        assertEquals(5, problems.stream().filter(p -> p.getLine() == 4).count(), problems.toString());
        assertTrue(problems.get(0).getMessage().startsWith("t.csv, line 3: the slug 'Bad Slug'"));
    }

    @Test
    void aMissingColumnIsReported() {
        List<ImportException> problems = new ArrayList<>();
        ToolCardCsv.read("t.csv", new StringReader("slug,name\nx,y\n"), problems);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).getMessage().contains("has no column"), problems.toString());
    }

    @Test
    void aGuideWithBrokenFrontMatterNamesTheLine() {
        List<ImportException> problems = new ArrayList<>();
        GuideDraft guide = GuideMarkdown.read("g.md", "---\nslug: ok\ntitle: [unclosed\ncategory: x\n---\nTexte\n",
                problems);
        assertNull(guide);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).getMessage().startsWith("g.md, line"), problems.toString());
    }

    @Test
    void aGuideNeedsItsFieldsAndAKnownCategory() {
        List<ImportException> problems = new ArrayList<>();
        GuideDraft guide = GuideMarkdown.read("g.md", "---\nslug: un-guide\ncategory: cuisine\ntools: zoom\n---\n\n",
                problems);
        assertNull(guide);
        List<String> messages = problems.stream().map(Throwable::getMessage).toList();
        assertTrue(messages.contains("g.md: the front matter has no 'title'"), messages.toString());
        assertTrue(messages.contains("g.md, line 3: unknown category 'cuisine'"), messages.toString());
        assertTrue(messages.contains("g.md, line 4: 'tools' must be a list such as [a, b]"), messages.toString());
        assertTrue(messages.contains("g.md: the guide has no text after its front matter"), messages.toString());
    }

    private static String resource(String name) throws IOException {
        try (var stream = ToolboxFilesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
