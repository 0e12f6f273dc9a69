package org.passerelle.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Organization;
import org.passerelle.testsupport.Deployments;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.ticket.entity.Visibility;

/** The member side of requests on the real server (H2, then PostgreSQL): who sees what, and the lifecycle. */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class HelpRequestsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(HelpRequestsIT.class);
    }

    @Inject
    HelpRequests requests;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;

    private static NewRequest sample(String subject) {
        return new NewRequest(Category.VISIOCONFERENCE, subject, "Nous avons besoin d'aide pour notre AGA.",
                Urgency.NORMAL, PreferredContact.PHONE, "418 555-0123", true);
    }

    @Test
    void openingGivesANumberAndRoutesToThePoolOfTheRegion() throws Exception {
        String montreal = requests.open("membre2", sample("Visio pour la table"));
        String rimouski = requests.open("membre", sample("Visio pour la CDC"));
        assertTrue(montreal.matches("PAS-\\d+"), montreal);
        tx.begin();
        Ticket ticket = ticket(montreal);
        assertEquals("Équipe de soutien de Montréal", ticket.getPool().getName());
        assertEquals(Status.NEW, ticket.getStatus());
        assertTrue(ticket.isReuseConsent());
        assertEquals("418 555-0123", ticket.getContactPhone());
        assertEquals("Équipe de soutien provinciale", ticket(rimouski).getPool().getName());
        tx.commit();
    }

    @Test
    void badInputIsRefusedWithEveryReason() {
        RequestProblem problem = assertThrows(RequestProblem.class, () -> requests.open("membre",
                new NewRequest(null, "x", "", Urgency.LOW, PreferredContact.EMAIL, null, false)));
        assertEquals(3, problem.getKeys().size(), problem.getKeys().toString());
    }

    @Test
    void aMemberNeverSeesAnotherOrganizationsRequests() {
        String number = requests.open("membre", sample("Demande de la CDC"));
        assertTrue(requests.mine("membre").stream().anyMatch(r -> r.number().equals(number)));
        assertFalse(requests.mine("membre2").stream().anyMatch(r -> r.number().equals(number)));
        assertTrue(requests.detail("membre2", number).isEmpty());
        assertThrows(RequestProblem.class, () -> requests.reply("membre2", number, "Je m'invite", 0));
    }

    @Test
    void colleaguesSeeEachOthersRequestsWhenTheirOrganizationShares() throws Exception {
        String number = requests.open("membre", sample("Partagée avec les collègues"));
        tx.begin();
        Member colleague = new Member("collegue-" + System.nanoTime(), "Paul Collègue",
                "paul" + System.nanoTime() + "@example.org", member("membre").getOrganization(),
                java.util.EnumSet.of(org.passerelle.identity.entity.Role.MEMBER));
        em.persist(colleague);
        tx.commit();
        assertTrue(requests.detail(colleague.getLogin(), number).isEmpty(), "not shared yet");
        share(true);
        try {
            assertTrue(requests.detail(colleague.getLogin(), number).isPresent());
            assertTrue(requests.mine(colleague.getLogin()).stream().anyMatch(r -> r.number().equals(number)));
        } finally {
            share(false);
        }
    }

    @Test
    void membersNeverReadInternalNotes() throws Exception {
        String number = requests.open("membre", sample("Avec une note interne"));
        tx.begin();
        Ticket ticket = ticket(number);
        ticket.post(member("agent"), Visibility.INTERNAL, "NOTE-SECRETE à ne pas montrer", Instant.now());
        ticket.post(member("agent"), Visibility.PUBLIC, "Bonjour Julie, voici la marche à suivre.", Instant.now());
        tx.commit();
        var detail = requests.detail("membre", number).orElseThrow();
        assertEquals(1, detail.messages().size());
        assertFalse(detail.messages().stream().anyMatch(m -> m.body().contains("NOTE-SECRETE")));
        assertTrue(detail.messages().get(0).fromSupport());
    }

    @Test
    void aReplyReopensAResolvedRequestAndStaleEditsAreRefused() {
        String number = requests.open("membre", sample("Résolue puis rouverte"));
        long version = requests.detail("membre", number).orElseThrow().version();
        requests.markResolved("membre", number, version);
        var resolved = requests.detail("membre", number).orElseThrow();
        assertEquals(Status.RESOLVED, resolved.status());
        RequestProblem stale = assertThrows(RequestProblem.class,
                () -> requests.reply("membre", number, "Finalement non", version));
        assertEquals("request.changedMeanwhile", stale.getKeys().get(0));
        requests.reply("membre", number, "Finalement ça ne marche plus", resolved.version());
        assertEquals(Status.OPEN, requests.detail("membre", number).orElseThrow().status());
    }

    @Test
    void anIllegalTransitionIsRefusedWithAClearMessage() throws Exception {
        String number = requests.open("membre", sample("Fermée"));
        tx.begin();
        ticket(number).moveTo(Status.CLOSED, Instant.now());
        tx.commit();
        long version = requests.detail("membre", number).orElseThrow().version();
        RequestProblem refused = assertThrows(RequestProblem.class,
                () -> requests.markResolved("membre", number, version));
        assertEquals("request.transition.refused", refused.getKeys().get(0));
        RequestProblem closed = assertThrows(RequestProblem.class,
                () -> requests.reply("membre", number, "Allô?", version));
        assertEquals("request.closed", closed.getKeys().get(0));
    }

    private void share(boolean shared) throws Exception {
        tx.begin();
        em.find(Organization.class, member("membre").getOrganization().getId()).shareRequestsAmongColleagues(shared);
        tx.commit();
    }

    private Ticket ticket(String number) {
        return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number).getSingleResult();
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
