package org.passerelle.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.identity.entity.Member;
import org.passerelle.inbox.entity.HeldMail;
import org.passerelle.ticket.control.Attachments;
import org.passerelle.ticket.control.DeskScope;
import org.passerelle.ticket.control.RequestProblem;
import org.passerelle.ticket.entity.Ticket;

/**
 * The "à vérifier" list: mail no request could take, for agents and pool leads to attach to the
 * right member (which opens the request, files included, exactly as if the member had written
 * from their known address) or to discard with a reason that stays on record.
 */
@ApplicationScoped
@Transactional
public class HeldMails {
    static final int REASON_MIN = 3;
    static final int REASON_MAX = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    DeskScope scope;
    @Inject
    MailIntake intake;
    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;
    @Inject
    Attachments attachments;

    Clock clock = Clock.systemUTC();

    /** One held mail as the list shows it. */
    public record Row(long id, String sender, String senderName, String subject, String body, String fileNames,
                      HeldMail.Reason reason, Instant receivedAt, long version) {
    }

    public List<Row> pending(String login) {
        staff(login);
        return em.createQuery("select h from HeldMail h where h.status = :pending order by h.receivedAt, h.id",
                        HeldMail.class)
                .setParameter("pending", HeldMail.State.PENDING).getResultList().stream()
                .map(h -> new Row(h.getId(), h.getSender(), h.getSenderName(), h.getSubject(), h.getBody(),
                        h.getFileNames(), h.getReason(), h.getReceivedAt(), h.getVersion()))
                .toList();
    }

    public long pendingCount() {
        return em.createQuery("select count(h) from HeldMail h where h.status = :pending", Long.class)
                .setParameter("pending", HeldMail.State.PENDING).getSingleResult();
    }

    /**
     * Opens the request for the member named by login or email, from the mail as it was received;
     * refused when the agent could not handle that member's requests.
     */
    public String attach(String login, long id, String memberLoginOrEmail, long expectedVersion) {
        Member agent = staff(login);
        HeldMail held = pendingMail(id, expectedVersion);
        if (memberLoginOrEmail == null || memberLoginOrEmail.isBlank()) {
            throw new RequestProblem("inbox.held.memberRequired");
        }
        Member member = memberNamed(memberLoginOrEmail)
                .orElseThrow(() -> new RequestProblem("inbox.held.memberUnknown",
                        memberLoginOrEmail == null ? "" : memberLoginOrEmail.strip()));
        Path work = null;
        try {
            work = Files.createTempDirectory("passerelle-held-");
            Path raw = intake.heldDirectory().resolve(held.getStorageKey());
            IncomingMail mail = held.getReason() == HeldMail.Reason.UNREADABLE
                    ? new IncomingMail(held.getMessageKey(), null, null, held.getSubject(), held.getBody(), null,
                    Optional.empty(), Optional.empty(), false, List.of())
                    : new MailParser(attachments.policy().maxMegabytes() * 1024 * 1024)
                    .parse(raw, work.resolve("files"));
            Ticket ticket = intake.openFor(member, mail, null);
            if (!scope.mayHandle(agent, ticket)) {
                throw new RequestProblem("inbox.held.outOfScope", member.getDisplayName());
            }
            held.attached(agent, ticket.getNumber(), clock.instant());
            em.flush();
            return ticket.getNumber();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read held mail " + id, e);
        } finally {
            MailPoller.delete(work);
        }
    }

    public void discard(String login, long id, String reason, long expectedVersion) {
        Member agent = staff(login);
        String why = reason == null ? "" : reason.strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw new RequestProblem("inbox.held.reasonLength", REASON_MIN, REASON_MAX);
        }
        pendingMail(id, expectedVersion).discarded(agent, why, clock.instant());
    }

    private HeldMail pendingMail(long id, long expectedVersion) {
        HeldMail held = em.find(HeldMail.class, id);
        if (held == null || held.getStatus() != HeldMail.State.PENDING) {
            throw new RequestProblem("inbox.held.gone");
        }
        if (held.getVersion() != expectedVersion) {
            throw new RequestProblem("request.changedMeanwhile");
        }
        return held;
    }

    private Optional<Member> memberNamed(String loginOrEmail) {
        if (loginOrEmail == null || loginOrEmail.isBlank()) {
            return Optional.empty();
        }
        String wanted = loginOrEmail.strip().toLowerCase(Locale.ROOT);
        return em.createQuery("select m from Member m where (m.login = :wanted or lower(m.email) = :wanted)"
                        + " and m.active = true order by m.id", Member.class)
                .setParameter("wanted", wanted).setMaxResults(1).getResultStream().findFirst();
    }

    /** Agents and pool leads only: anyone else is told the list does not exist. */
    private Member staff(String login) {
        Member me = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
        if (me == null || !scope.isStaff(me)) {
            throw new RequestProblem("inbox.held.forbidden");
        }
        return me;
    }

    /**
     * Forgets the mails that were attached to a request whose retention period is over: their rows
     * (sender, subject, text) now, their stored copies once the caller's transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetRequest(String number) {
        List<HeldMail> held = em.createQuery("select h from HeldMail h where h.ticketNumber = :number", HeldMail.class)
                .setParameter("number", number).getResultList();
        List<Path> files = new java.util.ArrayList<>();
        for (HeldMail mail : held) {
            files.add(intake.heldDirectory().resolve(mail.getStorageKey()));
            em.remove(mail);
        }
        transactions.registerInterposedSynchronization(new org.passerelle.platform.persistence.DeleteOnCommit(files));
        return held.size();
    }
}
