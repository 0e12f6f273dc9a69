package org.passerelle.incident.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.admin.control.InvitationRequest;
import org.passerelle.admin.control.Members;
import org.passerelle.admin.entity.AuditEntry;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Role;
import org.passerelle.incident.entity.Incident;
import org.passerelle.incident.entity.IncidentDetails;
import org.passerelle.incident.entity.IncidentStatus;
import org.passerelle.testsupport.Deployments;

/**
 * The confidentiality-incident register on the real server (H2, then PostgreSQL): a coordinator
 * records and edits their network's incidents, with validation and optimistic locking; another
 * network's coordinator cannot reach them; an agent reports a draft from a request and sees only
 * what they reported; every change lands in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class IncidentsIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Montreal"));

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(IncidentsIT.class, IncidentRulesTest.class);
    }

    @Inject
    Incidents incidents;
    @Inject
    Members members;
    @Inject
    AuditLog audit;
    @PersistenceContext
    EntityManager em;

    private static IncidentDetails details(String description, IncidentStatus status, String ticket) {
        return new IncidentDetails(TODAY.minusDays(4), TODAY.minusDays(2), description, 12, "participant·e·s",
                "noms et courriels", false, "Peu sensibles; le destinataire a supprimé le courriel", true,
                TODAY.minusDays(1), false, null, "Rappel des bonnes pratiques", status, ticket);
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A coordinator of the Montréal tables' network, created for this test by the administrator. */
    private String otherCoordinator() {
        String email = "coord.tq." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        members.invite("admin", new InvitationRequest("Coordination TQ", email, null, Role.COORDINATOR, "fr"));
        Member member = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", email).getSingleResult();
        Network tq = em.createQuery("select n from Network n where n.slug = 'tq'", Network.class).getSingleResult();
        members.coordinate("admin", member.getId(), tq.getId(), member.getVersion());
        return email;
    }

    /** The incident as stored now, with what the assertions read (outside a transaction, nothing loads lazily). */
    private Incident fresh(long id) {
        return em.createQuery("select i from Incident i left join fetch i.network left join fetch i.ticket"
                + " where i.id = :id", Incident.class).setParameter("id", id).getSingleResult();
    }

    @Test
    void aCoordinatorRecordsAndEditsAnIncidentOfTheirNetworkAndEveryChangeIsAudited() {
        String description = unique("Liste des membres envoyée à un mauvais destinataire");
        long id = incidents.record("coordination", details(description, IncidentStatus.OPEN, null));

        Incident recorded = fresh(id);
        assertEquals("cdc", recorded.getNetwork().getSlug());
        assertFalse(recorded.isDraft());
        assertEquals(TODAY.minusDays(1), recorded.details().caiNotifiedOn());
        List<Incidents.Row> list = incidents.list("coordination");
        assertEquals(id, list.get(0).id(), "newest first");
        assertEquals(description, list.get(0).description());

        incidents.update("coordination", id, details(description, IncidentStatus.CLOSED, null), recorded.getVersion());
        assertEquals(IncidentStatus.CLOSED, fresh(id).getStatus());
        List<AuditEntry> entries = audit.latest("coordination", 0, 20).stream()
                .filter(e -> "incident".equals(e.getSubjectType()) && Long.valueOf(id).equals(e.getSubjectId())).toList();
        assertEquals("update", entries.get(0).getAction());
        assertEquals("status", entries.get(0).getField());
        assertEquals("OPEN", entries.get(0).getOldValue());
        assertEquals("CLOSED", entries.get(0).getNewValue());
        assertTrue(entries.stream().anyMatch(e -> "create".equals(e.getAction())));
    }

    @Test
    void aRefusedEntryNamesEveryProblemAndSavesNothing() {
        IncidentDetails good = details(unique("Ordinateur portable volé"), IncidentStatus.OPEN, null);
        IncidentDetails bad = new IncidentDetails(TODAY.plusDays(1), TODAY, good.description(), 3, null, null, true,
                good.harmJustification(), false, null, true, null, null, IncidentStatus.OPEN, "PAS-999999");
        long before = em.createQuery("select count(i) from Incident i", Long.class).getSingleResult();
        AccountProblem problem = assertThrows(AccountProblem.class, () -> incidents.record("coordination", bad));
        assertEquals(List.of("incident.occurredOn.future", "incident.discoveredOn.beforeOccurred",
                "incident.peopleNotifiedOn.required"), problem.keys());
        assertEquals(before, em.createQuery("select count(i) from Incident i", Long.class).getSingleResult());

        IncidentDetails unknownTicket = details(good.description(), IncidentStatus.OPEN, "PAS-999999");
        assertEquals(List.of("incident.ticket.unknown"),
                assertThrows(AccountProblem.class, () -> incidents.record("coordination", unknownTicket)).keys());
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() {
        String description = unique("Dossier partagé public par erreur");
        long id = incidents.record("coordination", details(description, IncidentStatus.OPEN, null));
        long read = fresh(id).getVersion();
        incidents.update("admin", id, details(description + " (vu par l'admin)", IncidentStatus.OPEN, null), read);
        RuntimeException stale = assertThrows(RuntimeException.class,
                () -> incidents.update("coordination", id, details(description, IncidentStatus.CLOSED, null), read));
        assertTrue(causedBy(stale, OptimisticLockException.class), stale.toString());
        assertEquals(IncidentStatus.OPEN, fresh(id).getStatus());
        assertEquals(description + " (vu par l'admin)", fresh(id).getDescription());
    }

    @Test
    void anotherNetworksCoordinatorCannotReachTheIncident() {
        long id = incidents.record("coordination", details(unique("Courriel en copie visible"), IncidentStatus.OPEN, null));
        String other = otherCoordinator();
        assertTrue(assertThrows(AccountProblem.class, () -> incidents.incident(other, id)).isForbidden());
        assertTrue(assertThrows(AccountProblem.class, () -> incidents.update(other, id,
                details("pris", IncidentStatus.CLOSED, null), 0)).isForbidden());
        assertTrue(incidents.list(other).stream().noneMatch(r -> r.id() == id));
        assertTrue(assertThrows(AccountProblem.class, () -> incidents.list("membre")).isForbidden());
        assertNotNull(incidents.incident("admin", id), "administrators see every network's");
    }

    @Test
    void anAgentReportsADraftFromARequestThatTheCoordinatorCompletes() {
        String number = em.createQuery("select t.number from Ticket t join t.organization o join o.network n"
                + " where n.slug = 'cdc' order by t.id", String.class).setMaxResults(1).getSingleResult();
        String description = unique("Le membre a envoyé la liste de ses participant·e·s en pièce jointe");
        assertEquals(List.of("incident.description.required"),
                assertThrows(AccountProblem.class, () -> incidents.report("agent", number, " ")).keys());
        assertTrue(assertThrows(AccountProblem.class, () -> incidents.report("membre", number, description)).isForbidden());

        long id = incidents.report("agent", number, description);
        Incident draft = fresh(id);
        assertTrue(draft.isDraft());
        assertEquals(number, draft.getTicket().getNumber());
        assertEquals("cdc", draft.getNetwork().getSlug());
        assertEquals(TODAY, draft.getDiscoveredOn());
        assertEquals(id, incidents.reportedOn("agent", number).get(0).id());
        assertTrue(incidents.list("agent").stream().allMatch(r -> "Marc-André Bouchard".equals(r.reportedBy())),
                "an agent sees only what they reported");
        assertTrue(incidents.list("responsable").stream().noneMatch(r -> r.id() == id));
        Incidents.Row seen = incidents.list("coordination").stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertTrue(seen.draft());

        IncidentDetails completed = details(description, IncidentStatus.OPEN, number);
        incidents.update("coordination", id, completed, draft.getVersion());
        Incident done = fresh(id);
        assertFalse(done.isDraft());
        assertEquals(TODAY.minusDays(4), done.getOccurredOn());
        assertEquals(number, done.getTicket().getNumber());
        assertTrue(audit.latest("coordination", 0, 30).stream().anyMatch(e -> "report".equals(e.getAction())
                && Long.valueOf(id).equals(e.getSubjectId())));
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
