package org.passerelle.toolbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.platform.importing.ImportException;
import org.passerelle.testsupport.Deployments;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Coordinators' export and import of the whole toolbox (H2, then PostgreSQL): the export reads
 * back with the importer unchanged, imports again in one transaction, and a bad file imports
 * nothing and names each problem's file and line.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class ToolboxTransferIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ToolboxTransferIT.class);
    }

    @Inject
    ToolboxTransfer transfer;
    @Inject
    Contributions contributions;
    @PersistenceContext
    EntityManager em;
    @Inject
    jakarta.transaction.UserTransaction tx;

    private long entryCount() {
        return em.createNamedQuery(ToolboxEntry.COUNT, Long.class).getSingleResult();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theExportImportsAgainUnchanged() throws Exception {
        // a published guide with a summary of its own and an edited tool card with a text of its own
        String word = Long.toString(System.nanoTime(), 36);
        long id = contributions.proposeNew("membre", EntryKind.GUIDE, new ContributionText("animation-en-ligne",
                "Exporter « une fiche » \"citée\" " + word, "Un résumé écrit à la main, avec: deux-points.",
                "Premier paragraphe.\n\n## Étapes\n\n- un\n- deux \\ trois", "Nouvelle fiche"), true);
        contributions.approve("agent", id, contributions.detail("agent", id).orElseThrow().version(), null, false);

        byte[] exported = transfer.export("coordination");
        Map<String, String> files = unzip(exported);
        assertTrue(files.containsKey(ToolboxTransfer.TOOLS_FILE), files.keySet().toString());
        assertTrue(files.containsKey(ToolboxTransfer.README_FILE));
        assertTrue(files.containsKey("guides/aga-en-ligne.md"), files.keySet().toString());

        // every published entry is in the export, and the importer reads it all without a problem
        List<ImportException> problems = new ArrayList<>();
        List<ToolCardDraft> cards = ToolCardCsv.read(ToolboxTransfer.TOOLS_FILE,
                new StringReader(files.get(ToolboxTransfer.TOOLS_FILE)), problems);
        List<GuideDraft> guides = new ArrayList<>();
        files.forEach((name, text) -> {
            if (name.endsWith(".md")) {
                guides.add(GuideMarkdown.read(name, text, problems));
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(entryCount(), cards.size() + guides.size());
        tx.begin(); // entries with their tags and tools
        for (ToolCardDraft card : cards) {
            ToolboxEntry entry = bySlug(card.slug());
            assertEquals(entry.getTitle(), card.name());
            assertEquals(entry.getCategory(), card.category());
            assertEquals(entry.getSummary(), card.summary(), card.slug());
            assertEquals(entry.getDetails(), card.details(), card.slug());
            assertEquals(entry.getTags().stream().map(org.passerelle.toolbox.entity.Tag::getName).sorted().toList(),
                    card.tags(), card.slug());
            assertEquals(strip(entry.getBody()), strip(card.body()), card.slug());
        }
        for (GuideDraft guide : guides) {
            ToolboxEntry entry = bySlug(guide.slug());
            assertEquals(entry.getTitle(), guide.title());
            assertEquals(entry.getCategory(), guide.category());
            assertEquals(entry.getAudience(), guide.audience());
            assertEquals(entry.getSummary(), guide.summary(), guide.slug());
            assertEquals(entry.getBody().strip(), guide.body(), guide.slug());
            assertEquals(entry.getTools().stream().map(ToolboxEntry::getSlug).sorted().toList(), guide.toolSlugs());
        }
        tx.rollback();

        // imported as it is into the same toolbox: only the existing slugs are refused, and nothing is stored
        long before = entryCount();
        ImportProblems clash = assertThrows(ImportProblems.class,
                () -> transfer.importZip("coordination", "export.zip", exported));
        assertEquals(before, clash.getProblems().size(), "one problem per entry: " + clash.getMessage());
        assertTrue(clash.getProblems().stream().allMatch(p -> p.getMessage().contains("already exists")),
                clash.getMessage());
        assertEquals(before, entryCount());

        // the same files under new slugs (as another Passerelle would see them) import, and read back the same
        String prefix = "rt" + word + "-";
        Map<String, String> renamed = new LinkedHashMap<>();
        renamed.put(ToolboxTransfer.TOOLS_FILE, ToolboxFiles.toolCardsCsv(cards.stream()
                .map(c -> new ToolCardDraft(c.file(), c.line(), prefix + c.slug(), c.name(), c.category(), c.summary(),
                        c.details(), c.tags(), c.body())).toList()));
        for (GuideDraft g : guides) {
            renamed.put("guides/" + prefix + g.slug() + ".md", ToolboxFiles.guideMarkdown(new GuideDraft(g.file(),
                    prefix + g.slug(), g.title(), g.category(), g.audience(), g.tags(),
                    g.toolSlugs().stream().map(s -> prefix + s).toList(), g.body(), g.summary())));
        }
        // inside a transaction the test rolls back: the copies never reach the database or the index
        // that later tests share (a second "aga-en-ligne" would tie with the first in their searches)
        tx.begin();
        try {
            ToolboxImport.Result result = transfer.importZip("coordination", "autre-reseau.zip", zip(renamed));
            assertEquals(cards.size(), result.toolCards());
            assertEquals(guides.size(), result.guides());
            assertEquals(before * 2, entryCount());
            for (ToolCardDraft card : cards) {
                ToolboxEntry original = bySlug(card.slug());
                ToolboxEntry copy = bySlug(prefix + card.slug());
                assertEquals(original.getTitle(), copy.getTitle());
                assertEquals(original.getSummary(), copy.getSummary());
                assertEquals(original.getDetails(), copy.getDetails());
                assertEquals(strip(original.getBody()), strip(copy.getBody()));
                assertEquals(original.getTags().size(), copy.getTags().size());
            }
            for (GuideDraft guide : guides) {
                ToolboxEntry original = bySlug(guide.slug());
                ToolboxEntry copy = bySlug(prefix + guide.slug());
                assertEquals(original.getTitle(), copy.getTitle());
                assertEquals(original.getSummary(), copy.getSummary(), guide.slug());
                assertEquals(original.getBody().strip(), copy.getBody().strip());
                assertEquals(original.getTools().size(), copy.getTools().size());
                assertNotNull(copy.getLastReviewedAt());
            }
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aBadFileImportsNothingAndNamesEachProblemsFileAndLine() throws IOException {
        long before = entryCount();
        String word = Long.toString(System.nanoTime(), 36);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("tools.csv", String.join(",", ToolboxFiles.TOOL_COLUMNS) + "\n"
                + "outil-" + word + ",Outil,visioconference,Bon outil,libre,,,,oui,,https://example.org,debutant,visio,\n"
                + "Pas Bon,Outil,teleportation,,,,,,,,,,,\n");
        files.put("guides/guide-" + word + ".md", "---\nslug: guide-" + word + "\ntitle: Guide\ncategory: collaboration\n"
                + "tools: [outil-inconnu-" + word + "]\n---\n\nTexte du guide.\n");
        ImportProblems refused = assertThrows(ImportProblems.class,
                () -> transfer.importZip("coordination", "mauvais.zip", zip(files)));
        List<ImportException> problems = refused.getProblems();
        assertTrue(problems.stream().anyMatch(p -> p.getFile().equals("tools.csv") && p.getLine() == 3
                && p.getMessage().contains("Pas Bon")), refused.getMessage());
        assertTrue(problems.stream().anyMatch(p -> p.getFile().equals("tools.csv") && p.getLine() == 3
                && p.getMessage().contains("teleportation")), refused.getMessage());
        assertTrue(problems.stream().anyMatch(p -> p.getFile().equals("guides/guide-" + word + ".md")
                && p.getMessage().contains("outil-inconnu-" + word)), refused.getMessage());
        assertEquals(before, entryCount(), "the valid card of a refused file is not imported either");

        ImportProblems notAZip = assertThrows(ImportProblems.class, () -> transfer.importZip("coordination",
                "notes.zip", "pas un zip".getBytes(StandardCharsets.UTF_8)));
        assertEquals("notes.zip", notAZip.getProblems().get(0).getFile());
        assertEquals(ContributionProblem.Kind.FORBIDDEN, assertThrows(ContributionProblem.class,
                () -> transfer.export("membre")).getKind());
        assertEquals(ContributionProblem.Kind.FORBIDDEN, assertThrows(ContributionProblem.class,
                () -> transfer.importZip("agent", "x.zip", zip(files))).getKind());
    }

    private ToolboxEntry bySlug(String slug) {
        return em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug)
                .getSingleResult();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
