package org.passerelle.ticket.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.admin.control.Consultations;
import org.passerelle.admin.control.InvitationRequest;
import org.passerelle.admin.control.Members;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.Accounts;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.testsupport.Deployments;
import org.passerelle.testsupport.SentAccountMails;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.NewRequest;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.RequestView;
import org.passerelle.ticket.entity.Urgency;

/**
 * The access log of requests on the real server: an agent's read through the API is recorded and
 * shown to the coordinator of the request's network, not to another network's coordinator; the
 * member reading their own request adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class RequestViewLogIT {
    static final String PASSWORD = "une phrase assez longue pour entrer";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(RequestViewLogIT.class, SentAccountMails.class);
    }

    @Inject
    HelpRequests requests;
    @Inject
    Consultations consultations;
    @Inject
    Members members;
    @Inject
    Accounts accounts;
    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private int read(String login, String password, String number) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/tickets/" + number))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private long logged(String number) {
        return em.createQuery("select count(v) from RequestView v where v.ticketNumber = :n", Long.class)
                .setParameter("n", number).getSingleResult();
    }

    /** A coordinator of the Hochelaga network (the tables de quartier), not of Julie's. */
    private String otherCoordinator() {
        String email = "coordo.vues." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        accounts.acceptInvitation(members.invite("admin", new InvitationRequest("Coordo Vues", email, null,
                Role.COORDINATOR, "fr")), "Coordo Vues", PASSWORD);
        Member coordinator = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", email)
                .getSingleResult();
        long tq = em.createQuery("select n.id from Network n where n.slug = 'tq'", Long.class).getSingleResult();
        members.coordinate("admin", coordinator.getId(), tq, coordinator.getVersion());
        return email;
    }

    @Test
    void anAgentsReadIsLoggedAndShownToTheCoordinatorOfThatNetworkOnly() throws Exception {
        String number = requests.open("membre", new NewRequest(Category.VISIOCONFERENCE, "Journal des consultations",
                "Qui a lu ma demande? Je veux pouvoir le savoir.", Urgency.LOW, PreferredContact.EMAIL, null, false));
        assertEquals(200, read("membre", "demo", number));
        assertEquals(0, logged(number), "the member reading their own request is not logged");

        assertEquals(200, read("agent", "demo", number));
        assertEquals(1, logged(number));
        Object[] view = em.createQuery("select v.viewer.login, v.channel from RequestView v where v.ticketNumber = :n",
                Object[].class).setParameter("n", number).getSingleResult();
        assertEquals("agent", view[0]);
        assertEquals(RequestView.Channel.API, view[1]);

        Consultations.Page coordinator = consultations.page("coordination", number, null, 0, 10);
        assertEquals(1, coordinator.total());
        assertEquals("agent", coordinator.lines().get(0).viewerLogin());
        assertEquals("api", coordinator.lines().get(0).channel());
        assertEquals(1, consultations.page("coordination", null, "Marc-André", 0, 100).lines().stream()
                .filter(l -> l.number().equals(number)).count(), "found by the person's name too");
        assertEquals(0, consultations.page("coordination", number, "quelqu'un d'autre", 0, 10).total());
        assertEquals(1, consultations.page("admin", number, null, 0, 10).total(), "an administrator sees every view");

        String other = otherCoordinator();
        assertEquals(0, consultations.page(other, number, null, 0, 10).total(), "another network's coordinator");
        assertTrue(consultations.page(other, null, null, 0, 100).lines().stream()
                .noneMatch(l -> l.number().equals(number)));
        assertTrue(assertThrows(AccountProblem.class, () -> consultations.page("agent", number, null, 0, 10))
                .isForbidden(), "not for the support pool itself");
    }
}
