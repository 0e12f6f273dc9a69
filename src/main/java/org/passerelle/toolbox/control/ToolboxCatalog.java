package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import org.passerelle.search.control.ToolboxSearch;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolboxEntry;

/** Reading the published toolbox: lists, counts, plain full-text search, one entry with its links. */
@ApplicationScoped
public class ToolboxCatalog {
    private static final int MAX_RESULTS = 100;

    @PersistenceContext
    EntityManager em;
    @Inject
    ToolboxSearch search;

    /** What a list shows of an entry. */
    public record EntrySummary(String slug, EntryKind kind, String title, String category, String summary) {
        static EntrySummary of(ToolboxEntry e) {
            return new EntrySummary(e.getSlug(), e.getKind(), e.getTitle(), e.getCategory(), e.getSummary());
        }
    }

    /** Published entries per category, in the vocabulary's order. */
    public Map<String, Long> countsByCategory() {
        Map<String, Long> counts = new LinkedHashMap<>();
        ToolboxVocabulary.CATEGORIES.forEach(c -> counts.put(c, 0L));
        em.createQuery("select e.category, count(e) from ToolboxEntry e where e.published = true group by e.category",
                Object[].class).getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    public List<EntrySummary> newest(int limit) {
        return em.createQuery("select e from ToolboxEntry e where e.published = true order by e.updatedAt desc, e.id desc",
                ToolboxEntry.class).setMaxResults(limit).getResultList().stream().map(EntrySummary::of).toList();
    }

    /** Entries matching the filters; a non-blank query goes through the search index, best first. */
    public List<EntrySummary> find(String query, String category, EntryKind kind) {
        if (query == null || query.isBlank()) {
            return em.createQuery("select e from ToolboxEntry e where e.published = true"
                            + " and (:category is null or e.category = :category)"
                            + " and (:kind is null or e.kind = :kind) order by e.title", ToolboxEntry.class)
                    .setParameter("category", category).setParameter("kind", kind)
                    .setMaxResults(MAX_RESULTS).getResultList().stream().map(EntrySummary::of).toList();
        }
        return find(query, category, kind, 0, MAX_RESULTS).items();
    }

    /** A page of results and how many there are in all. */
    public record ResultPage(long total, List<EntrySummary> items) {
    }

    /** Like {@link #find}, one page at a time ({@code offset} and {@code limit}), with the total. */
    @Transactional
    public ResultPage find(String query, String category, EntryKind kind, int offset, int limit) {
        if (query == null || query.isBlank()) {
            long total = em.createQuery("select count(e) from ToolboxEntry e where e.published = true"
                            + " and (:category is null or e.category = :category)"
                            + " and (:kind is null or e.kind = :kind)", Long.class)
                    .setParameter("category", category).setParameter("kind", kind).getSingleResult();
            List<EntrySummary> items = em.createQuery("select e from ToolboxEntry e where e.published = true"
                            + " and (:category is null or e.category = :category)"
                            + " and (:kind is null or e.kind = :kind) order by e.title, e.id", ToolboxEntry.class)
                    .setParameter("category", category).setParameter("kind", kind)
                    .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(EntrySummary::of).toList();
            return new ResultPage(total, items);
        }
        ToolboxSearch.Results result = search.search(query, new ToolboxSearch.Filters(category, kind, null, null, null),
                offset, limit);
        return new ResultPage(result.total(), result.hits().stream()
                .map(h -> new EntrySummary(h.slug(), h.kind(), h.title(), h.category(), h.summary())).toList());
    }

    /** One entry with what its page shows (tags, tools, cards it replaces), loaded in one go. */
    @Transactional
    public Optional<EntryPage> page(String slug) {
        return em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug)
                .getResultStream().filter(ToolboxEntry::isPublished).findFirst().map(this::pageOf);
    }

    private EntryPage pageOf(ToolboxEntry entry) {
        List<String> tags = entry.getTags().stream().map(t -> t.getName()).sorted().toList();
        List<EntrySummary> tools = entry.getTools().stream().map(EntrySummary::of)
                .sorted(java.util.Comparator.comparing(EntrySummary::title)).toList();
        List<EntrySummary> usedIn = em.createQuery("select g from ToolboxEntry g join g.tools t where t.id = :id"
                        + " and g.published = true order by g.title", ToolboxEntry.class)
                .setParameter("id", entry.getId()).getResultList().stream().map(EntrySummary::of).toList();
        List<EntrySummary> alternatives = entry.getAlternativeToNames().isEmpty() ? List.of()
                : em.createQuery("select e from ToolboxEntry e where e.title in :names and e.published = true"
                        + " order by e.title", ToolboxEntry.class)
                .setParameter("names", entry.getAlternativeToNames()).getResultList().stream()
                .map(EntrySummary::of).toList();
        return new EntryPage(EntrySummary.of(entry), entry.getBody(), entry.getDetails(),
                entry.getAlternativeToNames(), alternatives, tags, tools, usedIn, entry.getAudience(),
                entry.getLastReviewedAt(), entry.getCurrentRevisionNumber(), entry.getUpdatedAt());
    }
}
