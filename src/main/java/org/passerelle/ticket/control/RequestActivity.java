package org.passerelle.ticket.control;

import java.util.Objects;
import org.passerelle.identity.entity.Member;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;

/**
 * Something happened to a request that somebody may want to hear about. Fired as a CDI event
 * inside the transaction of the change and observed synchronously by the notifications, so the
 * notification is stored with the change or not at all.
 *
 * @param message the reply or note, for {@link Kind#PUBLIC_REPLY} and {@link Kind#INTERNAL_NOTE}; for
 *                {@link Kind#RESOLVED} and {@link Kind#WAITING_ON_MEMBER}, the public reply that made the
 *                change in the same action (then no separate PUBLIC_REPLY is fired: one notice, not two)
 */
public record RequestActivity(Kind kind, Ticket ticket, Member actor, TicketMessage message) {

    public enum Kind {
        OPENED, PUBLIC_REPLY, INTERNAL_NOTE, WAITING_ON_MEMBER, RESOLVED, ASSIGNED,
        /** Moved by the housekeeping to the province-wide pool: new for that pool's agents. */
        OVERFLOWED
    }

    public RequestActivity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ticket, "ticket");
    }
}
