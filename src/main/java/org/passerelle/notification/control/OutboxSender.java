package org.passerelle.notification.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.passerelle.notification.entity.OutboxMessage;
import org.passerelle.platform.config.Settings;

/**
 * Sends the outbox every ten seconds. For each due message: claim it (committed), hand it to
 * SMTP, mark it sent (committed) right after the server accepted it. Nothing is sent inside a
 * database transaction, and a message is never claimed twice, so it is never sent twice; the
 * only gap, a crash between the SMTP accept and the "sent" commit, leaves it SENDING for an
 * operator to look at rather than risk a duplicate (ADR 0012). A singleton's timer never overlaps
 * itself; several servers are safe too, because the claim is a conditional update.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    static final int BATCH = 50;
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);

    @Inject
    OutboxStore store;
    @Inject
    SmtpTransport transport;

    private boolean idleLogged;
    private long stuckLogged;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void tick() {
        try {
            deliverDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbox round failed; the next one tries again in ten seconds", e);
        }
    }

    /** Releases due digests, then sends what is due at {@code now}; returns how many were accepted. */
    public int deliverDue(Instant now) {
        for (Long recipient : store.digestsDue(now)) {
            try {
                store.digest(recipient, now);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "digest skipped this round", e);
            }
        }
        Optional<SmtpSettings> smtp = SmtpSettings.from(Settings.fromEnvironment());
        if (smtp.isEmpty()) {
            if (!idleLogged) {
                LOG.info("no PASSERELLE_SMTP_HOST: notifications are kept in the outbox and not sent");
                idleLogged = true;
            }
            return 0;
        }
        idleLogged = false;
        reportStuck(now);
        int sent = 0;
        for (Long id : store.due(now, BATCH)) {
            Optional<OutboxMessage> claimed = store.claim(id, now);
            if (claimed.isPresent() && send(claimed.get(), smtp.get(), now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(OutboxMessage message, SmtpSettings smtp, Instant now) {
        try {
            transport.send(message, smtp);
        } catch (SendFailedException e) {
            boolean permanent = e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0;
            LOG.warning(() -> "outbox message " + message.getId() + " refused by " + smtp + ": " + e.getMessage());
            store.failed(message.getId(), now, e.toString(), permanent && e.getInvalidAddresses() != null
                    && e.getInvalidAddresses().length > 0);
            return false;
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "outbox message " + message.getId() + " not sent (" + smtp + "), attempt "
                    + message.getAttempts() + ": " + e);
            store.failed(message.getId(), now, e.toString(), false);
            return false;
        }
        store.sent(message.getId(), Instant.now().isAfter(now) ? Instant.now() : now);
        return true;
    }

    private void reportStuck(Instant now) {
        long stuck = store.stuckSince(now.minus(STUCK_AFTER));
        if (stuck > 0 && stuck != stuckLogged) {
            LOG.warning(() -> stuck + " outbox message(s) stayed SENDING: the server stopped between the SMTP"
                    + " accept and the database; see docs/operations.md before sending them again");
        }
        stuckLogged = stuck;
    }
}
