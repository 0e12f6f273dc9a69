package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.passerelle.search.entity.UnmetNeed;

/**
 * The log of toolbox searches that found nothing: the words (as made safe by {@link QueryText},
 * lower case) and the day, nothing about who searched. Coordinators read it grouped by query.
 */
@ApplicationScoped
public class UnmetNeeds {
    static final ZoneId QUEBEC = ZoneId.of("America/Montreal");
    static final int LIST_MAX = 200;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** One row per query and how often and when it was last searched, most frequent first. */
    public record Need(String query, long times, LocalDate last) {
    }

    @Transactional
    public void record(String rawQuery) {
        QueryText query = QueryText.of(rawQuery);
        if (!query.isEmpty()) {
            em.persist(new UnmetNeed(QueryText.fold(query.text()), LocalDate.now(clock.withZone(QUEBEC))));
        }
    }

    /** The needs of the last {@code days} days. */
    @Transactional
    public List<Need> since(int days) {
        LocalDate from = LocalDate.now(clock.withZone(QUEBEC)).minusDays(Math.max(0, days));
        return em.createQuery("select u.queryText, count(u), max(u.searchedOn) from UnmetNeed u"
                        + " where u.searchedOn >= :from group by u.queryText"
                        + " order by count(u) desc, max(u.searchedOn) desc, u.queryText", Object[].class)
                .setParameter("from", from).setMaxResults(LIST_MAX).getResultList().stream()
                .map(row -> new Need((String) row[0], (Long) row[1], (LocalDate) row[2])).toList();
    }
}
