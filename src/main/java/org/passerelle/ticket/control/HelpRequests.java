package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;
import org.passerelle.ticket.entity.Visibility;

/**
 * The member side of help requests: open one, list mine (and my colleagues' when my
 * organization shares them), read one (public messages only), reply, mark resolved. A request
 * the member may not see is answered exactly like one that does not exist.
 */
@ApplicationScoped
@Transactional
public class HelpRequests {

    @PersistenceContext
    EntityManager em;
    static final int RATING_COMMENT_MAX = 2000;

    @Inject
    TicketNumbers numbers;
    @Inject
    SlaSchedule sla;
    @Inject
    Attachments attachments;
    @Inject
    Event<RequestActivity> activity;

    Clock clock = Clock.systemUTC();

    public String open(String login, NewRequest request) {
        return open(login, request, List.of());
    }

    /** Opens a request with its attachments; a refused file refuses the whole request, and says why. */
    public String open(String login, NewRequest request, List<Upload> uploads) {
        attachments.check(uploads);
        Ticket ticket = create(member(login), request, null);
        attachments.attach(ticket, null, uploads, ticket.getCreatedAt());
        return ticket.getNumber();
    }

    /**
     * Opens a request without attachments and answers it as {@link #detail} would, in the same
     * transaction: the API's creation would otherwise read back what it has just written in two more
     * transactions (about an eighth of a creation's CPU, docs/performance.md, "Fourth pass"). The
     * version is the one committed: the changes are flushed before it is read.
     */
    public RequestViews.Detail openAndShow(String login, NewRequest request) {
        Member me = member(login);
        Ticket ticket = create(me, request, null);
        em.flush();
        return detailOf(ticket, me);
    }

    /**
     * Opens a request for a member who wrote by mail; the caller has already set aside the files the
     * policy refuses, so the request is never lost because of a file.
     */
    public Ticket openFor(Member requester, NewRequest request, List<Upload> uploads) {
        Ticket ticket = create(requester, request, null);
        attachments.attach(ticket, null, uploads, ticket.getCreatedAt());
        return ticket;
    }

    /** What became of a mail answering a request: added, or why not. */
    public enum MailReply {
        ADDED, CLOSED, NOT_VISIBLE, NOT_FOUND
    }

    /**
     * Adds a member's mail to a request they may see, as a public message with its files (which
     * reopens it if it was resolved); a closed request, or one they may not see, takes nothing.
     */
    public MailReply replyFor(Member author, String number, String text, List<Upload> uploads) {
        Optional<Ticket> found = TicketLookup.reachable(em, number, t -> true);
        if (found.isEmpty()) {
            return MailReply.NOT_FOUND;
        }
        Ticket ticket = found.get();
        if (!maySee(author, ticket)) {
            return MailReply.NOT_VISIBLE;
        }
        if (ticket.getStatus() == Status.CLOSED) {
            return MailReply.CLOSED;
        }
        TicketMessage message = ticket.post(author, Visibility.PUBLIC, text, clock.instant());
        if (!uploads.isEmpty()) {
            em.persist(message);
            attachments.attach(ticket, message, uploads, message.getCreatedAt());
        }
        sla.reschedule(ticket, clock.instant());
        activity.fire(new RequestActivity(RequestActivity.Kind.PUBLIC_REPLY, ticket, author, message));
        return MailReply.ADDED;
    }

    /** Opens a request; {@code openedBy} is the agent who took it by phone, or null. */
    Ticket create(Member requester, NewRequest request, Member openedBy) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new RequestProblem(problems);
        }
        // the database keeps microseconds: the request in memory is then exactly the one stored,
        // which openAndShow answers without reading it back
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Ticket ticket = new Ticket(numbers.next(), requester, request.category(), request.urgency(),
                request.subject().strip(), request.description().strip(), now);
        if (openedBy != null) {
            ticket.openedOnBehalfBy(openedBy);
        }
        ticket.contactBy(request.contact(), request.phone() == null ? null : request.phone().strip());
        ticket.consentToReuse(request.reuseConsent());
        List<SupportPool> pools = em.createQuery("select p from SupportPool p", SupportPool.class).getResultList();
        Routing.poolFor(requester.getOrganization(), pools).ifPresent(ticket::routeTo);
        sla.reschedule(ticket, now);
        em.persist(ticket);
        activity.fire(new RequestActivity(RequestActivity.Kind.OPENED, ticket, openedBy, null));
        return ticket;
    }

    public List<RequestViews.Row> mine(String login) {
        Member me = member(login);
        return em.createQuery("select t from Ticket t join fetch t.requester r where r = :me or"
                        + " (t.organization = :organization and t.organization.colleaguesSeeRequests = true)"
                        + " order by t.updatedAt desc", Ticket.class)
                .setParameter("me", me)
                .setParameter("organization", me.getOrganization())
                .getResultList().stream()
                .map(t -> new RequestViews.Row(t.getNumber(), t.getSubject(), t.getStatus(), t.getUpdatedAt(),
                        t.getRequester().getDisplayName(), t.getRequester().getId().equals(me.getId())))
                .toList();
    }

    public Optional<RequestViews.Detail> detail(String login, String number) {
        Member me = member(login);
        return visible(me, number).map(t -> detailOf(t, me));
    }

    public void reply(String login, String number, String text, long expectedVersion) {
        reply(login, number, text, expectedVersion, List.of());
    }

    public void reply(String login, String number, String text, long expectedVersion, List<Upload> uploads) {
        if (text == null || text.strip().length() < 2 || text.length() > NewRequest.DESCRIPTION_MAX) {
            throw new RequestProblem("request.reply.length");
        }
        Member me = member(login);
        Ticket ticket = editable(me, number, expectedVersion);
        if (ticket.getStatus() == Status.CLOSED) {
            throw new RequestProblem("request.closed");
        }
        attachments.check(uploads);
        TicketMessage message = ticket.post(me, Visibility.PUBLIC, text.strip(), clock.instant());
        if (!uploads.isEmpty()) {
            em.persist(message);
            attachments.attach(ticket, message, uploads, message.getCreatedAt());
        }
        sla.reschedule(ticket, clock.instant());
        activity.fire(new RequestActivity(RequestActivity.Kind.PUBLIC_REPLY, ticket, me, message));
    }

    /** The requester's rating of the help (1 to 5, optional comment), once the request is resolved. */
    public void rate(String login, String number, Integer stars, String comment, long expectedVersion) {
        if (stars == null || stars < 1 || stars > 5) {
            throw new RequestProblem("request.rating.range");
        }
        if (comment != null && comment.length() > RATING_COMMENT_MAX) {
            throw new RequestProblem("request.rating.commentLength");
        }
        Member me = member(login);
        Ticket ticket = editable(me, number, expectedVersion);
        if (!ticket.getRequester().getId().equals(me.getId()) || ticket.getRating() != null
                || (ticket.getStatus() != Status.RESOLVED && ticket.getStatus() != Status.CLOSED)) {
            throw new RequestProblem("request.rating.notNow");
        }
        ticket.rate(stars, comment == null || comment.isBlank() ? null : comment.strip(), me, clock.instant());
    }

    public void markResolved(String login, String number, long expectedVersion) {
        Member me = member(login);
        Ticket ticket = editable(me, number, expectedVersion);
        TicketLookup.transition(ticket, Status.RESOLVED, me, clock.instant());
        sla.reschedule(ticket, clock.instant());
    }

    private Ticket editable(Member me, String number, long expectedVersion) {
        return TicketLookup.editable(visible(me, number), expectedVersion);
    }

    private Optional<Ticket> visible(Member me, String number) {
        return TicketLookup.reachable(em, number, t -> maySee(me, t));
    }

    static boolean maySee(Member me, Ticket ticket) {
        if (ticket.getRequester() == null) {
            return false; // anonymised at the end of its retention period: nobody's own request any more
        }
        if (ticket.getRequester().getId().equals(me.getId())) {
            return true;
        }
        return me.getOrganization() != null && ticket.getOrganization() != null
                && ticket.getOrganization().getId().equals(me.getOrganization().getId())
                && ticket.getOrganization().isColleaguesSeeRequests();
    }

    private RequestViews.Detail detailOf(Ticket t, Member me) {
        List<RequestViews.PublicMessage> messages = t.getPublicMessages().stream()
                .map(HelpRequests::publicMessage).toList();
        return new RequestViews.Detail(t.getNumber(), t.getSubject(), t.getBody(), t.getCategory(), t.getUrgency(),
                t.getStatus(), t.getCreatedAt(), t.getUpdatedAt(), t.getRequester().getDisplayName(),
                t.getOrganization() == null ? null : t.getOrganization().getName(),
                t.getRequester().getId().equals(me.getId()), t.getVersion(), messages, t.getRating(),
                t.getRatingComment(), attachments.rowsOf(t, false));
    }

    private static RequestViews.PublicMessage publicMessage(TicketMessage m) {
        Member author = m.getAuthor();
        boolean support = author != null && (author.hasRole(Role.AGENT) || author.hasRole(Role.POOL_LEAD)
                || author.hasRole(Role.PEER_HELPER));
        return new RequestViews.PublicMessage(m.getAuthorName(), support,
                m.getBody(), m.getCreatedAt());
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
