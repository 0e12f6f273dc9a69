package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.identity.entity.Member;
import org.passerelle.ticket.control.DeskScope;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.control.QueueFilter;
import org.passerelle.ticket.control.SupportDesk;
import org.passerelle.ticket.entity.Ticket;

/**
 * Full-text search of help requests for the support side, with the queue's filters and exactly
 * the queue's scope ({@link DeskScope}): agents and pool leads find the requests of their pools
 * and of the networks their pools serve, internal notes included; a peer helper finds only the
 * requests they were invited onto, never by words of an internal note; anyone else finds nothing.
 * The index narrows to the scope first, then every hit is checked in the database with the
 * queue's own condition, so a stale index can miss a request but never show one out of scope.
 */
@ApplicationScoped
public class TicketSearch {
    /** How many index hits are checked against the database; more specific words find the rest. */
    static final int CANDIDATES = 500;
    static final Pattern NUMBER = Pattern.compile("(?i)^(?:PAS-?)?(\\d{1,9})$");
    public static final String FACET_STATUS = "status";
    public static final String FACET_CATEGORY = "category";
    static final List<ForgivingQuery.Field> PUBLIC_FIELDS = List.of(new ForgivingQuery.Field("subject", 3f),
            new ForgivingQuery.Field("body", 1.5f), new ForgivingQuery.Field(Ticket.SEARCH_PUBLIC_MESSAGES, 1f));
    static final ForgivingQuery.Field NOTES_FIELD = new ForgivingQuery.Field(Ticket.SEARCH_INTERNAL_NOTES, 1f);
    static final List<ForgivingQuery.Field> PUBLIC_PLAIN_FIELDS = List.of(new ForgivingQuery.Field("subject_plain", 3f),
            new ForgivingQuery.Field("body_plain", 1.5f),
            new ForgivingQuery.Field(Ticket.SEARCH_PUBLIC_MESSAGES + "_plain", 1f));
    static final ForgivingQuery.Field NOTES_PLAIN_FIELD = new ForgivingQuery.Field(
            Ticket.SEARCH_INTERNAL_NOTES + "_plain", 1f);

    @PersistenceContext
    EntityManager em;
    @Inject
    DeskScope scope;
    @Inject
    SupportDesk desk;
    @Inject
    SynonymList synonyms;
    @Inject
    TypoMatch typo;
    @Inject
    WordMarks marks;

    /** One request found; the snippet is HTML-escaped text with the matched words in {@code <mark>}. */
    public record Hit(String number, String subject, String snippet, float score, DeskViews.QueueRow row) {
    }

    public record Results(long total, List<Hit> hits, Map<String, Map<String, Long>> facets) {
        public static Results empty() {
            return new Results(0, List.of(), Map.of());
        }
    }

    @Transactional
    public Results search(String login, String rawQuery, QueueFilter filter, int limit) {
        QueryText query = QueryText.of(rawQuery);
        Member me = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
        if (query.isEmpty() || me == null || !me.isActive() || !scope.isSupport(me)) {
            return Results.empty();
        }
        DeskScope.IndexScope mine = scope.indexScope(me);
        if (mine.isEmpty()) {
            return Results.empty();
        }
        List<ForgivingQuery.Field> fields = new ArrayList<>(PUBLIC_FIELDS);
        List<ForgivingQuery.Field> plain = new ArrayList<>(PUBLIC_PLAIN_FIELDS);
        if (mine.staff()) {
            fields.add(NOTES_FIELD);
            plain.add(NOTES_PLAIN_FIELD);
        }
        ForgivingQuery.Fields searched = new ForgivingQuery.Fields(fields, List.of(), plain);
        List<String> alternatives = synonyms.current().expand(query);
        // the best candidates, ids and scores only: the texts are read for the few hits shown, below
        List<List<?>> candidates = Search.session(em).search(Ticket.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score()).asList())
                .where(f -> f.bool().must(text(f, query, alternatives, searched, typo)).filter(inScope(f, mine)))
                .fetchHits(CANDIDATES);
        List<Long> ids = candidates.stream().map(row -> (Long) row.get(0)).toList();
        Map<Long, DeskViews.QueueRow> allowed = desk.queueRowsAmong(login, filter == null ? QueueFilter.any() : filter,
                ids);
        List<List<?>> shown = new ArrayList<>();
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        facets.put(FACET_STATUS, new TreeMap<>());
        facets.put(FACET_CATEGORY, new TreeMap<>());
        for (List<?> row : candidates) {
            DeskViews.QueueRow queueRow = allowed.get((Long) row.get(0));
            if (queueRow == null) {
                continue;
            }
            facets.get(FACET_STATUS).merge(queueRow.status().name(), 1L, Long::sum);
            facets.get(FACET_CATEGORY).merge(queueRow.category().code(), 1L, Long::sum);
            if (shown.size() < Math.max(1, limit)) {
                shown.add(row);
            }
        }
        Map<Long, List<?>> texts = texts(mine, shown.stream().map(row -> (Long) row.get(0)).toList());
        WordMarker marker = marks.of(query, alternatives);
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : shown) {
            DeskViews.QueueRow queueRow = allowed.get((Long) row.get(0));
            hits.add(new Hit(queueRow.number(), queueRow.subject(), snippet(marker, texts.get((Long) row.get(0)), queueRow),
                    (Float) row.get(1), queueRow));
        }
        return new Results(allowed.size(), hits, facets);
    }

    /**
     * The texts of the hits shown, by id, as the index stores them: subject, description, replies and,
     * for staff only, internal notes. The hits were checked in the database already.
     */
    private Map<Long, List<?>> texts(DeskScope.IndexScope mine, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<?>> byId = new java.util.HashMap<>();
        Search.session(em).search(Ticket.class)
                .select(f -> mine.staff()
                        ? f.composite().from(f.id(Long.class), f.field("subject", String.class),
                                f.field("body", String.class), f.field(Ticket.SEARCH_PUBLIC_MESSAGES, String.class),
                                f.field(Ticket.SEARCH_INTERNAL_NOTES, String.class)).asList()
                        : f.composite().from(f.id(Long.class), f.field("subject", String.class),
                                f.field("body", String.class), f.field(Ticket.SEARCH_PUBLIC_MESSAGES, String.class))
                                .asList())
                .where(f -> f.id().matchingAny(ids))
                .fetchHits(ids.size())
                .forEach(row -> byId.put((Long) row.get(0), row));
        return byId;
    }

    /**
     * The first of the description, replies, notes (staff) and subject where the search's words are
     * marked; else the subject as it is.
     */
    private static String snippet(WordMarker marker, List<?> texts, DeskViews.QueueRow queueRow) {
        if (texts != null) {
            List<String> inOrder = new ArrayList<>();
            for (int i = 2; i < texts.size(); i++) {
                inOrder.add((String) texts.get(i));
            }
            inOrder.add((String) texts.get(1));
            for (String text : inOrder) {
                String marked = marker.mark(text);
                if (marked != null) {
                    return Snippets.first(List.of(marked));
                }
            }
        }
        return Snippets.escape(Snippets.shorten(queueRow.subject()));
    }

    private static SearchPredicate text(SearchPredicateFactory f, QueryText query, List<String> alternatives,
                                        ForgivingQuery.Fields fields, TypoMatch typo) {
        Matcher number = NUMBER.matcher(query.text().strip());
        if (number.matches()) {
            // "PAS-1042" or "1042": the request with that number, not every text saying "pas"
            return f.match().field("number").matching("PAS-" + number.group(1)).toPredicate();
        }
        return ForgivingQuery.of(f, query, alternatives, fields, typo);
    }

    private static SearchPredicate inScope(SearchPredicateFactory f, DeskScope.IndexScope mine) {
        var any = f.bool();
        if (!mine.pools().isEmpty()) {
            any.should(f.terms().field(Ticket.SEARCH_POOL).matchingAny(mine.pools()));
        }
        if (!mine.networks().isEmpty()) {
            any.should(f.terms().field(Ticket.SEARCH_NETWORK).matchingAny(mine.networks()));
        }
        if (mine.helper() != null) {
            any.should(f.match().field(Ticket.SEARCH_HELPERS).matching(mine.helper()));
        }
        return any.toPredicate();
    }
}
