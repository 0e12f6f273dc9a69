package org.passerelle.inbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.activation.DataHandler;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.inbox.entity.HeldMail;
import org.passerelle.inbox.entity.MailOutcome;
import org.passerelle.inbox.entity.ProcessedMail;
import org.passerelle.testsupport.Deployments;
import org.passerelle.testsupport.GreenMailForTests;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.RequestProblem;
import org.passerelle.ticket.control.RequestViews;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;

/**
 * Requests by email, end to end: GreenMail (a real IMAP server) runs in the test JVM; inside
 * Payara the test puts raw mails into its mailbox over IMAP, runs a round of the real poller, and
 * checks what the database holds. H2, then PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class InboxIT {
    private static final String JULIE = "julie.tremblay@example.org";
    private static final String[] FIXTURES = {"plain-utf8-quoted.eml", "windows-1252-qp.eml",
        "iso-8859-1-base64.eml", "html-outlook.eml", "with-attachment.eml", "auto-reply.eml", "bounce.eml",
        "list-mail.eml", "reply-threaded.eml", "no-message-id.eml"};

    @Deployment
    static WebArchive deployment() {
        WebArchive archive = Deployments.application(InboxIT.class, MailFixtures.class);
        for (String fixture : FIXTURES) {
            archive.addAsResource("mail/" + fixture);
        }
        return archive;
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
    MailIntake intake;
    @Inject
    HeldMails held;
    @Inject
    HelpRequests requests;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;

    private final MailboxSettings mailbox = new MailboxSettings("127.0.0.1",
            imapPort(), GreenMailForTests.USER,
            GreenMailForTests.PASSWORD, "INBOX", false, 60);

    @BeforeEach
    void emptyMailbox() throws MessagingException {
        withInbox(folder -> {
            for (Message message : folder.getMessages()) {
                message.setFlag(Flags.Flag.DELETED, true);
            }
            folder.expunge();
        });
    }

    @Test
    void aMemberSendsAMailWithAFileWhichOpensARequestWithItsFileAndIsThenMarkedRead() throws Exception {
        String id = unique();
        sendBySmtp(MailFixtures.mail("with-attachment.eml", Map.of("ID", id)));

        MailPoller.Round round = poller.poll(mailbox);
        for (int tries = 0; round.read() == 0 && tries < 20; tries++) {
            Thread.sleep(250); // GreenMail files the mail just after the SMTP dialogue ends
            round = poller.poll(mailbox);
        }

        assertEquals(1, round.processed());
        ProcessedMail processed = processed("<" + id + "@mail.example.org>");
        assertEquals(MailOutcome.REQUEST_OPENED, processed.getOutcome());
        RequestViews.Detail request = requests.detail("membre", processed.getTicketNumber()).orElseThrow();
        assertEquals("Imprimante du bureau", request.subject());
        assertEquals("Bonjour, l'imprimante affiche une erreur, voici la capture.", request.body());
        assertEquals(Category.AUTRE, request.category());
        assertEquals(Urgency.NORMAL, request.urgency());
        assertEquals(1, request.attachments().size());
        assertEquals("capture écran.pdf", request.attachments().get(0).fileName());
        assertEquals(0, unseen(), "flagged \\Seen once committed");
        assertEquals(0, poller.poll(mailbox).read(), "the next round has nothing to read");
    }

    @Test
    void aReplyContinuesTheThreadAndReopensAResolvedRequest() throws Exception {
        String number = openByMail("plain-utf8-quoted.eml");
        long version = requests.detail("membre", number).orElseThrow().version();
        requests.markResolved("membre", number, version);
        assertEquals(Status.RESOLVED, requests.detail("membre", number).orElseThrow().status());

        deliver(("Message-ID: <" + unique() + "@mail.example.org>\r\nFrom: Julie <JULIE.Tremblay@Example.org>\r\n"
                + "Subject: RE: [" + number + "] Problème de réunion Zoom\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nFinalement, ça recommence ce matin.\r\n\r\n"
                + "Le mar. 24 nov. 2026 à 10:00, Soutien a écrit :\r\n> C'est réglé\r\n")
                .getBytes(StandardCharsets.UTF_8));
        deliver(MailFixtures.mail("reply-threaded.eml", Map.of("ID", unique(),
                "NUMBER", number.substring("PAS-".length()))));
        poller.poll(mailbox);

        RequestViews.Detail request = requests.detail("membre", number).orElseThrow();
        assertEquals(Status.OPEN, request.status(), "a member's reply reopens a resolved request");
        List<String> bodies = request.messages().stream().map(RequestViews.PublicMessage::body).toList();
        assertEquals(List.of("Finalement, ça recommence ce matin.",
                "Merci, mais cela ne marche toujours pas sur le portable."), bodies);
        assertEquals("Julie Tremblay", request.messages().get(0).authorName());
    }

    @Test
    void anUnknownSenderWaitsForAnAgentWhoAttachesOrDiscards() throws Exception {
        String first = unique();
        String second = unique();
        deliver(MailFixtures.mail("with-attachment.eml", Map.of("ID", first, "FROM", "inconnue@ailleurs.example")));
        deliver(MailFixtures.mail("plain-utf8-quoted.eml", Map.of("ID", second, "FROM", "pourriel@ailleurs.example")));
        poller.poll(mailbox);
        assertEquals(MailOutcome.HELD, processed("<" + first + "@mail.example.org>").getOutcome());

        List<HeldMails.Row> pending = held.pending("agent");
        HeldMails.Row attachable = pending.stream().filter(r -> r.sender().equals("inconnue@ailleurs.example"))
                .findFirst().orElseThrow();
        assertEquals(HeldMail.Reason.UNKNOWN_SENDER, attachable.reason());
        assertEquals("capture écran.pdf", attachable.fileNames());
        HeldMails.Row discardable = pending.stream().filter(r -> r.sender().equals("pourriel@ailleurs.example"))
                .findFirst().orElseThrow();

        assertEquals(List.of("inbox.held.forbidden"),
                assertThrows(RequestProblem.class, () -> held.pending("membre")).getKeys());
        assertEquals(List.of("inbox.held.memberUnknown"), assertThrows(RequestProblem.class,
                () -> held.attach("agent", attachable.id(), "personne@nulle.part", attachable.version())).getKeys());

        String number = held.attach("agent", attachable.id(), JULIE, attachable.version());
        RequestViews.Detail request = requests.detail("membre", number).orElseThrow();
        assertEquals("Imprimante du bureau", request.subject());
        assertEquals(1, request.attachments().size(), "the file travels with the mail");

        assertEquals(List.of("inbox.held.reasonLength"), assertThrows(RequestProblem.class,
                () -> held.discard("agent", discardable.id(), " ", discardable.version())).getKeys());
        held.discard("agent", discardable.id(), "Publicité", discardable.version());
        assertTrue(held.pending("agent").stream().noneMatch(r -> r.id() == attachable.id()
                || r.id() == discardable.id()));
        HeldMail discarded = em.find(HeldMail.class, discardable.id());
        assertEquals(HeldMail.State.DISCARDED, discarded.getStatus());
        assertEquals("Publicité", discarded.getDiscardReason());
        assertEquals("agent", em.createQuery("select h.decidedBy.login from HeldMail h where h.id = :id", String.class)
                .setParameter("id", discardable.id()).getSingleResult());
    }

    @Test
    void autoRepliesBouncesAndListMailOpenNothing() throws Exception {
        long before = tickets();
        String reply = unique();
        deliver(MailFixtures.mail("auto-reply.eml", Map.of("ID", reply)));
        deliver(MailFixtures.mail("bounce.eml", Map.of("ID", unique())));
        deliver(MailFixtures.mail("list-mail.eml", Map.of("ID", unique(), "FROM", JULIE)));

        MailPoller.Round round = poller.poll(mailbox);

        assertEquals(3, round.processed());
        assertEquals(before, tickets(), "no request opened, none answered");
        assertEquals(MailOutcome.AUTOMATIC, processed("<" + reply + "@mail.example.org>").getOutcome());
        assertEquals(0L, em.createQuery("select count(h) from HeldMail h where h.messageKey like :k", Long.class)
                .setParameter("k", "<" + reply + "%").getSingleResult(), "not even in the à-vérifier list");
        assertEquals(0, unseen());
    }

    @Test
    void frenchTextInWindows1252QuotedPrintableAndLatin1Base64DecodesRight() throws Exception {
        String cp1252 = openByMail("windows-1252-qp.eml");
        assertEquals("Bonjour, j’ai besoin d’aide avec ma réunion à distance.\n"
                + "C’est pour l’équipe « bénévoles », œuvre de 20 €.", requests.detail("membre", cp1252).orElseThrow()
                .body());
        assertEquals("Réunion à distance", requests.detail("membre", cp1252).orElseThrow().subject());
        String latin1 = openByMail("iso-8859-1-base64.eml");
        assertTrue(requests.detail("membre", latin1).orElseThrow().body()
                .startsWith("Bonjour, j'ai besoin d'aide avec ma réunion à distance"));
    }

    @Test
    void a25MegabyteFileIsRefusedWithANoticeAndTheRequestIsOpenedAnyway() throws Exception {
        Session session = Session.getInstance(new java.util.Properties());
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(JULIE, "Julie Tremblay"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(GreenMailForTests.ADDRESS));
        mail.setSubject("Vidéo de notre assemblée", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Voici l'enregistrement de l'assemblée, il ne joue pas.", "UTF-8");
        MimeBodyPart video = new MimeBodyPart();
        video.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[25 * 1024 * 1024], "application/pdf")));
        video.setFileName("assemblee.pdf");
        mail.setContent(new MimeMultipart(text, video));
        mail.saveChanges();
        withInbox(folder -> folder.appendMessages(new Message[] {mail}));

        assertEquals(1, poller.poll(mailbox).processed());

        String number = processed(mail.getMessageID()).getTicketNumber();
        RequestViews.Detail request = requests.detail("membre", number).orElseThrow();
        assertEquals("Voici l'enregistrement de l'assemblée, il ne joue pas.", request.body());
        assertTrue(request.attachments().isEmpty());
        assertEquals(1, request.messages().size());
        String notice = request.messages().get(0).body();
        assertTrue(notice.contains("« assemblee.pdf » (25 Mo) dépasse la limite de 10 Mo"), notice);
        assertNull(request.messages().get(0).authorName(), "Passerelle's notice, not an agent's answer");
        assertEquals(Status.NEW, request.status());
    }

    @Test
    void aCrashBeforeTheCommitOrAMailboxReadTwiceNeitherLosesNorDuplicates() throws Exception {
        String subject = "Panne courriel " + unique();
        byte[] raw = MailFixtures.mail("no-message-id.eml").clone();
        raw = new String(raw, StandardCharsets.ISO_8859_1).replace("Subject: Sans identifiant", "Subject: " + subject)
                .getBytes(StandardCharsets.ISO_8859_1);
        Path work = Files.createTempDirectory("inbox-it-");
        Path file = work.resolve("mail.eml");
        Files.write(file, raw);
        IncomingMail parsed = new MailParser(10L * 1024 * 1024).parse(file, work.resolve("files"));

        // the server dies after processing, before the commit: the transaction rolls back
        tx.begin();
        intake.process(parsed, file);
        tx.rollback();
        assertEquals(0, ticketsAbout(subject), "nothing half-done survives");
        assertFalse(intake.alreadyProcessed(parsed.messageKey()));

        // the mail is still unread in the mailbox: the next round takes it
        deliver(raw);
        assertEquals(1, poller.poll(mailbox).processed());
        assertEquals(1, ticketsAbout(subject));

        // the same mail delivered (or the mailbox restored) again, and a commit whose \Seen flag was lost
        deliver(raw);
        assertEquals(1, poller.poll(mailbox).duplicates());
        withInbox(folder -> {
            for (Message message : folder.getMessages()) {
                message.setFlag(Flags.Flag.SEEN, false);
            }
        });
        MailPoller.Round again = poller.poll(mailbox);
        assertEquals(2, again.duplicates());
        assertEquals(0, again.processed());
        assertEquals(1, ticketsAbout(subject), "exactly once");
        assertEquals(0, unseen());
    }

    private String openByMail(String fixture) throws Exception {
        String id = unique();
        byte[] raw = MailFixtures.mail(fixture, Map.of("ID", id));
        deliver(raw);
        poller.poll(mailbox);
        String key = new String(raw, StandardCharsets.ISO_8859_1).lines()
                .filter(l -> l.startsWith("Message-ID: ")).findFirst().orElseThrow().substring(12).strip();
        ProcessedMail processed = processed(key);
        assertEquals(MailOutcome.REQUEST_OPENED, processed.getOutcome());
        return processed.getTicketNumber();
    }

    private ProcessedMail processed(String key) {
        return em.createQuery("select p from ProcessedMail p where p.messageKey = :key", ProcessedMail.class)
                .setParameter("key", key).getSingleResult();
    }

    private long tickets() {
        return em.createQuery("select count(t) from Ticket t", Long.class).getSingleResult();
    }

    private long ticketsAbout(String subject) {
        return em.createQuery("select count(t) from Ticket t where t.subject = :s", Long.class)
                .setParameter("s", subject).getSingleResult();
    }

    /** The port GreenMail listens on; GreenMailForTests itself is not in the deployment (constants are inlined). */
    private static int imapPort() {
        String value = System.getenv("IT_GREENMAIL_IMAP_PORT");
        return value == null || value.isBlank() ? 3143 : Integer.parseInt(value.strip());
    }

    private static String unique() {
        return UUID.randomUUID().toString();
    }

    /** As a member's mail client does: SMTP to the pool's address, which GreenMail files in its INBOX. */
    private static void sendBySmtp(byte[] raw) throws MessagingException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        String port = System.getenv("IT_GREENMAIL_SMTP_PORT");
        properties.setProperty("mail.smtp.port", port == null || port.isBlank() ? "3025" : port.strip());
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        try (jakarta.mail.Transport transport = session.getTransport("smtp")) {
            transport.connect();
            // sendMessage, not Transport.send: the mail keeps its own Message-ID
            transport.sendMessage(message, new jakarta.mail.Address[] {new InternetAddress(GreenMailForTests.ADDRESS)});
        }
    }

    private void deliver(byte[] raw) throws MessagingException {
        Session session = Session.getInstance(new java.util.Properties());
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        withInbox(folder -> folder.appendMessages(new Message[] {message}));
    }

    private int unseen() throws MessagingException {
        int[] count = new int[1];
        withInbox(folder -> count[0] = folder.getUnreadMessageCount());
        return count[0];
    }

    private interface FolderWork {
        void run(Folder folder) throws MessagingException;
    }

    private void withInbox(FolderWork work) throws MessagingException {
        Session session = Session.getInstance(mailbox.sessionProperties());
        try (Store store = session.getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            try {
                work.run(folder);
            } finally {
                folder.close(true);
            }
        }
    }
}
