package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Searching the published toolbox the forgiving way ({@link ForgivingQuery}), with highlighted
 * snippets and counts per facet (category, kind, licence, French interface, difficulty).
 */
@ApplicationScoped
public class ToolboxSearch {
    public static final String FACET_CATEGORY = "category";
    public static final String FACET_KIND = "kind";
    public static final String FACET_LICENSE = "licenseKind";
    public static final String FACET_FRENCH_UI = "frenchUi";
    public static final String FACET_DIFFICULTY = "difficulty";
    public static final List<String> FACETS = List.of(FACET_CATEGORY, FACET_KIND, FACET_LICENSE, FACET_FRENCH_UI,
            FACET_DIFFICULTY);
    /**
     * Combinations of facet values counted at most: far more than the product of the facets'
     * values (a few hundred), so that every count is exact.
     */
    static final int MAX_FACET_COMBINATIONS = 10_000;
    static final ForgivingQuery.Fields FIELDS = new ForgivingQuery.Fields(
            List.of(new ForgivingQuery.Field("title", 4f), new ForgivingQuery.Field("tags.name", 2.5f),
                    new ForgivingQuery.Field("summary", 2f), new ForgivingQuery.Field("alternativeTo", 1f),
                    new ForgivingQuery.Field("body", 1f)),
            List.of(new ForgivingQuery.Field("title_en", 2f), new ForgivingQuery.Field("body_en", 0.7f)),
            List.of(new ForgivingQuery.Field("title_plain", 4f), new ForgivingQuery.Field("tags.name_plain", 2.5f),
                    new ForgivingQuery.Field("summary_plain", 2f), new ForgivingQuery.Field("body_plain", 1f)));

    @PersistenceContext
    EntityManager em;
    @Inject
    SynonymList synonyms;
    @Inject
    TypoMatch typo;
    @Inject
    WordMarks marks;

    /** Optional narrowing of a toolbox search; null means any. */
    public record Filters(String category, EntryKind kind, String license, String frenchUi, String difficulty) {
        public static Filters none() {
            return new Filters(null, null, null, null, null);
        }
    }

    /** One entry found; the snippet is HTML-escaped text with the matched words in {@code <mark>}. */
    public record Hit(String slug, EntryKind kind, String title, String category, String summary, String snippet,
                      float score) {
    }

    /** A page of hits, best first, the total, and per facet how many entries have each value. */
    public record Results(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
        public static Results empty() {
            return new Results(0, List.of(), Map.of());
        }
    }

    @Transactional
    public Results search(String rawQuery, Filters filters, int offset, int limit) {
        QueryText query = QueryText.of(rawQuery);
        if (query.isEmpty()) {
            return Results.empty();
        }
        Filters filter = filters == null ? Filters.none() : filters;
        List<String> alternatives = synonyms.current().expand(query);
        AggregationKey<Map<String, Long>> facetValues = AggregationKey.of(ToolboxEntry.SEARCH_FACETS);
        var search = Search.session(em).search(ToolboxEntry.class)
                // a hit is shown from the index alone: no entity is loaded from the database
                .select(f -> f.composite().from(f.id(Long.class), f.score(), f.field("slug", String.class),
                        f.field(FACET_KIND, EntryKind.class), f.field("title", String.class),
                        f.field(FACET_CATEGORY, String.class), f.field("summary", String.class),
                        f.field("body", String.class)).asList())
                .where(f -> {
                    var all = f.bool().must(ForgivingQuery.of(f, query, alternatives, FIELDS, typo))
                            .filter(f.match().field("published").matching(true));
                    if (filter.category() != null) {
                        all.filter(f.match().field(FACET_CATEGORY).matching(filter.category()));
                    }
                    if (filter.kind() != null) {
                        all.filter(f.match().field(FACET_KIND).matching(filter.kind()));
                    }
                    if (filter.license() != null) {
                        all.filter(f.match().field(FACET_LICENSE).matching(filter.license()));
                    }
                    if (filter.frenchUi() != null) {
                        all.filter(f.match().field(FACET_FRENCH_UI).matching(filter.frenchUi()));
                    }
                    if (filter.difficulty() != null) {
                        all.filter(f.match().field(FACET_DIFFICULTY).matching(filter.difficulty()));
                    }
                    return all;
                })
                .aggregation(facetValues, f -> f.terms().field(ToolboxEntry.SEARCH_FACETS, String.class)
                        .maxTermCount(MAX_FACET_COMBINATIONS));
        SearchResult<List<?>> result = search.fetch(Math.max(0, offset), Math.max(1, limit));
        Map<String, Map<String, Long>> facets = facets(result.aggregation(facetValues));
        WordMarker marker = marks.of(query, alternatives);
        List<Hit> hits = result.hits().stream().map(row -> hit(row, marker)).toList();
        return new Results(result.total().hitCount(), hits, facets);
    }

    /**
     * Per facet, its values with their counts, most frequent first, added up from the counts of
     * each combination of values ({@link ToolboxEntry#getFacetValuesForSearch()}).
     */
    static Map<String, Map<String, Long>> facets(Map<String, Long> combinations) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        FACETS.forEach(name -> facets.put(name, new LinkedHashMap<>()));
        combinations.forEach((combination, count) -> {
            for (String facetValue : combination.split(ToolboxEntry.FACETS_SEPARATOR)) {
                int separator = facetValue.indexOf(ToolboxEntry.FACET_SEPARATOR);
                Map<String, Long> values = separator < 0 ? null : facets.get(facetValue.substring(0, separator));
                if (values != null) {
                    values.merge(facetValue.substring(separator + 1), count, Long::sum);
                }
            }
        });
        facets.replaceAll((name, values) -> mostFrequentFirst(values));
        return facets;
    }

    private static Map<String, Long> mostFrequentFirst(Map<String, Long> values) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        values.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /**
     * "Vouliez-vous dire": the query with its unknown words replaced by the closest words of the
     * published toolbox (titles, summaries, tags, synonyms), only if that query finds something.
     */
    @Transactional
    public java.util.Optional<String> suggest(String rawQuery) {
        List<String> texts = new java.util.ArrayList<>();
        em.createQuery("select e.title, e.summary from ToolboxEntry e where e.published = true", Object[].class)
                .getResultList().forEach(row -> {
                    texts.add((String) row[0]);
                    texts.add((String) row[1]);
                });
        texts.addAll(em.createQuery("select t.name from Tag t", String.class).getResultList());
        synonyms.current().groups().forEach(texts::addAll);
        return new Suggestions(texts).correct(rawQuery)
                .filter(corrected -> search(corrected, Filters.none(), 0, 1).total() > 0);
    }

    /** The snippet: the summary, else the body, with the search's words marked; else the summary as it is. */
    private static Hit hit(List<?> row, WordMarker marker) {
        float score = (Float) row.get(1);
        String summary = (String) row.get(6);
        String marked = marker.mark(summary);
        if (marked == null) {
            marked = marker.mark((String) row.get(7));
        }
        String snippet = marked == null ? Snippets.escape(Snippets.shorten(summary)) : Snippets.first(List.of(marked));
        return new Hit((String) row.get(2), (EntryKind) row.get(3), (String) row.get(4), (String) row.get(5), summary,
                snippet, score);
    }
}
