package org.passerelle.ticket.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.passerelle.identity.entity.Member;
import org.passerelle.ticket.entity.IllegalTransitionException;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;

/**
 * The steps every action on a request starts with, the same on the member and the support side:
 * find it by number if the person may reach it, check it is still the version they read, and
 * turn a refused transition into a message.
 */
final class TicketLookup {
    private TicketLookup() {
    }

    static Optional<Ticket> reachable(EntityManager em, String number, Predicate<Ticket> mayReach) {
        String normalized = TicketNumbers.normalize(number);
        if (normalized == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", normalized)
                .getResultStream().findFirst().filter(mayReach);
    }

    static Ticket editable(Optional<Ticket> reachable, long expectedVersion) {
        Ticket ticket = reachable.orElseThrow(() -> new RequestProblem("request.notFound"));
        if (ticket.getVersion() != expectedVersion) {
            throw new RequestProblem("request.changedMeanwhile");
        }
        return ticket;
    }

    static void transition(Ticket ticket, Status target, Member actor, Instant at) {
        try {
            ticket.moveTo(target, actor, at);
        } catch (IllegalTransitionException e) {
            throw new RequestProblem("request.transition.refused");
        }
    }
}
