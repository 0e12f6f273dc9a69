package org.passerelle.incident.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.passerelle.admin.control.AdminScope;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.incident.entity.Incident;
import org.passerelle.incident.entity.IncidentDetails;
import org.passerelle.ticket.control.DeskScope;
import org.passerelle.ticket.control.TicketNumbers;
import org.passerelle.ticket.entity.Ticket;

/**
 * The confidentiality-incident register. An administrator keeps all of it; a coordinator their
 * network's (anyone else's answers like a missing one); an agent or pool lead may start a draft
 * from a request they handle and sees only the incidents they reported. Every change is audited
 * field by field in its transaction; a stale edit fails on the version.
 */
@ApplicationScoped
@Transactional
public class Incidents {
    static final ZoneId QUEBEC = ZoneId.of("America/Montreal");
    static final String SUBJECT = "incident";

    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;
    @Inject
    AuditLog audit;
    @Inject
    DeskScope desk;

    Clock clock = Clock.systemUTC();

    /** One line of the register as the list shows it. */
    public record Row(long id, LocalDate discoveredOn, String description, String status, boolean draft,
                      String ticketNumber, String network, String reportedBy) {
    }

    /** The register as this person may read it, newest first. */
    public List<Row> list(String login) {
        Member me = member(login);
        List<Incident> incidents;
        if (scope.isAdmin(me)) {
            incidents = em.createNamedQuery(Incident.ALL, Incident.class).getResultList();
        } else if (scope.coordinated(me) != null) {
            incidents = em.createNamedQuery(Incident.OF_NETWORK, Incident.class)
                    .setParameter("network", scope.coordinated(me).getId()).getResultList();
        } else if (desk.isStaff(me)) {
            incidents = em.createNamedQuery(Incident.REPORTED_BY, Incident.class).setParameter("member", me.getId())
                    .getResultList();
        } else {
            throw AccountProblem.forbidden("admin.forbidden");
        }
        return incidents.stream().map(Incidents::row).toList();
    }

    /** The incidents this agent reported from one request (what the desk page reminds them of). */
    public List<Row> reportedOn(String login, String ticketNumber) {
        Member me = member(login);
        return em.createNamedQuery(Incident.REPORTED_BY, Incident.class).setParameter("member", me.getId())
                .getResultStream().filter(i -> i.getTicket() != null
                        && i.getTicket().getNumber().equals(TicketNumbers.normalize(ticketNumber)))
                .map(Incidents::row).toList();
    }

    /** One incident, for its editing page; out of scope answers like a missing one. */
    public Incident incident(String login, long id) {
        return editable(scope.actor(login), id);
    }

    public long record(String login, IncidentDetails details) {
        Member me = scope.actor(login);
        validate(details);
        Ticket ticket = linkedTicket(me, details.ticketNumber());
        Network network = scope.coordinated(me) != null && !scope.isAdmin(me) ? scope.coordinated(me)
                : networkOf(ticket);
        Incident incident = new Incident(network, me, details, ticket, clock.instant());
        em.persist(incident);
        em.flush();
        audit.record(me, SUBJECT, incident.getId(), name(incident), "create", null, null,
                incident.getDescription(), idOf(network));
        return incident.getId();
    }

    public void update(String login, long id, IncidentDetails details, long expectedVersion) {
        Member me = scope.actor(login);
        Incident incident = editable(me, id);
        if (incident.getVersion() != expectedVersion) {
            throw new OptimisticLockException("incident changed meanwhile");
        }
        validate(details);
        Ticket ticket = linkedTicket(me, details.ticketNumber());
        Map<String, String> before = incident.asText();
        incident.edit(details, ticket);
        Map<String, String> after = incident.asText();
        before.forEach((field, old) -> audit.changed(me, SUBJECT, id, name(incident), field, old, after.get(field),
                idOf(incident.getNetwork())));
    }

    /**
     * An agent's report from a request they handle: a draft, in the network of the requester's
     * organization, that its coordinator completes. Returns the draft's id.
     */
    public long report(String login, String ticketNumber, String description) {
        Member me = member(login);
        if (!desk.isStaff(me)) {
            throw AccountProblem.forbidden("admin.forbidden");
        }
        String normalized = TicketNumbers.normalize(ticketNumber);
        Ticket ticket = normalized == null ? null : em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class)
                .setParameter("number", normalized).getResultStream().findFirst().orElse(null);
        if (ticket == null || !desk.mayHandle(me, ticket)) {
            throw AccountProblem.forbidden("admin.notFound");
        }
        if (description == null || description.isBlank()) {
            throw AccountProblem.of("incident.description.required");
        }
        if (description.strip().length() > IncidentRules.LONG_TEXT) {
            throw AccountProblem.of("incident.description.tooLong");
        }
        Network network = networkOf(ticket);
        Incident draft = Incident.draft(ticket, network, me, description, today(), clock.instant());
        em.persist(draft);
        em.flush();
        audit.record(me, SUBJECT, draft.getId(), name(draft), "report", "ticket", null, ticket.getNumber(),
                idOf(network));
        return draft.getId();
    }

    private Incident editable(Member me, long id) {
        Incident incident = em.find(Incident.class, id);
        if (incident == null || !mayEdit(me, incident)) {
            throw AccountProblem.forbidden("admin.notFound");
        }
        return incident;
    }

    private boolean mayEdit(Member me, Incident incident) {
        if (scope.isAdmin(me)) {
            return true;
        }
        Network mine = scope.coordinated(me);
        return mine != null && incident.getNetwork() != null && Objects.equals(mine.getId(), incident.getNetwork().getId());
    }

    /** The request an incident links to, which a coordinator may only pick within their network. */
    private Ticket linkedTicket(Member me, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String normalized = TicketNumbers.normalize(number);
        Ticket ticket = normalized == null ? null : em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class)
                .setParameter("number", normalized).getResultStream().findFirst().orElse(null);
        if (ticket == null || !(scope.isAdmin(me) || scope.mayManage(me, networkOf(ticket)))) {
            throw AccountProblem.of("incident.ticket.unknown");
        }
        return ticket;
    }

    private void validate(IncidentDetails details) {
        List<String> problems = IncidentRules.problems(details, today());
        if (!problems.isEmpty()) {
            throw new AccountProblem(problems);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(QUEBEC));
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getResultStream()
                .findFirst().orElseThrow(() -> AccountProblem.forbidden("admin.forbidden"));
    }

    private static Network networkOf(Ticket ticket) {
        return ticket == null || ticket.getOrganization() == null ? null : ticket.getOrganization().getNetwork();
    }

    private static Long idOf(Network network) {
        return network == null ? null : network.getId();
    }

    private static String name(Incident incident) {
        return "#" + incident.getId();
    }

    private static Row row(Incident i) {
        return new Row(i.getId(), i.getDiscoveredOn(), i.getDescription(), i.getStatus().name(), i.isDraft(),
                i.getTicket() == null ? null : i.getTicket().getNumber(),
                i.getNetwork() == null ? null : i.getNetwork().getName(),
                i.getReportedBy() == null ? null : i.getReportedBy().getDisplayName());
    }
}
