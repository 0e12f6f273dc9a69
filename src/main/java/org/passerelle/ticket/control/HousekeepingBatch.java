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
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;

/** One batch of {@link Housekeeping}, in one transaction; each request is checked again inside it. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class HousekeepingBatch {
    @PersistenceContext
    EntityManager em;
    @Inject
    SlaSchedule sla;
    @Inject
    Event<RequestActivity> activity;

    public int overflow(List<Long> ids, Duration limit, Instant now) {
        List<SupportPool> provinceWide = em.createQuery("select p from SupportPool p where p.provinceWide = true"
                + " order by p.id", SupportPool.class).getResultList();
        // checked again here: an agent may have taken the request since it was listed
        List<Ticket> waiting = em.createQuery("select t from Ticket t join t.pool p where t.id in :ids"
                + " and p.provinceWide = false and t.assignee is null and t.status = :status"
                + " and t.mergedInto is null", Ticket.class)
                .setParameter("ids", ids).setParameter("status", Status.NEW).getResultList();
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

    public int close(List<Long> ids, Instant now) {
        List<Ticket> resolved = em.createQuery("select t from Ticket t where t.id in :ids and t.status = :status",
                Ticket.class).setParameter("ids", ids).setParameter("status", Status.RESOLVED).getResultList();
        resolved.forEach(t -> t.moveTo(Status.CLOSED, now));
        return resolved.size();
    }
}
