package org.passerelle.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.identity.entity.Member;
import org.passerelle.privacy.entity.PrivacySettings;
import org.passerelle.inbox.control.HeldMails;
import org.passerelle.platform.web.LocaleSelection;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.control.Anonymizer;
import org.passerelle.ticket.control.Attachments;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;

/**
 * Anonymises one batch of requests in its own transaction: a crash in the middle of a run leaves
 * every request either whole or fully anonymised, never half. Each request is checked again under
 * a lock, so two runs at once (the schedule and "Appliquer maintenant") never do it twice.
 */
@ApplicationScoped
public class RetentionBatch {
    @PersistenceContext
    EntityManager em;
    @Inject
    Attachments attachments;
    @Inject
    HeldMails heldMails;
    @Inject
    AuditLog log;

    /** The numbers of the requests of this batch that were anonymised now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> anonymise(List<Long> ids, Instant cutOff, Instant now) {
        ResourceBundle french = ResourceBundle.getBundle(Messages.BUNDLE, LocaleSelection.FRENCH);
        List<String> done = new ArrayList<>();
        for (Long id : ids) {
            Ticket ticket = em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (ticket == null || ticket.isAnonymised() || ticket.getStatus() != Status.CLOSED
                    || ticket.getClosedAt() == null || !ticket.getClosedAt().isBefore(cutOff)) {
                continue;
            }
            anonymise(ticket, french, now);
            done.add(ticket.getNumber());
        }
        return done;
    }

    /**
     * The run's audit entry, in its own transaction so that it is written even when a batch failed:
     * how many requests were anonymised, closed before which instant, by whom (none: the schedule).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void audit(Long actorId, Instant cutOff, int count, int months) {
        String subject = "conservation : " + months + " mois";
        Member actor = actorId == null ? null : em.find(Member.class, actorId);
        if (actor == null) {
            log.recordBySystem("privacy", PrivacySettings.THE_ONE, subject, "anonymise", "requests", cutOff, count, null);
        } else {
            log.record(actor, "privacy", PrivacySettings.THE_ONE, subject, "anonymise", "requests", cutOff, count, null);
        }
    }

    private void anonymise(Ticket ticket, ResourceBundle french, Instant now) {
        UnaryOperator<String> subject;
        UnaryOperator<String> text;
        if (ticket.isReuseConsent()) {
            // the member agreed to the reuse of the text, not of who they are: the same scrubbing as a guide draft
            List<String> people = peopleOf(ticket);
            List<String> organizations = ticket.getOrganization() == null ? List.of()
                    : List.of(ticket.getOrganization().getName());
            subject = s -> Anonymizer.scrub(s, people, organizations);
            text = subject;
        } else {
            String subjectPlaceholder = french.getString("retention.placeholder.subject");
            String textPlaceholder = french.getString("retention.placeholder.text");
            subject = s -> subjectPlaceholder;
            text = s -> textPlaceholder;
        }
        String number = ticket.getNumber();
        attachments.discardAll(ticket);
        heldMails.forgetRequest(number);
        em.createQuery("update ProcessedMail p set p.sender = null, p.subject = null where p.ticketNumber = :n")
                .setParameter("n", number).executeUpdate();
        em.createQuery("update OutboxMessage o set o.digestId = null where o.digestId in"
                + " (select d.id from OutboxMessage d where d.ticketNumber = :n)").setParameter("n", number)
                .executeUpdate();
        em.createQuery("delete from OutboxMessage o where o.ticketNumber = :n").setParameter("n", number)
                .executeUpdate();
        em.createQuery("delete from AppNotification a where a.ticketNumber = :n").setParameter("n", number)
                .executeUpdate();
        ticket.anonymise(now, subject, text);
        // messages are indexed through the request: say explicitly that its whole document changed
        Search.session(em).indexingPlan().addOrUpdate(ticket);
    }

    private static List<String> peopleOf(Ticket ticket) {
        List<String> people = new ArrayList<>();
        if (ticket.getRequester() != null) {
            people.add(ticket.getRequester().getDisplayName());
        }
        ticket.getMessages().stream().map(TicketMessage::getAuthor).filter(a -> a != null)
                .map(Member::getDisplayName).forEach(people::add);
        ticket.getHelpers().stream().map(Member::getDisplayName).forEach(people::add);
        if (ticket.getAssignee() != null) {
            people.add(ticket.getAssignee().getDisplayName());
        }
        return people.stream().distinct().toList();
    }
}
