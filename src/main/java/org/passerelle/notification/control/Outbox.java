package org.passerelle.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.passerelle.notification.entity.MailContent;
import org.passerelle.notification.entity.OutboxMessage;
import org.passerelle.platform.config.Settings;

/**
 * Puts a mail in the outbox. It must be called inside the transaction of the change that causes
 * the mail ({@code MANDATORY}): the row commits or rolls back with that change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Stores the mail; {@code heldUntil} non-null keeps it for the digest sent at that time. */
    public OutboxMessage enqueue(MailContent content, Long recipientId, Instant heldUntil) {
        OutboxMessage message = new OutboxMessage(content, recipientId, clock.instant(), heldUntil);
        em.persist(message);
        if (message.getId() == null) {
            // the Message-ID contains the row's id; an IDENTITY insert normally happens at persist,
            // so the change's own entities are not flushed early (which would bump their version twice)
            em.flush();
        }
        message.identify(MailAddresses.messageId(content.ticketNumber(), message.getId(),
                MailAddresses.domainOf(Settings.fromEnvironment().mailFrom())));
        return message;
    }
}
