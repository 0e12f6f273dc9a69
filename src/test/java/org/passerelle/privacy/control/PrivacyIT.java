package org.passerelle.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.ticket.entity.Visibility;

/**
 * Loi 25 on the real server: a member's export holds their own data only (and never an internal
 * note), the API answers the same, and anonymising a departed member keeps threads and counts.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class PrivacyIT {
    static final String PASSWORD = "une phrase assez longue pour entrer";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PrivacyIT.class, SentAccountMails.class);
    }

    @Inject
    DataExport export;
    @Inject
    Anonymisation anonymisation;
    @Inject
    Members members;
    @Inject
    Accounts accounts;
    @Inject
    HelpRequests requests;
    @Inject
    IdentityStoreHandler identityStores;
    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

    private Set<String> numbersOf(String login) {
        return new TreeSet<>(em.createQuery("select t.number from Ticket t where t.requester.login = :l", String.class)
                .setParameter("l", login).getResultList());
    }

    private static Set<String> exportedNumbers(JsonObject data) {
        return data.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("number")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theExportHoldsTheMembersOwnRequestsWithPublicMessagesOnly() {
        requests.open("membre", new NewRequest(Category.VISIOCONFERENCE, "Export : ma propre demande",
                "Une demande pour vérifier l'exportation de mes données.", Urgency.LOW, PreferredContact.EMAIL, null, false));
        requests.open("membre2", new NewRequest(Category.VISIOCONFERENCE, "Export : la demande de Karim",
                "Cette demande appartient à quelqu'un d'autre.", Urgency.LOW, PreferredContact.EMAIL, null, false));

        JsonObject mine = export.of("membre");
        assertEquals("membre", mine.getJsonObject("profile").getString("login"));
        assertEquals("julie.tremblay@example.org", mine.getJsonObject("profile").getString("email"));
        assertEquals(numbersOf("membre"), exportedNumbers(mine));
        assertFalse(numbersOf("membre").isEmpty());
        Set<String> others = numbersOf("membre2");
        assertFalse(others.isEmpty());
        assertTrue(exportedNumbers(mine).stream().noneMatch(others::contains), "nothing of another member's requests");
        String text = mine.toString();
        assertFalse(text.contains("karim.haddad@example.org") || text.contains("la demande de Karim"), text);

        long publicMessages = em.createQuery("select count(m) from TicketMessage m where m.ticket.requester.login = 'membre'"
                + " and m.visibility = :v", Long.class).setParameter("v", Visibility.PUBLIC).getSingleResult();
        long exported = mine.getJsonArray("requests").getValuesAs(JsonObject.class).stream()
                .mapToLong(r -> r.getJsonArray("messages").size()).sum();
        assertEquals(publicMessages, exported, "public messages, all of them and only them");
        for (String note : em.createQuery("select m.body from TicketMessage m where m.ticket.requester.login = 'membre'"
                + " and m.visibility = :v", String.class).setParameter("v", Visibility.INTERNAL).getResultList()) {
            assertFalse(text.contains(Json.createValue(note).toString()), "an internal note leaked: " + note);
        }
        assertTrue(mine.containsKey("contributions") && mine.containsKey("endorsements"));
    }

    @Test
    @RunAsClient
    void theApiAnswersTheCallersOwnDataOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me/export"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("membre2:demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject data = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("Karim Haddad", data.getJsonObject("profile").getString("name"));
        assertFalse(response.body().contains("Julie Tremblay") || response.body().contains("julie.tremblay@example.org"));
        assertFalse(response.body().contains("Export : ma propre demande"));
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me/export")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void anonymisingADepartedMemberKeepsThreadsAndCounts() {
        String email = "depart." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long organization = em.createQuery("select o.id from Organization o where o.name = 'CDC de Lévis'", Long.class)
                .getSingleResult();
        accounts.acceptInvitation(members.invite("admin", new InvitationRequest("Maxime Départ", email, organization,
                Role.MEMBER, "fr")), "Maxime Départ", PASSWORD);
        String number = requests.open(email, new NewRequest(Category.VISIOCONFERENCE, "Demande de Maxime",
                "Nous cherchons un outil de visioconférence.", Urgency.NORMAL, PreferredContact.PHONE, "418 555-0199",
                false));
        requests.reply(email, number, "J'ajoute un détail à ma demande.",
                requests.detail(email, number).orElseThrow().version());
        Member member = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", email).getSingleResult();
        long tickets = em.createQuery("select count(t) from Ticket t", Long.class).getSingleResult();
        long messages = em.createQuery("select count(m) from TicketMessage m where m.ticket.number = :n", Long.class)
                .setParameter("n", number).getSingleResult();

        assertTrue(assertThrows(AccountProblem.class, () -> anonymisation.anonymise("coordination", member.getId()))
                .isForbidden(), "administrators only");
        anonymisation.anonymise("admin", member.getId());

        Member after = em.find(Member.class, member.getId());
        assertEquals(Member.FORMER_MEMBER, after.getDisplayName());
        assertFalse(after.getEmail().contains("depart"), after.getEmail());
        assertNull(after.getPhone());
        assertFalse(after.isActive());
        assertTrue(after.isAnonymized());
        assertFalse(identityStores.validate(new UsernamePasswordCredential(email, PASSWORD)).getStatus()
                == CredentialValidationResult.Status.VALID);
        assertEquals(0L, em.createQuery("select count(m) from Member m where m.email = :e or m.displayName = 'Maxime Départ'",
                Long.class).setParameter("e", email).getSingleResult());

        assertEquals(tickets, em.createQuery("select count(t) from Ticket t", Long.class).getSingleResult());
        List<Object[]> thread = em.createQuery("select m.body, a.displayName from TicketMessage m join m.author a"
                + " where m.ticket.number = :n order by m.createdAt, m.id", Object[].class).setParameter("n", number)
                .getResultList();
        assertEquals(messages, thread.size(), "the thread survives");
        assertTrue(thread.stream().anyMatch(r -> "J'ajoute un détail à ma demande.".equals(r[0])
                && Member.FORMER_MEMBER.equals(r[1])), "signed ancien·ne membre");
        assertNull(em.createQuery("select t.contactPhone from Ticket t where t.number = :n", String.class)
                .setParameter("n", number).getSingleResult());
        assertFalse(em.createQuery("select count(a) from AuditEntry a where a.subjectName = 'Maxime Départ'"
                + " or a.newValue like :e", Long.class).setParameter("e", "%" + email + "%").getSingleResult() > 0,
                "the audit log forgets the name too");
        assertTrue(JsonValue.ValueType.OBJECT == export.of("admin").getValueType());
    }
}
