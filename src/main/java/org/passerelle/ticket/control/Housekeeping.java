package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.passerelle.platform.config.Settings;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;

/**
 * What nobody should have to remember: a new request left unassigned too long in a regional pool
 * overflows to the province-wide pool, and a request resolved for some days is closed. Both are
 * written to the history as done by Passerelle itself.
 */
@ApplicationScoped
@Transactional
public class Housekeeping {
    @PersistenceContext
    EntityManager em;
    @Inject
    SlaSchedule sla;
    @Inject
    Event<RequestActivity> activity;

    private final Settings settings = Settings.fromEnvironment();

    /** Moves the requests unassigned for too many business hours; returns how many moved. */
    public int overflow(Instant now) {
        Duration limit = Duration.ofHours(settings.overflowBusinessHours());
        List<SupportPool> provinceWide = em.createQuery("select p from SupportPool p where p.provinceWide = true"
                + " order by p.id", SupportPool.class).getResultList();
        List<Ticket> waiting = em.createQuery("select t from Ticket t join t.pool p where p.provinceWide = false"
                + " and t.assignee is null and t.status = :status and t.mergedInto is null", Ticket.class)
                .setParameter("status", Status.NEW).getResultList();
        int moved = 0;
        for (Ticket ticket : waiting) {
            Duration waited = SlaSchedule.calendarOf(ticket.getPool()).businessTimeBetween(ticket.getCreatedAt(), now);
            Optional<SupportPool> target = overflowPool(ticket, provinceWide);
            if (waited.compareTo(limit) >= 0 && target.isPresent()) {
                ticket.routeTo(target.get(), null, now);
                sla.reschedule(ticket, now);
                activity.fire(new RequestActivity(RequestActivity.Kind.OVERFLOWED, ticket, null, null));
                moved++;
            }
        }
        return moved;
    }

    private static Optional<SupportPool> overflowPool(Ticket ticket, List<SupportPool> provinceWide) {
        var network = ticket.getOrganization() == null ? null : ticket.getOrganization().getNetwork();
        return provinceWide.stream()
                .filter(p -> network == null || p.getNetworks().isEmpty() || p.getNetworks().contains(network))
                .min(Comparator.comparing(SupportPool::getId));
    }

    /** Closes the requests resolved more than the configured number of days ago; returns how many. */
    public int closeResolved(Instant now) {
        Instant before = now.minus(Duration.ofDays(settings.autoCloseDays()));
        List<Ticket> resolved = em.createQuery("select t from Ticket t where t.status = :status"
                        + " and t.resolvedAt < :before", Ticket.class)
                .setParameter("status", Status.RESOLVED).setParameter("before", before).getResultList();
        resolved.forEach(t -> t.moveTo(Status.CLOSED, now));
        return resolved.size();
    }
}
