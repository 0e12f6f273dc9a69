package org.passerelle.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.notification.entity.OutboxMessage;
import org.passerelle.notification.entity.OutboxStatus;

/**
 * The sender's steps on the outbox, each in its own short transaction so that a claim, a "sent"
 * or a failure is committed before anything else happens (ADR 0012). A claim is a conditional
 * update: of two senders racing for a row, exactly one changes it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext
    EntityManager em;
    @Inject
    MailTemplates templates;
    @Inject
    Outbox outbox;

    public List<Long> due(Instant now, int limit) {
        return em.createQuery("select m.id from OutboxMessage m where m.status = :pending"
                        + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /** The message, now SENDING and counted as one more attempt; empty if another sender has it. */
    public Optional<OutboxMessage> claim(long id, Instant now) {
        int claimed = em.createQuery("update OutboxMessage m set m.status = :sending, m.claimedAt = :now,"
                        + " m.attempts = m.attempts + 1 where m.id = :id and m.status = :pending"
                        + " and m.nextAttemptAt <= :now")
                .setParameter("sending", OutboxStatus.SENDING).setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", now).setParameter("id", id).executeUpdate();
        return claimed == 1 ? Optional.of(em.find(OutboxMessage.class, id)) : Optional.empty();
    }

    public void sent(long id, Instant now) {
        em.createQuery("update OutboxMessage m set m.status = :sent, m.sentAt = :now, m.lastError = null"
                        + " where m.id = :id and m.status = :sending")
                .setParameter("sent", OutboxStatus.SENT).setParameter("sending", OutboxStatus.SENDING)
                .setParameter("now", now).setParameter("id", id).executeUpdate();
    }

    /** Back to PENDING after the back-off, or FAILED for good. */
    public void failed(long id, Instant now, String error, boolean permanent) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null || message.getStatus() != OutboxStatus.SENDING) {
            return;
        }
        boolean givesUp = permanent || Backoff.givesUp(message.getAttempts());
        String shortError = error == null ? "" : error.length() > OutboxMessage.ERROR_MAX
                ? error.substring(0, OutboxMessage.ERROR_MAX) : error;
        em.createQuery("update OutboxMessage m set m.status = :status, m.nextAttemptAt = :next,"
                        + " m.lastError = :error where m.id = :id and m.status = :sending")
                .setParameter("status", givesUp ? OutboxStatus.FAILED : OutboxStatus.PENDING)
                .setParameter("next", now.plus(Backoff.after(message.getAttempts())))
                .setParameter("error", shortError).setParameter("id", id)
                .setParameter("sending", OutboxStatus.SENDING).executeUpdate();
    }

    /** People whose held notifications are due: their quiet hours are over. */
    public List<Long> digestsDue(Instant now) {
        return em.createQuery("select distinct m.recipientId from OutboxMessage m where m.status = :held"
                        + " and m.nextAttemptAt <= :now and m.recipientId is not null", Long.class)
                .setParameter("held", OutboxStatus.HELD).setParameter("now", now).getResultList();
    }

    /** Turns one person's due held notifications into one digest mail, all or nothing. */
    public int digest(long recipientId, Instant now) {
        List<OutboxMessage> held = em.createQuery("select m from OutboxMessage m where m.recipientId = :who"
                        + " and m.status = :held and m.nextAttemptAt <= :now order by m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter("who", recipientId).setParameter("held", OutboxStatus.HELD)
                .setParameter("now", now).getResultList();
        if (held.isEmpty()) {
            return 0;
        }
        OutboxMessage first = held.get(0);
        OutboxMessage digest = outbox.enqueue(templates.digest(first.getRecipient(),
                Locale.forLanguageTag(first.getLocale()), held), recipientId, null);
        int moved = em.createQuery("update OutboxMessage m set m.status = :digested, m.digestId = :digest"
                        + " where m.id in :ids and m.status = :held")
                .setParameter("digested", OutboxStatus.DIGESTED).setParameter("digest", digest.getId())
                .setParameter("ids", held.stream().map(OutboxMessage::getId).toList())
                .setParameter("held", OutboxStatus.HELD).executeUpdate();
        if (moved != held.size()) {
            throw new IllegalStateException("another sender digested these notifications meanwhile");
        }
        return moved;
    }

    /** Claimed longer ago than {@code before} and never marked: maybe sent, maybe not (ADR 0012). */
    public long stuckSince(Instant before) {
        return em.createQuery("select count(m) from OutboxMessage m where m.status = :sending"
                        + " and m.claimedAt < :before", Long.class)
                .setParameter("sending", OutboxStatus.SENDING).setParameter("before", before).getSingleResult();
    }
}
