package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.platform.importing.ImportException;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.Tag;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Coordinators take the whole published toolbox elsewhere, or bring one in: a zip holding
 * {@code tools.csv} and {@code guides/<slug>.md}, the formats of {@link ToolboxImport} (ADR 0015),
 * so that an export imports again unchanged. An import is one transaction: one problem anywhere
 * and nothing is stored, and each problem names its file and line.
 */
@ApplicationScoped
public class ToolboxTransfer {
    public static final String TOOLS_FILE = "tools.csv";
    public static final String GUIDES_DIR = "guides/";
    public static final String README_FILE = "LISEZMOI.txt";
    /** Bounds on what an uploaded zip may unpack to, against zip bombs. */
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    static final int MAX_FILES = 5000;

    @PersistenceContext
    EntityManager em;
    @Inject
    ToolboxImport toolboxImport;

    /** The published toolbox as a zip, for {@code login} (a coordinator or an administrator). */
    @Transactional
    public byte[] export(String login) {
        requireCoordinator(login);
        List<ToolboxEntry> entries = em.createQuery("select e from ToolboxEntry e where e.published = true"
                + " order by e.slug", ToolboxEntry.class).getResultList();
        List<ToolCardDraft> cards = new ArrayList<>();
        List<GuideDraft> guides = new ArrayList<>();
        for (ToolboxEntry e : entries) {
            List<String> tags = e.getTags().stream().map(Tag::getName).sorted().toList();
            if (e.getKind() == EntryKind.TOOL) {
                cards.add(new ToolCardDraft(TOOLS_FILE, 0, e.getSlug(), e.getTitle(), e.getCategory(), e.getSummary(),
                        e.getDetails(), tags, e.getBody()));
            } else {
                List<String> tools = e.getTools().stream().map(ToolboxEntry::getSlug).sorted().toList();
                guides.add(new GuideDraft(GUIDES_DIR + e.getSlug() + ".md", e.getSlug(), e.getTitle(), e.getCategory(),
                        e.getAudience(), tags, tools, e.getBody(), e.getSummary()));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            add(zip, README_FILE, readme(cards.size(), guides.size()));
            add(zip, TOOLS_FILE, ToolboxFiles.toolCardsCsv(cards));
            for (GuideDraft guide : guides) {
                add(zip, guide.file(), ToolboxFiles.guideMarkdown(guide));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Imports a zip made by {@link #export} (or by hand in the same format) in one transaction;
     * throws {@link ImportProblems} and stores nothing when anything is wrong.
     */
    @Transactional
    public ToolboxImport.Result importZip(String login, String zipName, byte[] zip) {
        requireCoordinator(login);
        List<ToolboxImport.Source> tools = new ArrayList<>();
        List<ToolboxImport.Source> guides = new ArrayList<>();
        List<ImportException> problems = new ArrayList<>();
        read(zipName, zip, tools, guides, problems);
        if (problems.isEmpty() && tools.isEmpty() && guides.isEmpty()) {
            problems.add(new ImportException(zipName, 0, "the zip holds neither " + TOOLS_FILE + " nor "
                    + GUIDES_DIR + "*.md"));
        }
        if (!problems.isEmpty()) {
            throw new ImportProblems(problems);
        }
        tools.sort(Comparator.comparing(ToolboxImport.Source::name));
        guides.sort(Comparator.comparing(ToolboxImport.Source::name));
        // the entries are the network's, not the importer's: no revision is credited to them
        return toolboxImport.importAll(tools, guides, null);
    }

    private static void read(String zipName, byte[] zip, List<ToolboxImport.Source> tools,
                             List<ToolboxImport.Source> guides, List<ImportException> problems) {
        long unpacked = 0;
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (++files > MAX_FILES) {
                    problems.add(new ImportException(zipName, 0, "more than " + MAX_FILES + " files"));
                    return;
                }
                byte[] content = readLimited(in, MAX_UNPACKED_BYTES - unpacked);
                if (content == null) {
                    problems.add(new ImportException(zipName, 0, "unpacks to more than "
                            + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB"));
                    return;
                }
                unpacked += content.length;
                String name = entry.getName().replace('\\', '/');
                boolean tool = name.endsWith(".csv");
                boolean guide = name.endsWith(".md");
                if (!tool && !guide) {
                    continue;
                }
                String text;
                try {
                    text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(content)).toString();
                } catch (CharacterCodingException e) {
                    problems.add(new ImportException(name, 0, "is not UTF-8 text"));
                    continue;
                }
                (tool ? tools : guides).add(new ToolboxImport.Source(name, text));
            }
            if (files == 0) {
                problems.add(new ImportException(zipName, 0, "is not a zip file, or an empty one"));
            }
        } catch (ZipException e) {
            problems.add(new ImportException(zipName, 0, "is not a readable zip file (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rest of the current zip entry, or null when it is longer than {@code limit}. */
    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > limit) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String readme(int cards, int guides) {
        return """
                Boîte à outils Passerelle : exportation (%d fiches outils, %d fiches pratiques).

                tools.csv        les fiches outils : CSV RFC 4180, UTF-8, une ligne d'en-tête; les mots-clés
                                 sont séparés par « ; »; body_md est le texte Markdown de la fiche (facultatif).
                guides/<slug>.md les fiches pratiques : en-tête YAML entre deux lignes « --- » (slug, title,
                                 category, audience, summary, tags, tools), puis le texte en Markdown.

                Ce fichier s'importe tel quel dans une autre Passerelle (Administration > Boîte à outils :
                importer) : tout est vérifié avant l'importation, et une seule erreur n'importe rien.
                Les révisions, commentaires et votes ne sont pas exportés. Voir docs/adr/0015.
                """.formatted(cards, guides);
    }

    private void requireCoordinator(String login) {
        Member member = login == null ? null : em.createNamedQuery(Member.BY_LOGIN, Member.class)
                .setParameter("login", login).getResultStream().findFirst().orElse(null);
        if (member == null || !(member.hasRole(Role.COORDINATOR) || member.hasRole(Role.ADMIN))) {
            throw new ContributionProblem(ContributionProblem.Kind.FORBIDDEN, List.of("toolbox.transfer.forbidden"));
        }
    }
}
