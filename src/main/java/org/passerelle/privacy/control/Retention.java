package org.passerelle.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.admin.control.AdminScope;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.identity.entity.Member;
import org.passerelle.ticket.entity.Status;

/**
 * The retention period of closed requests (Loi 25, art. 23): a request closed for longer than the
 * period is anonymised ({@link RetentionBatch}). {@link #preview} says what the next run would
 * change without changing anything; {@link #run} does it, batch by batch, and writes one audit
 * entry with how many requests it anonymised. Both take "now", so the cut-off is explicit.
 */
@ApplicationScoped
public class Retention {
    static final int BATCH = 50;
    /** The preview lists this many requests at most, and says how many there are in all. */
    public static final int LISTED = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    Privacy privacy;
    @Inject
    RetentionBatch batch;
    @Inject
    AdminScope scope;
    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** One request the next run would anonymise. */
    public record Candidate(String number, Instant closedAt, boolean reuseConsent) {
    }

    /** What the next run would change; {@code candidates} holds the first {@link #LISTED}, oldest first. */
    public record Preview(int retentionMonths, boolean retentionFixed, Instant cutOff, long requests,
                          long withConsent, long withoutConsent, long attachments, long attachmentBytes,
                          List<Candidate> candidates) {
        public boolean isCapped() {
            return candidates.size() < requests;
        }
    }

    /** What a run did. */
    public record Outcome(Instant cutOff, List<String> anonymised) {
        public int count() {
            return anonymised.size();
        }
    }

    /** Closed before this instant: anonymised by a run at {@code now}. */
    public Instant cutOff(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(privacy.retentionMonths()).toInstant();
    }

    /** The dry run, for an administrator. */
    @Transactional
    public Preview preview(String login) {
        requireAdmin(login);
        return preview(clock.instant());
    }

    @Transactional
    public Preview preview(Instant now) {
        Privacy.Officer settings = privacy.settings();
        Instant cutOff = cutOff(now);
        Tuple counts = em.createQuery("select count(t), coalesce(sum(case when t.reuseConsent = true then 1 else 0 end), 0)"
                        + " from Ticket t" + DUE, Tuple.class)
                .setParameter("closed", Status.CLOSED).setParameter("cutOff", cutOff).getSingleResult();
        Tuple files = em.createQuery("select count(a), coalesce(sum(a.sizeBytes), 0) from Attachment a join a.ticket t"
                        + DUE, Tuple.class)
                .setParameter("closed", Status.CLOSED).setParameter("cutOff", cutOff).getSingleResult();
        List<Candidate> listed = em.createQuery("select t.number, t.closedAt, t.reuseConsent from Ticket t" + DUE
                        + " order by t.closedAt, t.id", Tuple.class)
                .setParameter("closed", Status.CLOSED).setParameter("cutOff", cutOff).setMaxResults(LISTED)
                .getResultList().stream()
                .map(t -> new Candidate(t.get(0, String.class), t.get(1, Instant.class), t.get(2, Boolean.class)))
                .toList();
        long requests = number(counts.get(0));
        long withConsent = number(counts.get(1));
        return new Preview(settings.retentionMonths(), settings.retentionFixed(), cutOff, requests, withConsent,
                requests - withConsent, number(files.get(0)), number(files.get(1)), listed);
    }

    private static final String DUE = " where t.status = :closed and t.closedAt < :cutOff and t.anonymisedAt is null";

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** "Appliquer maintenant": the run, by an administrator, now. */
    public Outcome runNow(String login) {
        Member me = requireAdmin(login);
        return run(clock.instant(), me.getId());
    }

    /** The scheduled run, by Passerelle itself. */
    public Outcome run(Instant now) {
        return run(now, null);
    }

    /**
     * Not one transaction: each batch commits on its own, so a crash loses at most the batch in
     * progress, which the next run takes again. The audit entry says how many were done, even then.
     */
    Outcome run(Instant now, Long actorId) {
        Instant cutOff = cutOff(now);
        List<String> done = new ArrayList<>();
        try {
            List<Long> ids = nextBatch(cutOff, List.of());
            while (!ids.isEmpty()) {
                done.addAll(batch.anonymise(ids, cutOff, now));
                ids = nextBatch(cutOff, ids);
            }
        } finally {
            batch.audit(actorId, cutOff, done.size(), privacy.retentionMonths());
        }
        return new Outcome(cutOff, List.copyOf(done));
    }

    /** The next due requests; those of the previous batch are left out in case one could not be done. */
    private List<Long> nextBatch(Instant cutOff, List<Long> previous) {
        var query = em.createQuery("select t.id from Ticket t" + DUE
                + (previous.isEmpty() ? "" : " and t.id not in :previous") + " order by t.closedAt, t.id", Long.class)
                .setParameter("closed", Status.CLOSED).setParameter("cutOff", cutOff).setMaxResults(BATCH);
        if (!previous.isEmpty()) {
            query.setParameter("previous", previous);
        }
        return query.getResultList();
    }

    private Member requireAdmin(String login) {
        Member me = scope.actor(login);
        scope.require(scope.isAdmin(me));
        return me;
    }
}
