package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.passerelle.platform.config.Settings;
import org.passerelle.ticket.entity.Status;

/**
 * What nobody should have to remember: a new request left unassigned too long in a regional pool
 * overflows to the province-wide pool, and a request resolved for some days is closed. Both are
 * written to the history as done by Passerelle itself.
 *
 * <p>The candidates are found first, then handled {@link #BATCH} at a time, each batch in its own
 * transaction ({@link HousekeepingBatch}): a backlog of thousands (a restored database, a pool left
 * alone over the holidays) then costs thousands of small transactions, not one whose persistence
 * context grows with every request moved and is dirty-checked again before each query
 * (docs/performance.md, search, fourth pass). A batch that fails leaves the earlier ones done.
 */
@ApplicationScoped
public class Housekeeping {
    static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;
    @Inject
    HousekeepingBatch batch;

    private final Settings settings = Settings.fromEnvironment();

    /** Moves the requests unassigned for too many business hours; returns how many moved. */
    public int overflow(Instant now) {
        Duration limit = Duration.ofHours(settings.overflowBusinessHours());
        // business time never exceeds calendar time: anything younger than the limit cannot be due
        List<Long> waiting = em.createQuery("select t.id from Ticket t join t.pool p where p.provinceWide = false"
                        + " and t.assignee is null and t.status = :status and t.mergedInto is null"
                        + " and t.createdAt <= :latest order by t.id", Long.class)
                .setParameter("status", Status.NEW).setParameter("latest", now.minus(limit)).getResultList();
        int moved = 0;
        for (List<Long> ids : chunks(waiting)) {
            moved += batch.overflow(ids, limit, now);
        }
        return moved;
    }

    /** Closes the requests resolved more than the configured number of days ago; returns how many. */
    public int closeResolved(Instant now) {
        Instant before = now.minus(Duration.ofDays(settings.autoCloseDays()));
        List<Long> resolved = em.createQuery("select t.id from Ticket t where t.status = :status"
                        + " and t.resolvedAt < :before order by t.id", Long.class)
                .setParameter("status", Status.RESOLVED).setParameter("before", before).getResultList();
        int closed = 0;
        for (List<Long> ids : chunks(resolved)) {
            closed += batch.close(ids, now);
        }
        return closed;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return chunks;
    }
}
