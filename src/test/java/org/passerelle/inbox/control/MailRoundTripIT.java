package org.passerelle.inbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.inbox.entity.MailOutcome;
import org.passerelle.inbox.entity.ProcessedMail;
import org.passerelle.notification.control.OutboxSender;
import org.passerelle.platform.config.Settings;
import org.passerelle.testsupport.Deployments;
import org.passerelle.testsupport.GreenMailForTests;
import org.passerelle.ticket.control.DeskReply;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.RequestViews;
import org.passerelle.ticket.control.SupportDesk;

/**
 * A request by mail alone, both ways, through one real mail server (GreenMail, IMAP and SMTP, in
 * the test JVM): a member mails the pool with a file → the poller opens the request with it → an
 * agent answers on the web → the outbox mails the answer with [PAS-n] in the subject and the
 * pool's mailbox as Reply-To → the member answers that mail from their client → the poller adds
 * the answer to the same request.
 */
@ExtendWith(ArquillianExtension.class)
class MailRoundTripIT {
    private static final String JULIE = "julie.tremblay@example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(MailRoundTripIT.class, MailFixtures.class)
                .addAsResource("mail/with-attachment.eml");
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
    MailPoller poller;
    @Inject
    SupportDesk desk;
    @Inject
    HelpRequests requests;
    @Inject
    OutboxSender sender;
    @PersistenceContext
    EntityManager em;

    private final MailboxSettings poolMailbox = new MailboxSettings("127.0.0.1", port("IT_GREENMAIL_IMAP_PORT", 3143),
            GreenMailForTests.USER, GreenMailForTests.PASSWORD, "INBOX", false, 60);

    @Test
    void aMemberWritesAnAgentAnswersOnTheWebAndTheMemberAnswersByMail() throws Exception {
        System.setProperty(Settings.SMTP_HOST, "127.0.0.1");
        System.setProperty(Settings.SMTP_PORT, String.valueOf(port("IT_GREENMAIL_SMTP_PORT", 3025)));
        System.setProperty(Settings.SMTP_TLS, "false");
        System.setProperty(Settings.MAIL_FROM, "Passerelle <soutien@passerelle.test>");
        System.setProperty(Settings.MAIL_REPLY_TO, GreenMailForTests.ADDRESS);
        try {
            String id = UUID.randomUUID().toString();
            send(new MimeMessage(session(), new ByteArrayInputStream(
                    MailFixtures.mail("with-attachment.eml", Map.of("ID", id)))));
            String number = processedAfterPolling("<" + id + "@mail.example.org>").getTicketNumber();
            RequestViews.Detail opened = requests.detail("membre", number).orElseThrow();
            assertEquals(1, opened.attachments().size(), "the mailed file is on the request");

            desk.reply("agent", number, DeskReply.publicReply("Bonjour Julie, redémarrez l'imprimante, puis réessayez."),
                    desk.detail("agent", number).orElseThrow().version());
            for (int round = 0; round < 20 && sender.deliverDue(Instant.now()) > 0; round++) {
                // every due mail, batch after batch
            }

            MimeMessage answer = receivedBy(JULIE, "[" + number + "]", "redémarrez l'imprimante");
            assertTrue(answer.getSubject().startsWith("[" + number + "]"), answer.getSubject());
            assertEquals(GreenMailForTests.ADDRESS, ((InternetAddress) answer.getReplyTo()[0]).getAddress());

            MimeMessage reply = (MimeMessage) answer.reply(false);
            reply.setFrom(new InternetAddress(JULIE, "Julie Tremblay"));
            reply.setRecipients(Message.RecipientType.TO, answer.getReplyTo());
            reply.setText("Merci, l'imprimante fonctionne de nouveau.", "UTF-8");
            reply.saveChanges();
            String replyId = reply.getMessageID();
            send(reply);
            assertEquals(MailOutcome.REPLY_ADDED, processedAfterPolling(replyId).getOutcome());

            List<String> thread = requests.detail("membre", number).orElseThrow().messages().stream()
                    .map(RequestViews.PublicMessage::body).toList();
            assertEquals(List.of("Bonjour Julie, redémarrez l'imprimante, puis réessayez.",
                    "Merci, l'imprimante fonctionne de nouveau."), thread, "the thread goes on in the same request");
        } finally {
            for (String property : List.of(Settings.SMTP_HOST, Settings.SMTP_PORT, Settings.SMTP_TLS,
                    Settings.MAIL_FROM, Settings.MAIL_REPLY_TO)) {
                System.clearProperty(property);
            }
        }
    }

    /** Polls the pool's mailbox until the mail is processed (GreenMail files a mail just after the SMTP dialogue). */
    private ProcessedMail processedAfterPolling(String messageId) throws InterruptedException {
        for (int tries = 0; tries < 40; tries++) {
            poller.poll(poolMailbox);
            List<ProcessedMail> found = em.createQuery("select p from ProcessedMail p where p.messageKey = :key",
                    ProcessedMail.class).setParameter("key", messageId).getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("never processed: " + messageId);
    }

    /** Reads a person's mailbox (GreenMail creates it on first delivery, login and password = the address). */
    private MimeMessage receivedBy(String address, String subjectPart, String bodyPart)
            throws MessagingException, IOException, InterruptedException {
        for (int tries = 0; tries < 40; tries++) {
            try (Store store = session().getStore("imap")) {
                store.connect("127.0.0.1", port("IT_GREENMAIL_IMAP_PORT", 3143), address, address);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message message : inbox.getMessages()) {
                        if (message.getSubject().contains(subjectPart) && text(message).contains(bodyPart)) {
                            return copy((MimeMessage) message);
                        }
                    }
                } finally {
                    inbox.close(false);
                }
            } catch (jakarta.mail.AuthenticationFailedException notYetCreated) {
                // no mail delivered to that address yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no mail for " + address + " with " + subjectPart + " and " + bodyPart);
    }

    private static MimeMessage copy(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        return new MimeMessage(session(), new ByteArrayInputStream(raw.toByteArray()));
    }

    /** The plain-text part of a notification (multipart/alternative: text, then HTML). */
    private static String text(jakarta.mail.Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private static void send(MimeMessage message) throws MessagingException {
        Session session = session();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", port("IT_GREENMAIL_SMTP_PORT", 3025), null, null);
            // sendMessage keeps the message's own Message-ID
            transport.sendMessage(message, new Address[] {new InternetAddress(GreenMailForTests.ADDRESS)});
        }
    }

    private static Session session() {
        return Session.getInstance(new Properties());
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
