package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.Region;
import org.passerelle.identity.entity.Role;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.RequestView;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.ticket.entity.Visibility;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * The support pool's side of help requests: the queue, the whole thread with internal notes, and
 * every triage action. Who may handle what is decided by {@link DeskScope}; a request outside
 * somebody's scope is answered exactly like one that does not exist. Every action names the
 * version the person saw, so that two agents never silently overwrite each other.
 */
@ApplicationScoped
@Transactional
public class SupportDesk {
    static final int TAG_MAX = 60;
    static final int PAGE_MAX = 200;
    private static final String QUEUE_FROM = " from Ticket t left join t.requester r left join t.organization o"
            + " left join o.region reg left join o.network n left join t.assignee a left join t.pool p where ";

    @PersistenceContext
    EntityManager em;
    @Inject
    DeskScope scope;
    @Inject
    SlaSchedule sla;
    @Inject
    HelpRequests helpRequests;
    @Inject
    Attachments attachmentStore;
    @Inject
    Event<RequestActivity> activity;
    @Inject
    QueueChoicesCache choicesCache;

    Clock clock = Clock.systemUTC();

    /**
     * One page of the queue and the number of requests that match the filter, in one transaction:
     * the caller and the condition are worked out once for both queries.
     */
    public DeskViews.QueuePage queue(String login, QueueFilter filter, QueueFilter.Sort sort, boolean ascending,
                                     int first, int pageSize) {
        Instant now = clock.instant();
        Map<String, Object> parameters = new HashMap<>();
        String where = where(member(login), filter, now, parameters);
        return new DeskViews.QueuePage(rows(where, parameters, now, sort, ascending, first, pageSize),
                count(where, parameters));
    }

    public long queueCount(String login, QueueFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        return count(where(member(login), filter, clock.instant(), parameters), parameters);
    }

    public List<DeskViews.QueueRow> queueRows(String login, QueueFilter filter, QueueFilter.Sort sort,
                                              boolean ascending, int first, int pageSize) {
        Instant now = clock.instant();
        Map<String, Object> parameters = new HashMap<>();
        return rows(where(member(login), filter, now, parameters), parameters, now, sort, ascending, first, pageSize);
    }

    private long count(String where, Map<String, Object> parameters) {
        TypedQuery<Long> count = em.createQuery("select count(t)" + QUEUE_FROM + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private List<DeskViews.QueueRow> rows(String where, Map<String, Object> parameters, Instant now,
                                          QueueFilter.Sort sort, boolean ascending, int first, int pageSize) {
        TypedQuery<Tuple> rows = em.createQuery("select t.number, t.subject, t.status, t.urgency, t.category,"
                + " r.displayName, o.name, reg.code, a.displayName, t.createdAt, t.updatedAt, t.firstResponseAt,"
                + " t.firstResponseDueAt, t.resolutionDueAt" + QUEUE_FROM + where + " order by "
                + (sort == null ? QueueFilter.Sort.UPDATED : sort).path() + (ascending ? " asc" : " desc")
                + ", t.id desc", Tuple.class);
        parameters.forEach(rows::setParameter);
        rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, PAGE_MAX)));
        return rows.getResultList().stream().map(t -> row(t, now)).toList();
    }

    /**
     * Of the given requests, those in this person's scope ({@link DeskScope}, the queue's very
     * condition) that pass the queue filter, as queue rows by request id. The search uses it to
     * check every hit the index proposes against the database.
     */
    public Map<Long, DeskViews.QueueRow> queueRowsAmong(String login, QueueFilter filter, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        Map<String, Object> parameters = new HashMap<>();
        String where = where(member(login), filter, now, parameters) + " and t.id in :ids";
        parameters.put("ids", ids);
        TypedQuery<Tuple> rows = em.createQuery("select t.number, t.subject, t.status, t.urgency, t.category,"
                + " r.displayName, o.name, reg.code, a.displayName, t.createdAt, t.updatedAt, t.firstResponseAt,"
                + " t.firstResponseDueAt, t.resolutionDueAt, t.id" + QUEUE_FROM + where, Tuple.class);
        parameters.forEach(rows::setParameter);
        Map<Long, DeskViews.QueueRow> found = new HashMap<>();
        rows.getResultList().forEach(t -> found.put(t.get(14, Long.class), row(t, now)));
        return found;
    }

    /**
     * The values the queue's filters offer this person: regions, their networks, organizations,
     * agents; read once a minute at most per person (QueueChoicesCache), not at each opening.
     */
    public DeskViews.QueueChoices queueChoices(String login) {
        return choicesCache.get(login, () -> readQueueChoices(login));
    }

    private DeskViews.QueueChoices readQueueChoices(String login) {
        Member me = staff(login);
        List<SupportPool> pools = scope.poolsOf(me);
        List<DeskViews.Option> regions = em.createNamedQuery(Region.ALL, Region.class).getResultList().stream()
                .map(r -> new DeskViews.Option(r.getCode(), r.getCode() + " " + r.getName())).toList();
        List<DeskViews.Option> networks = pools.stream().flatMap(p -> p.getNetworks().stream()).distinct()
                .sorted(Comparator.comparing(Network::getName))
                .map(n -> new DeskViews.Option(String.valueOf(n.getId()), n.getName())).toList();
        List<DeskViews.Option> organizations = em.createQuery("select o from Organization o where o.active = true"
                        + " order by o.name", Organization.class).getResultList().stream()
                .map(o -> new DeskViews.Option(String.valueOf(o.getId()), o.getName())).toList();
        List<DeskViews.Person> agents = pools.stream().flatMap(p -> p.getAgents().stream()).distinct()
                .sorted(Comparator.comparing(Member::getDisplayName))
                .map(m -> new DeskViews.Person(m.getLogin(), m.getDisplayName())).toList();
        return new DeskViews.QueueChoices(regions, networks, organizations, agents);
    }

    private String where(Member me, QueueFilter filter, Instant now, Map<String, Object> parameters) {
        return scope.queueCondition(me, parameters) + conditions(filter, now, parameters);
    }

    private static String conditions(QueueFilter filter, Instant now, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" and t.mergedInto is null");
        if (!filter.statuses().isEmpty()) {
            where.append(" and t.status in :statuses");
            parameters.put("statuses", filter.statuses());
        }
        if (filter.category() != null) {
            where.append(" and t.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.urgency() != null) {
            where.append(" and t.urgency = :urgency");
            parameters.put("urgency", filter.urgency());
        }
        if (filter.regionCode() != null) {
            where.append(" and reg.code = :region");
            parameters.put("region", filter.regionCode());
        }
        if (filter.networkId() != null) {
            where.append(" and n.id = :network");
            parameters.put("network", filter.networkId());
        }
        if (filter.organizationId() != null) {
            where.append(" and o.id = :organization");
            parameters.put("organization", filter.organizationId());
        }
        if (QueueFilter.UNASSIGNED.equals(filter.assignee())) {
            where.append(" and a is null");
        } else if (filter.assignee() != null) {
            where.append(" and a.login = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.overdueOnly()) {
            where.append(" and (t.resolutionDueAt < :now or (t.firstResponseAt is null and t.firstResponseDueAt < :now))");
            parameters.put("now", now);
        }
        return where.toString();
    }

    private static DeskViews.QueueRow row(Tuple t, Instant now) {
        Instant firstResponseAt = t.get(11, Instant.class);
        Instant firstDue = t.get(12, Instant.class);
        Instant resolutionDue = t.get(13, Instant.class);
        Instant due = firstResponseAt == null && firstDue != null ? firstDue : resolutionDue;
        return new DeskViews.QueueRow(t.get(0, String.class), t.get(1, String.class), t.get(2, Status.class),
                t.get(3, Urgency.class), t.get(4, Category.class),
                // no requester any more: anonymised at the end of the retention period
                t.get(5, String.class) == null ? Member.FORMER_MEMBER : t.get(5, String.class), t.get(6, String.class),
                t.get(7, String.class), t.get(8, String.class), t.get(9, Instant.class), t.get(10, Instant.class), due,
                Overdue.at(now, firstResponseAt, firstDue, resolutionDue));
    }

    public Optional<DeskViews.Detail> detail(String login, String number) {
        Member me = member(login);
        return handled(me, number).map(t -> detailOf(t, me, clock.instant()));
    }

    /**
     * The request as {@link #detail} shows it, and the view written to the access log (Loi 25) in the
     * same transaction: for a page load or an API read, never for an action's re-read. A support
     * person who is also the requester reads their own request: not logged.
     */
    public Optional<DeskViews.Detail> view(String login, String number, RequestView.Channel channel) {
        Member me = member(login);
        Instant now = clock.instant();
        return handled(me, number).map(t -> {
            if (t.getRequester() == null || !t.getRequester().getId().equals(me.getId())) {
                em.persist(new RequestView(t, me, channel, now));
            }
            return detailOf(t, me, now);
        });
    }

    /** Everyone the request can be given to: the agents of its pool. */
    public List<DeskViews.Person> assignableAgents(String login, String number) {
        Member me = member(login);
        return handled(me, number).filter(t -> t.getPool() != null)
                .map(t -> t.getPool().getAgents().stream().sorted(Comparator.comparing(Member::getDisplayName))
                        .map(m -> new DeskViews.Person(m.getLogin(), m.getDisplayName())).toList())
                .orElse(List.of());
    }

    /** Peer helpers, those who master the request's category first. */
    public List<DeskViews.Person> peerHelpers(String login) {
        member(login);
        return em.createQuery("select distinct m from Member m join m.roles role where role = :role"
                        + " and m.active = true order by m.displayName", Member.class)
                .setParameter("role", Role.PEER_HELPER).getResultList().stream()
                .map(m -> new DeskViews.Person(m.getLogin(), m.getDisplayName()
                        + (m.getTopics().isEmpty() ? "" : " (" + String.join(", ", m.getTopics()) + ")")))
                .toList();
    }

    /**
     * A public reply or an internal note; optionally moves the request to a new status at once. The
     * toolbox entries the answer links to count this request as solved by them.
     */
    public void reply(String login, String number, DeskReply reply, long expectedVersion) {
        String text = reply.text();
        if (text == null || text.strip().length() < 2 || text.length() > NewRequest.DESCRIPTION_MAX) {
            throw new RequestProblem("request.reply.length");
        }
        Member me = member(login);
        Ticket ticket = editable(me, number, expectedVersion);
        if (ticket.getStatus() == Status.CLOSED) {
            throw new RequestProblem("request.closed");
        }
        if (reply.internal() && !scope.isStaff(me)) {
            throw new RequestProblem("desk.note.staffOnly");
        }
        attachmentStore.check(reply.uploads());
        Instant now = clock.instant();
        Status before = ticket.getStatus();
        TicketMessage message = ticket.post(me, reply.internal() ? Visibility.INTERNAL : Visibility.PUBLIC,
                text.strip(), now);
        if (!reply.uploads().isEmpty()) {
            em.persist(message);
            attachmentStore.attach(ticket, message, reply.uploads(), now);
        }
        if (!reply.internal()) {
            if (ticket.getStatus() == Status.NEW) {
                TicketLookup.transition(ticket, Status.OPEN, me, now);
            }
            for (String slug : reply.toolboxSlugs()) {
                em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug)
                        .getResultStream().findFirst().filter(ToolboxEntry::isPublished)
                        .filter(e -> text.contains(slug)).ifPresent(ticket::solvedWith);
            }
        }
        if (reply.thenStatus() != null) {
            TicketLookup.transition(ticket, reply.thenStatus(), me, now);
        }
        sla.reschedule(ticket, now);
        Optional<RequestActivity.Kind> toldByStatus = statusNews(ticket, before);
        if (!reply.internal() && toldByStatus.isPresent()) {
            // one mail and one in-app notice for the member: the status news carries the reply
            activity.fire(new RequestActivity(toldByStatus.get(), ticket, me, message));
            return;
        }
        activity.fire(new RequestActivity(reply.internal() ? RequestActivity.Kind.INTERNAL_NOTE
                : RequestActivity.Kind.PUBLIC_REPLY, ticket, me, message));
        statusChanged(ticket, before, me);
    }

    /** The news the member gets when the request moved from {@code before}, if the move is news to them. */
    private static Optional<RequestActivity.Kind> statusNews(Ticket ticket, Status before) {
        if (ticket.getStatus() == before) {
            return Optional.empty();
        }
        return switch (ticket.getStatus()) {
            case WAITING_ON_MEMBER -> Optional.of(RequestActivity.Kind.WAITING_ON_MEMBER);
            case RESOLVED -> Optional.of(RequestActivity.Kind.RESOLVED);
            default -> Optional.empty();
        };
    }

    /** Tells the member when the request now waits on them or is resolved. */
    private void statusChanged(Ticket ticket, Status before, Member me) {
        statusNews(ticket, before).ifPresent(kind -> activity.fire(new RequestActivity(kind, ticket, me, null)));
    }

    /** Tells an agent a request is now theirs (not when they took it themselves). */
    private void assigneeChanged(Ticket ticket, Member before, Member me) {
        Member now = ticket.getAssignee();
        if (now != null && !now.equals(before) && !now.equals(me)) {
            activity.fire(new RequestActivity(RequestActivity.Kind.ASSIGNED, ticket, me, null));
        }
    }

    /** Opens a request for a member who asked by phone or in person; the history says who typed it. */
    public String openOnBehalf(String login, String member, NewRequest request) {
        return openOnBehalf(login, member, request, List.of());
    }

    /** The member is named by login or email; their files come along as if they had sent them. */
    public String openOnBehalf(String login, String member, NewRequest request, List<Upload> uploads) {
        Member me = staff(login);
        Member requester = em.createQuery("select m from Member m where m.login = :who or lower(m.email) = :email",
                        Member.class)
                .setParameter("who", member).setParameter("email", member.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().filter(Member::isActive)
                .orElseThrow(() -> new RequestProblem("desk.onBehalf.unknownMember"));
        attachmentStore.check(uploads);
        Ticket ticket = helpRequests.create(requester, request, me);
        attachmentStore.attach(ticket, null, uploads, ticket.getCreatedAt());
        return ticket.getNumber();
    }

    /** The triage box: assignee, status, urgency, category and tags, all or nothing. */
    public void triage(String login, String number, Triage change, long expectedVersion) {
        Member me = staff(login);
        Ticket ticket = editable(me, number, expectedVersion);
        Instant now = clock.instant();
        Status statusBefore = ticket.getStatus();
        Member assigneeBefore = ticket.getAssignee();
        String wanted = change.assigneeLogin() == null || change.assigneeLogin().isBlank() ? null
                : change.assigneeLogin();
        String current = ticket.getAssignee() == null ? null : ticket.getAssignee().getLogin();
        if (!Objects.equals(wanted, current)) {
            ticket.assignTo(wanted == null ? null : agentFor(ticket, wanted), me, now);
        }
        if (change.status() != null) {
            TicketLookup.transition(ticket, change.status(), me, now);
        }
        if (change.urgency() != null) {
            ticket.changeUrgency(change.urgency(), me, now);
        }
        if (change.category() != null) {
            ticket.changeCategory(change.category(), me, now);
        }
        ticket.retag(tags(change.tags()), me, now);
        sla.reschedule(ticket, now);
        assigneeChanged(ticket, assigneeBefore, me);
        statusChanged(ticket, statusBefore, me);
    }

    public void take(String login, String number, long expectedVersion) {
        assign(login, number, login, expectedVersion);
    }

    /** Gives the request to an agent of its pool, or to nobody when {@code agentLogin} is null. */
    public void assign(String login, String number, String agentLogin, long expectedVersion) {
        Member me = staff(login);
        Ticket ticket = editable(me, number, expectedVersion);
        Member agent = agentLogin == null || agentLogin.isBlank() ? null : agentFor(ticket, agentLogin);
        Instant now = clock.instant();
        Member before = ticket.getAssignee();
        ticket.assignTo(agent, me, now);
        sla.reschedule(ticket, now);
        assigneeChanged(ticket, before, me);
    }

    public void changeStatus(String login, String number, Status target, long expectedVersion) {
        Member me = staff(login);
        Ticket ticket = editable(me, number, expectedVersion);
        Instant now = clock.instant();
        Status before = ticket.getStatus();
        TicketLookup.transition(ticket, target, me, now);
        sla.reschedule(ticket, now);
        statusChanged(ticket, before, me);
    }

    public void changeUrgency(String login, String number, Urgency target, long expectedVersion) {
        Member me = staff(login);
        Ticket ticket = editable(me, number, expectedVersion);
        Instant now = clock.instant();
        ticket.changeUrgency(target, me, now);
        sla.reschedule(ticket, now);
    }

    public void changeCategory(String login, String number, Category target, long expectedVersion) {
        Member me = staff(login);
        editable(me, number, expectedVersion).changeCategory(target, me, clock.instant());
    }

    /** Replaces the tags with those written, comma-separated; tags are lower case, at most 60 letters. */
    public void retag(String login, String number, String tagsText, long expectedVersion) {
        Member me = staff(login);
        editable(me, number, expectedVersion).retag(tags(tagsText), me, clock.instant());
    }

    private static Set<String> tags(String tagsText) {
        Set<String> tags = new LinkedHashSet<>();
        for (String raw : (tagsText == null ? "" : tagsText).split(",")) {
            String tag = raw.strip().toLowerCase(Locale.CANADA_FRENCH);
            if (tag.length() > TAG_MAX) {
                throw new RequestProblem("desk.tags.tooLong");
            }
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return tags;
    }

    public void link(String login, String number, String otherNumber, long expectedVersion) {
        Member me = staff(login);
        Ticket ticket = editable(me, number, expectedVersion);
        Ticket other = handled(me, otherNumber).orElseThrow(() -> new RequestProblem("desk.other.notFound"));
        if (other == ticket) {
            throw new RequestProblem("desk.other.same");
        }
        ticket.linkTo(other, me, clock.instant());
    }

    /** Merges this duplicate into {@code survivorNumber}; the messages and attachments move there. */
    public void mergeInto(String login, String number, String survivorNumber, long expectedVersion) {
        Member me = staff(login);
        Ticket duplicate = editable(me, number, expectedVersion);
        Ticket survivor = handled(me, survivorNumber).orElseThrow(() -> new RequestProblem("desk.other.notFound"));
        if (survivor == duplicate) {
            throw new RequestProblem("desk.other.same");
        }
        if (duplicate.getMergedInto() != null || survivor.getMergedInto() != null) {
            throw new RequestProblem("desk.merge.already");
        }
        Instant now = clock.instant();
        duplicate.mergeInto(survivor, me, now);
        em.createQuery("update Attachment a set a.ticket = :survivor where a.ticket = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
        sla.reschedule(duplicate, now);
    }

    public void invite(String login, String number, String helperLogin, long expectedVersion) {
        Member me = staff(login);
        Ticket ticket = editable(me, number, expectedVersion);
        Member helper = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", helperLogin)
                .getResultStream().findFirst().filter(m -> m.hasRole(Role.PEER_HELPER) && m.isActive())
                .orElseThrow(() -> new RequestProblem("desk.helper.unknown"));
        ticket.invite(helper, me, clock.instant());
    }

    /** Assigns several requests at once; returns how many changed. Requests out of scope are skipped. */
    public int bulkAssign(String login, List<String> numbers, String agentLogin) {
        Member me = staff(login);
        Instant now = clock.instant();
        int changed = 0;
        for (String number : numbers) {
            Optional<Ticket> ticket = handled(me, number);
            if (ticket.isPresent()) {
                Member before = ticket.get().getAssignee();
                ticket.get().assignTo(agentFor(ticket.get(), agentLogin), me, now);
                sla.reschedule(ticket.get(), now);
                assigneeChanged(ticket.get(), before, me);
                changed++;
            }
        }
        return changed;
    }

    /** Closes several requests at once; returns how many closed. Already closed ones are skipped. */
    public int bulkClose(String login, List<String> numbers) {
        Member me = staff(login);
        Instant now = clock.instant();
        int changed = 0;
        for (String number : numbers) {
            Optional<Ticket> ticket = handled(me, number).filter(t -> t.getStatus() != Status.CLOSED);
            if (ticket.isPresent()) {
                ticket.get().moveTo(Status.CLOSED, me, now);
                sla.reschedule(ticket.get(), now);
                changed++;
            }
        }
        return changed;
    }

    private Member agentFor(Ticket ticket, String agentLogin) {
        return ticket.getPool() == null ? null : ticket.getPool().getAgents().stream()
                .filter(a -> a.getLogin().equals(agentLogin)).findFirst()
                .orElseThrow(() -> new RequestProblem("desk.assignee.notInPool"));
    }

    private Ticket editable(Member me, String number, long expectedVersion) {
        return TicketLookup.editable(handled(me, number), expectedVersion);
    }

    Optional<Ticket> handled(Member me, String number) {
        return TicketLookup.reachable(em, number, t -> scope.mayHandle(me, t));
    }

    /** Internal notes and their files are for staff only, not for an invited peer helper. */
    private DeskViews.Detail detailOf(Ticket t, Member me, Instant now) {
        boolean staff = scope.isStaff(me);
        List<DeskViews.Message> messages = new ArrayList<>();
        for (TicketMessage m : t.getMessages()) {
            if (m.isInternal() && !staff) {
                continue;
            }
            Member author = m.getAuthor();
            messages.add(new DeskViews.Message(m.getAuthorName(),
                    author != null && scope.isSupport(author), m.isInternal(), m.getBody(), m.getCreatedAt()));
        }
        List<DeskViews.Event> history = t.getEvents().stream()
                .map(e -> new DeskViews.Event(e.getActor() == null ? null : e.getActor().getDisplayName(), e.getAt(),
                        e.getField(), e.getOldValue(), e.getNewValue()))
                .toList();
        List<DeskViews.AttachmentRow> attachments = attachmentStore.rowsOf(t, staff);
        Member requester = t.getRequester();
        Member assignee = t.getAssignee();
        return new DeskViews.Detail(t.getNumber(), t.getSubject(), t.getBody(), t.getCategory(), t.getUrgency(),
                t.getStatus(), t.getCreatedAt(), t.getUpdatedAt(), requester == null ? null : requester.getLogin(),
                requester == null ? Member.FORMER_MEMBER : requester.getDisplayName(),
                requester == null ? null : requester.getEmail(), t.getContactPhone(), t.getPreferredContact().name(),
                t.getOrganization() == null ? null : t.getOrganization().getName(),
                t.getPool() == null ? null : t.getPool().getName(),
                assignee == null ? null : assignee.getLogin(), assignee == null ? null : assignee.getDisplayName(),
                t.getFirstResponseAt() == null ? t.getFirstResponseDueAt() : null, t.getResolutionDueAt(),
                Overdue.at(now, t.getFirstResponseAt(), t.getFirstResponseDueAt(), t.getResolutionDueAt()),
                t.getMergedInto() == null ? null : t.getMergedInto().getNumber(), t.isReuseConsent(), t.getRating(),
                t.getRatingComment(), t.getTags().stream().sorted().toList(),
                t.getLinked().stream().map(Ticket::getNumber).sorted().toList(),
                t.getHelpers().stream().map(h -> new DeskViews.Person(h.getLogin(), h.getDisplayName())).toList(),
                messages, history, attachments, t.getVersion());
    }

    private Member staff(String login) {
        Member me = member(login);
        if (!scope.isStaff(me)) {
            throw new RequestProblem("request.notFound");
        }
        return me;
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
