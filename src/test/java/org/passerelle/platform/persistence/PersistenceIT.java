package org.passerelle.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Organization;
import org.passerelle.testsupport.Deployments;
import org.passerelle.ticket.control.TicketNumbers;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.ticket.entity.Visibility;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * The real application on the real server: migrations applied, demo data present, entities round-trip.
 * Tagged {@code postgresql}: the build runs it on H2 and again on a real PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class PersistenceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PersistenceIT.class);
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    TicketNumbers ticketNumbers;

    @Test
    void migrationsAreApplied() {
        Number failed = (Number) em.createNativeQuery(
                "select count(*) from \"flyway_schema_history\" where \"success\" = false").getSingleResult();
        Number applied = (Number) em.createNativeQuery(
                "select count(*) from \"flyway_schema_history\" where \"success\" = true").getSingleResult();
        assertEquals(0, failed.intValue());
        assertTrue(applied.intValue() >= 2, "V1 and V2 at least");
        Number regions = (Number) em.createNativeQuery("select count(*) from region").getSingleResult();
        assertEquals(17, regions.intValue());
    }

    @Test
    void demoAccountsExist() {
        Member membre = member("membre");
        Member membre2 = member("membre2");
        assertTrue(membre.getOrganization() != null && membre2.getOrganization() != null);
        assertTrue(!membre.getOrganization().getId().equals(membre2.getOrganization().getId()),
                "membre and membre2 belong to two different organizations");
        for (String login : java.util.List.of("pair", "agent", "responsable", "coordination", "admin")) {
            member(login);
        }
    }

    @Test
    void ticketWithMessagesRoundTrips() throws Exception {
        tx.begin();
        String number = ticketNumbers.next();
        Member requester = member("membre");
        Ticket ticket = new Ticket(number, requester, Category.VISIOCONFERENCE, Urgency.HIGH,
                "Zoom ou Teams pour notre AGA?", "Bonjour, notre AGA est le 12 juin.", Instant.now());
        em.persist(ticket);
        ticket.post(member("agent"), Visibility.INTERNAL, "Note interne : vérifier la licence", Instant.now());
        ticket.post(member("agent"), Visibility.PUBLIC, "Bonjour Julie, voici nos conseils.", Instant.now());
        tx.commit();
        em.clear();

        tx.begin();
        Ticket reloaded = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number)
                .getSingleResult();
        assertEquals("Zoom ou Teams pour notre AGA?", reloaded.getSubject());
        assertEquals(2, reloaded.getMessages().size());
        assertEquals(1, reloaded.getPublicMessages().size());
        assertEquals(Status.NEW, reloaded.getStatus());
        assertTrue(reloaded.getFirstResponseAt() != null);
        assertEquals("CDC de la Neigette", reloaded.getOrganization().getName());
        tx.commit();
    }

    @Test
    void ticketNumbersComeFromTheDatabaseSequence() throws Exception {
        tx.begin();
        String first = ticketNumbers.next();
        String second = ticketNumbers.next();
        tx.commit();
        assertTrue(first.matches("PAS-\\d+"), first);
        long a = Long.parseLong(first.substring(TicketNumbers.PREFIX.length()));
        long b = Long.parseLong(second.substring(TicketNumbers.PREFIX.length()));
        assertTrue(a >= 1001 && b > a, first + " then " + second);
    }

    @Test
    void longTextsAccentsAndInstantsSurvive() throws Exception {
        String body = "Accès à l’infonuagique — « déjà geek » ✓ ".repeat(2_000);
        Instant at = Instant.parse("2026-06-12T13:30:45.123456Z");
        String number = "PAS-L" + System.nanoTime() % 1_000_000;
        tx.begin();
        Ticket ticket = new Ticket(number, member("membre2"), Category.STOCKAGE_ARCHIVAGE, Urgency.LOW,
                "Migration vers l’infonuagique", body, at);
        em.persist(ticket);
        tx.commit();
        em.clear();

        tx.begin();
        Ticket reloaded = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number)
                .getSingleResult();
        assertEquals(body, reloaded.getBody());
        assertEquals(at, reloaded.getCreatedAt());
        tx.commit();
    }

    @Test
    void concurrentEditsDoNotSilentlyOverwrite() throws Exception {
        Long id = member("membre2").getOrganization().getId();
        em.clear();
        tx.begin();
        Organization stale = em.find(Organization.class, id);
        em.detach(stale);
        tx.commit();

        tx.begin();
        em.find(Organization.class, id).shareRequestsAmongColleagues(!stale.isColleaguesSeeRequests());
        tx.commit();

        tx.begin();
        try {
            Exception failure = assertThrows(Exception.class, () -> {
                stale.shareRequestsAmongColleagues(stale.isColleaguesSeeRequests());
                em.merge(stale);
                em.flush();
            });
            assertTrue(hasCause(failure, OptimisticLockException.class)
                    || hasCause(failure, org.hibernate.StaleStateException.class), failure.toString());
        } finally {
            tx.rollback();
        }
    }

    @Test
    void demoToolboxAndRequestsAreImported() {
        assertEquals(68L, em.createQuery("select count(e) from ToolboxEntry e where e.kind = :kind", Long.class)
                .setParameter("kind", EntryKind.TOOL).getSingleResult());
        assertEquals(16L, em.createQuery("select count(e) from ToolboxEntry e where e.kind = :kind", Long.class)
                .setParameter("kind", EntryKind.GUIDE).getSingleResult());
        List<String> agaTools = em.createQuery(
                "select t.slug from ToolboxEntry g join g.tools t where g.slug = 'aga-en-ligne' order by t.slug",
                String.class).getResultList();
        assertEquals(List.of("etherpad", "jitsi-meet", "loomio", "zoom"), agaTools);
        assertEquals(1L, em.createQuery("select count(r) from EntryRevision r where r.entry.slug = 'jitsi-meet'",
                Long.class).getSingleResult());
        List<Status> statuses = em.createQuery("select distinct t.status from Ticket t", Status.class)
                .getResultList();
        assertTrue(statuses.containsAll(List.of(Status.values())), statuses.toString());
        assertTrue(em.createQuery("select count(m) from TicketMessage m where m.visibility = :v", Long.class)
                .setParameter("v", Visibility.INTERNAL).getSingleResult() > 0);
    }

    @Test
    void theToolboxIsIndexedAndForgivesAccents() {
        SearchSession search = Search.session(em);
        List<String> visio = search.search(ToolboxEntry.class)
                .select(f -> f.field("slug", String.class))
                .where(f -> f.match().fields("title", "summary", "body", "tags.name").matching("visioconference"))
                .fetchHits(20);
        assertTrue(visio.contains("jitsi-meet"), visio.toString());
        List<String> meeting = search.search(ToolboxEntry.class)
                .select(f -> f.field("slug", String.class))
                .where(f -> f.match().fields("title", "summary", "body").matching("reunion"))
                .fetchHits(50);
        assertTrue(!meeting.isEmpty(), "'reunion' finds entries written with 'réunion'");
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
