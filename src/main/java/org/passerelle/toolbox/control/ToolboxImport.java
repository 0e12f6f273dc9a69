package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.identity.entity.Member;
import org.passerelle.platform.importing.ImportException;
import org.passerelle.toolbox.entity.Tag;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Imports tool cards (CSV) and guides (Markdown with front matter) into the toolbox. Everything is
 * read and checked before anything is stored: one problem anywhere and nothing is imported, and
 * every problem is reported with its file and line.
 */
@ApplicationScoped
public class ToolboxImport {
    static final String INITIAL_REVISION = "Importation initiale";

    @PersistenceContext
    EntityManager em;

    /** A file to import: its name (for messages) and its text. */
    public record Source(String name, String text) {
    }

    public record Result(int toolCards, int guides) {
    }

    @Transactional
    public Result importAll(List<Source> toolFiles, List<Source> guideFiles, Member author) {
        List<ImportException> problems = new ArrayList<>();
        List<ToolCardDraft> cards = new ArrayList<>();
        for (Source file : toolFiles) {
            cards.addAll(ToolCardCsv.read(file.name(), new StringReader(file.text()), problems));
        }
        List<GuideDraft> guides = new ArrayList<>();
        for (Source file : guideFiles) {
            GuideDraft guide = GuideMarkdown.read(file.name(), file.text(), problems);
            if (guide != null) {
                guides.add(guide);
            }
        }
        checkSlugs(cards, guides, problems);
        if (!problems.isEmpty()) {
            throw new ImportProblems(problems);
        }
        store(cards, guides, author, Instant.now());
        return new Result(cards.size(), guides.size());
    }

    private void checkSlugs(List<ToolCardDraft> cards, List<GuideDraft> guides, List<ImportException> problems) {
        Set<String> existing = new HashSet<>(em.createQuery("select e.slug from ToolboxEntry e", String.class)
                .getResultList());
        // the old address of a renamed entry stays its own (it redirects)
        existing.addAll(em.createQuery("select a.oldSlug from EntrySlugAlias a", String.class).getResultList());
        Set<String> seen = new HashSet<>();
        Set<String> tools = new HashSet<>(em.createQuery(
                "select e.slug from ToolboxEntry e where e.kind = org.passerelle.toolbox.entity.EntryKind.TOOL",
                String.class).getResultList());
        for (ToolCardDraft card : cards) {
            if (existing.contains(card.slug())) {
                problems.add(new ImportException(card.file(), card.line(), "the slug '" + card.slug()
                        + "' already exists in the toolbox"));
            } else if (!seen.add(card.slug())) {
                problems.add(new ImportException(card.file(), card.line(), "the slug '" + card.slug()
                        + "' appears twice"));
            }
            tools.add(card.slug());
        }
        for (GuideDraft guide : guides) {
            if (existing.contains(guide.slug())) {
                problems.add(new ImportException(guide.file(), 0, "the slug '" + guide.slug()
                        + "' already exists in the toolbox"));
            } else if (!seen.add(guide.slug())) {
                problems.add(new ImportException(guide.file(), 0, "the slug '" + guide.slug() + "' appears twice"));
            }
            for (String tool : guide.toolSlugs()) {
                if (!tools.contains(tool)) {
                    problems.add(new ImportException(guide.file(), 0, "'tools' names an unknown tool card '"
                            + tool + "'"));
                }
            }
        }
    }

    private void store(List<ToolCardDraft> cards, List<GuideDraft> guides, Member author, Instant now) {
        Map<String, Tag> tags = new HashMap<>();
        em.createQuery("select t from Tag t", Tag.class).getResultList().forEach(t -> tags.put(t.getName(), t));
        Map<String, ToolboxEntry> bySlug = new HashMap<>();
        for (ToolCardDraft card : cards) {
            ToolboxEntry entry = ToolboxEntry.toolCard(card.slug(), card.name(), card.category(), card.summary(),
                    card.details(), now);
            card.tags().forEach(name -> entry.tag(tag(tags, name)));
            persist(entry, entry.getSummary(), card.body(), author, now);
            bySlug.put(entry.getSlug(), entry);
        }
        for (GuideDraft draft : guides) {
            ToolboxEntry guide = ToolboxEntry.guide(draft.slug(), draft.title(), draft.category(), draft.audience(),
                    draft.body(), now);
            draft.tags().forEach(name -> guide.tag(tag(tags, name)));
            for (String toolSlug : draft.toolSlugs()) {
                ToolboxEntry tool = bySlug.get(toolSlug);
                if (tool == null) {
                    tool = em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class)
                            .setParameter("slug", toolSlug).getSingleResult();
                }
                guide.uses(tool);
            }
            persist(guide, draft.summary() == null ? guide.getSummary() : draft.summary(), guide.getBody(), author,
                    now);
        }
    }

    private void persist(ToolboxEntry entry, String summary, String body, Member author, Instant now) {
        entry.revise(entry.getTitle(), summary, body, author, INITIAL_REVISION, now);
        em.persist(entry);
    }

    private Tag tag(Map<String, Tag> tags, String name) {
        return tags.computeIfAbsent(name, n -> {
            Tag tag = new Tag(n);
            em.persist(tag);
            return tag;
        });
    }
}
