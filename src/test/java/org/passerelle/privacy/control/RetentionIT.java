package org.passerelle.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.admin.entity.AuditEntry;
import org.passerelle.identity.entity.Member;
import org.passerelle.platform.config.Settings;
import org.passerelle.testsupport.Deployments;
import org.passerelle.ticket.control.DeskReply;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.NewRequest;
import org.passerelle.ticket.control.SupportDesk;
import org.passerelle.ticket.control.Upload;
import org.passerelle.ticket.entity.Attachment;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;
import org.passerelle.ticket.entity.Urgency;

/**
 * The retention of closed requests on the real server: the dry run reports exactly what the run
 * then changes; the run removes the person, their files and (without consent) the text, keeps the
 * rows that statistics count, re-indexes, audits, and a second run changes nothing. The requests
 * here are the test's own, closed long ago; the demo's are recent, and the test checks that the dry
 * run proposes its own requests and nothing else before it runs anything.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(RetentionIT.class);
    }

    @Inject
    Retention retention;
    @Inject
    HelpRequests requests;
    @Inject
    SupportDesk desk;
    @Inject
    AuditLog audit;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;

    @ArquillianResource
    URL base;

    /** A made-up word only this request contains, so the index can be asked for it alone. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private String open(String word, boolean consent, List<Upload> files) {
        String number = requests.open("membre", new NewRequest(Category.VISIOCONFERENCE, "Conservation " + word,
                "Bonjour, c'est Julie Tremblay (418 555-0199, julie.tremblay@example.org) : " + word + " ne marche pas.",
                Urgency.LOW, PreferredContact.PHONE, "418 555-0199", consent), files);
        requests.reply("membre", number, "Julie encore : le " + word + " plante toujours.", version(number));
        desk.reply("agent", number, DeskReply.publicReply("Essayez de redémarrer " + word + "."), version(number));
        return number;
    }

    private long version(String number) {
        return desk.detail("agent", number).orElseThrow().version();
    }

    /** Closes the request as if it had been closed that long ago. */
    private void closeAt(String number, Instant closedAt) throws Exception {
        tx.begin();
        ticket(number).moveTo(Status.CLOSED, closedAt);
        tx.commit();
    }

    private Ticket ticket(String number) {
        return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number).getSingleResult();
    }

    private long count(String jpql, Set<String> numbers) {
        return em.createQuery(jpql, Long.class).setParameter("numbers", numbers).getSingleResult();
    }

    private long indexHits(String word) {
        return Search.session(em).search(Ticket.class)
                .where(f -> f.match().fields("subject", "body", Ticket.SEARCH_PUBLIC_MESSAGES).matching(word))
                .fetchTotalHitCount();
    }

    private static Instant monthsAgo(int months) {
        return Instant.now().atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    @Test
    void theDryRunReportsWhatTheRunThenChangesAndTheRunTakesThePersonAwayButKeepsTheCounts() throws Exception {
        byte[] pdf = "%PDF-1.4 pièce de conservation".getBytes(StandardCharsets.UTF_8);
        String kept = word();
        String replaced = word();
        String recent = word();
        String withConsent = open(kept, true, List.of());
        String withoutConsent = open(replaced, false,
                List.of(new Upload("capture.pdf", pdf.length, () -> new java.io.ByteArrayInputStream(pdf))));
        String closedLately = open(recent, false, List.of());
        closeAt(withConsent, monthsAgo(30));
        closeAt(withoutConsent, monthsAgo(25));
        closeAt(closedLately, monthsAgo(23));
        Set<String> old = new TreeSet<>(Set.of(withConsent, withoutConsent));
        Set<String> mine = new TreeSet<>(Set.of(withConsent, withoutConsent, closedLately));
        String storageKey = em.createQuery("select a.storageKey from Attachment a where a.ticket.number = :n",
                String.class).setParameter("n", withoutConsent).getSingleResult();
        Path file = Settings.fromEnvironment().dataDir().resolve("attachments").resolve(storageKey);
        assertTrue(Files.exists(file));
        assertEquals(1, indexHits(replaced));

        Retention.Preview preview = retention.preview(Instant.now());
        Set<String> proposed = new TreeSet<>(preview.candidates().stream().map(Retention.Candidate::number).toList());
        // before anything runs: the test's two old requests, nothing of the demo's or the other tests'
        assertEquals(old, proposed);
        assertEquals(2, preview.requests());
        assertEquals(1, preview.withConsent());
        assertEquals(1, preview.withoutConsent());
        assertEquals(1, preview.attachments());
        assertEquals(pdf.length, preview.attachmentBytes());
        assertEquals(24, preview.retentionMonths());
        assertFalse(preview.isCapped());
        assertEquals(2, retention.preview(Instant.now()).requests(), "the dry run changed nothing");
        assertNull(ticket(withoutConsent).getAnonymisedAt());

        long tickets = em.createNamedQuery(Ticket.COUNT, Long.class).getSingleResult();
        long messages = count("select count(m) from TicketMessage m where m.ticket.number in :numbers", mine);
        Retention.Outcome outcome = retention.run(Instant.now());
        assertEquals(old, new TreeSet<>(outcome.anonymised()), "exactly what the dry run said");
        assertEquals(tickets, em.createNamedQuery(Ticket.COUNT, Long.class).getSingleResult());
        assertEquals(messages, count("select count(m) from TicketMessage m where m.ticket.number in :numbers", mine));
        assertEquals(0, count("select count(a) from Attachment a where a.ticket.number in :numbers", old));
        assertFalse(Files.exists(file), "the file is gone from the disk");

        tx.begin(); // read-only: the entities' lazy parts are read inside it, then it is rolled back
        try {
            theRunTookThePersonAway(old, withConsent, kept, withoutConsent, replaced, closedLately, recent);
        } finally {
            tx.rollback();
        }

        AuditEntry entry = audit.latest("admin", 0, 1).get(0);
        assertEquals(AuditLog.SYSTEM, entry.getActorName());
        assertEquals("anonymise", entry.getAction());
        assertEquals("2", entry.getNewValue());

        Retention.Outcome again = retention.run(Instant.now());
        assertTrue(again.anonymised().isEmpty(), "a second run changes nothing");
        assertEquals(0, retention.preview(Instant.now()).requests());
        assertEquals("0", audit.latest("admin", 0, 1).get(0).getNewValue());
    }

    private void theRunTookThePersonAway(Set<String> old, String withConsent, String kept, String withoutConsent,
                                         String replaced, String closedLately, String recent) {
        Member julie = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", "membre")
                .getSingleResult();
        for (String number : old) {
            Ticket t = ticket(number);
            assertNull(t.getRequester());
            assertNull(t.getContactPhone());
            assertNotNull(t.getAnonymisedAt());
            assertEquals(Status.CLOSED, t.getStatus());
            assertEquals(Category.VISIOCONFERENCE, t.getCategory());
            assertEquals(julie.getOrganization().getId(), t.getOrganization().getId(), "statistics keep the organization");
            assertTrue(t.getMessages().stream().noneMatch(m -> m.getAuthor() != null
                    && m.getAuthor().getId().equals(julie.getId())));
            assertTrue(t.getEvents().stream().noneMatch(e -> e.getActor() != null
                    && e.getActor().getId().equals(julie.getId())));
            assertTrue(t.getMessages().stream().anyMatch(TicketMessage::isFormerAuthor));
            DeskViews.Detail seen = desk.detail("agent", number).orElseThrow();
            assertEquals(Member.FORMER_MEMBER, seen.requesterName());
            assertNull(seen.requesterEmail());
            String everything = seen.subject() + seen.body() + seen.messages();
            assertFalse(everything.contains("Julie") || everything.contains("555-0199")
                    || everything.contains("julie.tremblay@example.org"), everything);
            assertTrue(requests.detail("membre", number).isEmpty(), "no longer the member's request");
        }
        Ticket consented = ticket(withConsent);
        assertEquals("Conservation " + kept, consented.getSubject());
        assertTrue(consented.getBody().contains(kept + " ne marche pas") && consented.getBody().contains("[nom]"),
                consented.getBody());
        Ticket refused = ticket(withoutConsent);
        assertEquals("Demande anonymisée", refused.getSubject());
        assertFalse(refused.getBody().contains(replaced));
        assertTrue(refused.getMessages().stream().noneMatch(m -> m.getBody().contains(replaced)));
        assertEquals(1, indexHits(kept), "the consented text stays searchable");
        assertEquals(0, indexHits(replaced), "the index no longer holds the removed text");

        Ticket untouched = ticket(closedLately);
        assertNull(untouched.getAnonymisedAt());
        assertEquals("membre", untouched.getRequester().getLogin());
        assertEquals("418 555-0199", untouched.getContactPhone());
        assertEquals(1, indexHits(recent));
    }

    @Test
    void theApiGivesTheDryRunToAdministratorsOnly() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> admin = http.send(get("admin", "api/v1/privacy/retention?dryRun=true"),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, admin.statusCode(), admin.body());
        assertTrue(admin.body().contains("\"dryRun\":true") && admin.body().contains("\"retentionMonths\":24"),
                admin.body());
        assertEquals(400, http.send(get("admin", "api/v1/privacy/retention?dryRun=false"),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "a GET never applies");
        assertEquals(403, http.send(get("coordination", "api/v1/privacy/retention?dryRun=true"),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(403, http.send(get("agent", "api/v1/privacy/retention?dryRun=true"),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private HttpRequest get(String login, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
