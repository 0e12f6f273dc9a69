package org.passerelle.inbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.inbox.entity.MailOutcome;
import org.passerelle.inbox.entity.ProcessedMail;
import org.passerelle.testsupport.Deployments;
import org.passerelle.testsupport.GreenMailForTests;

/**
 * IMAP IDLE against a real server that offers it (GreenMail, in the test JVM): a mail delivered
 * while the watcher idles becomes a request within seconds. Nothing else reads the mailbox here:
 * the tests' server has no PASSERELLE_IMAP_HOST (so no poll timer at all), and the watched mailbox
 * says "every 10 minutes", so only IDLE can explain a request within seconds. The first mail runs
 * cold code (parser, first queries; 8 s measured on the shared build machine at load 25) and gets
 * a minute, still a tenth of the poll interval; the second must be in within {@link #QUICKLY}.
 * Once the watch stops, a mail stays unread, which shows the watch was what took the others in.
 */
@ExtendWith(ArquillianExtension.class)
class MailIdleIT {
    private static final String JULIE = "julie.tremblay@example.org";
    private static final Duration COLD = Duration.ofSeconds(60);
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(MailIdleIT.class);
    }

    @BeforeAll
    static void startMailServer() {
        GreenMailForTests.start();
    }

    @AfterAll
    static void stopMailServer() {
        GreenMailForTests.stop();
    }

    @Inject
    MailWatcher watcher;
    @PersistenceContext
    EntityManager em;

    private final MailboxSettings poolMailbox = new MailboxSettings("127.0.0.1", port("IT_GREENMAIL_IMAP_PORT", 3143),
            GreenMailForTests.USER, GreenMailForTests.PASSWORD, "INBOX", false, 600);

    @AfterEach
    void stopWatching() {
        watcher.stop();
    }

    @Test
    void aMailDeliveredWhileIdlingBecomesARequestWithinSeconds() throws Exception {
        watcher.watch(poolMailbox);
        awaitIdling();

        String first = send("Courriel IDLE : l'imprimante refuse d'imprimer");
        assertEquals(MailOutcome.REQUEST_OPENED, awaitProcessed(first, COLD).getOutcome());

        // the watch goes back to IDLE after a round and takes the next mail in
        awaitIdling();
        String second = send("Courriel IDLE : le projecteur ne s'allume plus");
        long started = System.nanoTime();
        assertEquals(MailOutcome.REQUEST_OPENED, awaitProcessed(second, QUICKLY).getOutcome());
        System.out.println("MailIdleIT: a mail became a request " + (System.nanoTime() - started) / 1_000_000
                + " ms after delivery, through IDLE");

        watcher.stop();
        assertEquals(MailWatcher.State.STOPPED, watcher.state());
        String unwatched = send("Courriel IDLE : personne n'écoute");
        Thread.sleep(Duration.ofSeconds(5).toMillis());
        assertTrue(processed(unwatched).isEmpty(), "without the watch, nothing read the mailbox");
    }

    @Test
    void aServerThatCannotBeReachedLeavesTheWatchRetryingAndStopStillEndsIt() throws Exception {
        MailboxSettings nowhere = new MailboxSettings("127.0.0.1", 1, "x", "y", "INBOX", false, 600);
        watcher.watch(nowhere);
        Thread.sleep(500);
        assertEquals(MailWatcher.State.CONNECTING, watcher.state(), "it keeps trying, with pauses");
        long started = System.nanoTime();
        watcher.stop();
        assertEquals(MailWatcher.State.STOPPED, watcher.state());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "stop does not wait for the pause");
    }

    private void awaitIdling() throws InterruptedException {
        for (int tries = 0; tries < 120 && watcher.state() != MailWatcher.State.IDLING; tries++) {
            Thread.sleep(250);
        }
        assertEquals(MailWatcher.State.IDLING, watcher.state());
        // IDLING is set just before the IDLE command goes out
        Thread.sleep(300);
    }

    private ProcessedMail awaitProcessed(String messageId, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            List<ProcessedMail> found = processed(messageId);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("not processed within " + within.toMillis() + " ms: " + messageId);
    }

    private List<ProcessedMail> processed(String messageId) {
        return em.createQuery("select p from ProcessedMail p where p.messageKey = :key", ProcessedMail.class)
                .setParameter("key", messageId).getResultList();
    }

    /** Julie mails the pool; returns the Message-ID. */
    private static String send(String subject) throws MessagingException, UnsupportedEncodingException {
        Session session = Session.getInstance(new Properties());
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(JULIE, "Julie Tremblay"));
        mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(GreenMailForTests.ADDRESS));
        mail.setSubject(subject + " " + UUID.randomUUID().toString().substring(0, 8), "UTF-8");
        mail.setText("Bonjour, pouvez-vous m'aider? Merci.", "UTF-8");
        mail.saveChanges();
        String id = mail.getMessageID();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", port("IT_GREENMAIL_SMTP_PORT", 3025), null, null);
            transport.sendMessage(mail, new Address[] {new InternetAddress(GreenMailForTests.ADDRESS)});
        }
        return id;
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
