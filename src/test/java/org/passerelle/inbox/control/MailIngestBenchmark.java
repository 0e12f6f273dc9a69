package org.passerelle.inbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.platform.config.Settings;
import org.passerelle.testsupport.Deployments;
import org.passerelle.testsupport.GreenMailForTests;

/**
 * The mail-intake benchmark (bench/mail-ingest.sh; not part of the tests: its name matches no test
 * pattern). 1,000 mails are put into GreenMail's mailbox over IMAP, then the real poller reads them
 * all; mails per second over the reading only. The mix: 70 % new requests in plain text, 10 % with
 * a small PDF, 10 % replies to one request, 5 % HTML, 5 % auto-replies. Result written to
 * {@code <data dir>/mail-ingest-bench.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class MailIngestBenchmark {
    static final int MAILS = Integer.getInteger("bench.mails", 1000);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(MailIngestBenchmark.class, MailFixtures.class)
                .addAsResource("mail/with-attachment.eml").addAsResource("mail/html-outlook.eml")
                .addAsResource("mail/auto-reply.eml");
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
    @PersistenceContext
    EntityManager em;

    @Test
    void ingest() throws Exception {
        String port = System.getenv("IT_GREENMAIL_IMAP_PORT");
        MailboxSettings mailbox = new MailboxSettings("127.0.0.1", port == null ? 3143 : Integer.parseInt(port),
                GreenMailForTests.USER, GreenMailForTests.PASSWORD, "INBOX", false, 60);
        String firstId = "<" + UUID.randomUUID() + "@bench>";
        String first = "Message-ID: " + firstId + "\r\nFrom: Julie <julie.tremblay@example.org>\r\n"
                + "Subject: Banc d'essai : la demande suivie\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nUne demande que les réponses suivront.\r\n";
        append(mailbox, List.of(first.getBytes(StandardCharsets.UTF_8)));
        poller.poll(mailbox);
        String number = em.createQuery("select p.ticketNumber from ProcessedMail p where p.messageKey = :key",
                String.class).setParameter("key", firstId).getSingleResult();

        List<byte[]> mails = new ArrayList<>();
        for (int i = 0; i < MAILS; i++) {
            mails.add(mail(i, number));
        }
        for (int from = 0; from < mails.size(); from += 100) {
            append(mailbox, mails.subList(from, Math.min(mails.size(), from + 100)));
        }

        long start = System.nanoTime();
        int processed = 0;
        MailPoller.Round round;
        do {
            round = poller.poll(mailbox);
            processed += round.processed();
        } while (round.read() > 0);
        double seconds = (System.nanoTime() - start) / 1e9;
        String result = String.format(java.util.Locale.ROOT, "mail-ingest: %d mails in %.1f s = %.1f mails/s (%s)%n",
                processed, seconds, processed / seconds, Settings.fromEnvironment().dbUrl().replaceFirst(";.*", ""));
        System.out.print(result);
        Files.writeString(Settings.fromEnvironment().dataDir().resolve("mail-ingest-bench.txt"), result);
        assertEquals(MAILS, processed);
    }

    private static byte[] mail(int i, String number) {
        int kind = i % 20;
        String id = UUID.randomUUID().toString();
        if (kind < 2) {
            return MailFixtures.mail("with-attachment.eml", Map.of("ID", id));
        }
        if (kind == 2) {
            return MailFixtures.mail("html-outlook.eml", Map.of("ID", id));
        }
        if (kind == 3) {
            return MailFixtures.mail("auto-reply.eml", Map.of("ID", id));
        }
        String text;
        if (kind < 6) {
            text = "Subject: Re: Banc d'essai\r\nIn-Reply-To: <" + number + "." + i + "@bench>\r\n"
                    + "References: <" + number + "@bench>\r\n";
        } else {
            text = "Subject: Banc d'essai " + i + " : la visioconférence ne démarre pas\r\n";
        }
        return ("Message-ID: <" + id + "@bench>\r\nFrom: Julie Tremblay <julie.tremblay@example.org>\r\n" + text
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Bonjour,\r\n\r\nNotre réunion numéro " + i + " ne démarre pas, le micro reste muet.\r\n\r\n-- \r\n"
                + "Julie\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void append(MailboxSettings mailbox, List<byte[]> raws) throws Exception {
        Session session = Session.getInstance(mailbox.sessionProperties());
        try (Store store = session.getStore(mailbox.protocol())) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            List<Message> messages = new ArrayList<>();
            for (byte[] raw : raws) {
                messages.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
            }
            folder.appendMessages(messages.toArray(new Message[0]));
            folder.close(false);
        }
    }
}
