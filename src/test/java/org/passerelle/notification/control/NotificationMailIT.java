package org.passerelle.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.identity.entity.Member;
import org.passerelle.notification.entity.AppNotification;
import org.passerelle.notification.entity.Channel;
import org.passerelle.notification.entity.NotificationEvent;
import org.passerelle.notification.entity.OutboxMessage;
import org.passerelle.notification.entity.OutboxStatus;
import org.passerelle.platform.config.Settings;
import org.passerelle.platform.mail.AccountMail;
import org.passerelle.testsupport.Deployments;
import org.passerelle.ticket.control.DeskReply;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.NewRequest;
import org.passerelle.ticket.control.SupportDesk;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Urgency;

/**
 * Mail out, through a real SMTP server: GreenMail runs inside the test deployment (so in the
 * server's JVM, where the sender is) on a free port, and the test points Passerelle at it with the
 * system properties that {@link Settings} reads before the environment.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class NotificationMailIT {
    static final String FROM = "Passerelle <soutien@passerelle.test>";
    static final String JULIE = "julie.tremblay@example.org";
    static final String KARIM = "karim.haddad@example.org";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withJarsOf(Deployments.application(NotificationMailIT.class),
                "com.icegreen.greenmail.util.GreenMail", "org.slf4j.LoggerFactory");
    }

    @Inject
    HelpRequests requests;
    @Inject
    SupportDesk desk;
    @Inject
    OutboxSender sender;
    @Inject
    OutboxStore store;
    @Inject
    NotificationPreferences preferences;
    @Inject
    NotificationCenter center;
    @Inject
    Event<AccountMail> accountMails;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GreenMail smtp() {
        int port = freePort();
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        pointAt(port);
        return greenMail;
    }

    private static void pointAt(int port) {
        System.setProperty(Settings.SMTP_HOST, "127.0.0.1");
        System.setProperty(Settings.SMTP_PORT, String.valueOf(port));
        System.setProperty(Settings.SMTP_TLS, "false");
        System.setProperty(Settings.MAIL_FROM, FROM);
        System.setProperty(Settings.MAIL_REPLY_TO, "demandes@passerelle.test");
    }

    private static void noSmtp(GreenMail greenMail) {
        System.clearProperty(Settings.SMTP_HOST);
        System.clearProperty(Settings.SMTP_PORT);
        greenMail.stop();
    }

    private String open(String login, String subject) {
        return requests.open(login, new NewRequest(Category.VISIOCONFERENCE, subject,
                "Nous avons besoin d'aide pour notre AGA en ligne.", Urgency.NORMAL, PreferredContact.EMAIL, null,
                false));
    }

    /** Sends everything due at {@code at}, round after round. */
    private void drain(Instant at) {
        for (int round = 0; round < 50 && sender.deliverDue(at) > 0; round++) {
            // next batch
        }
    }

    private static List<MimeMessage> to(GreenMail greenMail, String address, String number) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                Address[] recipients = m.getAllRecipients();
                return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(address))
                        && m.getSubject().contains("[" + number + "]");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String[] textAndHtml(MimeMessage message) throws MessagingException, IOException {
        Multipart alternative = (Multipart) message.getContent();
        String text = null;
        String html = null;
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                text = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                html = (String) part.getContent();
            }
        }
        return new String[] {text, html};
    }

    private List<OutboxMessage> rows(String number) {
        return em.createQuery("select m from OutboxMessage m where m.ticketNumber = :n order by m.id",
                OutboxMessage.class).setParameter("n", number).getResultList();
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }

    private long version(String number) {
        return desk.detail("agent", number).orElseThrow().version();
    }

    @Test
    void theMemberReceivesRequestReceivedWithItsNumberAndThreadingHeaders() throws Exception {
        GreenMail greenMail = smtp();
        try {
            String number = open("membre", "Courriel : accusé de réception <b>gras</b>");
            drain(Instant.now());
            List<MimeMessage> received = to(greenMail, JULIE, number);
            assertEquals(1, received.size(), "one acknowledgement");
            MimeMessage mail = received.get(0);
            assertTrue(mail.getSubject().startsWith("[" + number + "] Nous avons bien reçu votre demande"),
                    mail.getSubject());
            assertEquals("demandes@passerelle.test", mail.getReplyTo()[0].toString());
            assertTrue(mail.getMessageID().startsWith("<" + number + "."), mail.getMessageID());
            assertTrue(mail.getMessageID().endsWith("@passerelle.test>"), mail.getMessageID());
            assertEquals("<" + number + "@passerelle.test>", mail.getHeader("References", null));
            assertEquals("<" + number + "@passerelle.test>", mail.getHeader("In-Reply-To", null));
            assertEquals("auto-generated", mail.getHeader("Auto-Submitted", null));
            String[] bodies = textAndHtml(mail);
            assertTrue(bodies[0].contains("Bonjour Julie"), bodies[0]);
            assertTrue(bodies[0].contains("/app/demande.xhtml?numero=" + number), bodies[0]);
            assertTrue(bodies[1].contains("&lt;b&gt;gras&lt;/b&gt;"), "the subject is escaped in HTML: " + bodies[1]);
            assertFalse(bodies[1].contains("<b>gras"), bodies[1]);

            OutboxMessage row = rows(number).stream().filter(r -> r.getRecipient().equals(JULIE)).findFirst()
                    .orElseThrow();
            assertEquals(OutboxStatus.SENT, row.getStatus());
            assertEquals(1, row.getAttempts());
            assertNotNull(row.getSentAt());
            assertTrue(center.latest("membre").stream().anyMatch(n -> number.equals(n.getTicketNumber())
                    && n.getEvent() == NotificationEvent.REQUEST_RECEIVED), "and in the bell");
        } finally {
            noSmtp(greenMail);
        }
    }

    @Test
    void anAgentsPublicReplyReachesTheMemberInTheirLanguage() throws Exception {
        setLanguage("membre2", "en");
        GreenMail greenMail = smtp();
        try {
            String number = open("membre2", "Courriel : réponse en anglais");
            desk.reply("agent", number, DeskReply.publicReply("Hello Karim, here is **how** to do it."),
                    version(number));
            drain(Instant.now());
            List<MimeMessage> received = to(greenMail, KARIM, number);
            MimeMessage reply = received.stream().filter(m -> {
                try {
                    return m.getSubject().startsWith("[" + number + "] New reply:");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).findFirst().orElseThrow(() -> new AssertionError("no reply among " + received.size()));
            String[] bodies = textAndHtml(reply);
            assertTrue(bodies[0].startsWith("Hello Karim,"), bodies[0]);
            assertTrue(bodies[0].contains("> Hello Karim, here is **how** to do it."), bodies[0]);
            assertTrue(bodies[1].contains("<strong>how</strong>"), "Markdown rendered safely: " + bodies[1]);
            assertTrue(bodies[1].contains("<html lang=\"en\">"), bodies[1]);
        } finally {
            noSmtp(greenMail);
            setLanguage("membre2", "fr");
        }
    }

    @Test
    void anInternalNoteIsNeverMailedToTheMemberButReachesTheMentionedAgent() throws Exception {
        GreenMail greenMail = smtp();
        try {
            String number = open("membre", "Courriel : note interne");
            desk.reply("agent", number, DeskReply.internalNote("SECRET-NOTE @responsable et @membre, à vérifier"),
                    version(number));
            drain(Instant.now());
            List<OutboxMessage> rows = rows(number);
            assertTrue(rows.stream().noneMatch(r -> r.getTextBody().contains("SECRET-NOTE")
                    && !NotificationPreferences.isStaff(em.find(Member.class, r.getRecipientId()))),
                    "no mail with the note to anyone but staff");
            assertEquals(List.of(NotificationEvent.REQUEST_RECEIVED), rows.stream()
                    .filter(r -> r.getRecipient().equals(JULIE)).map(OutboxMessage::getEvent).toList(),
                    "the member, even mentioned, only got the acknowledgement");
            for (MimeMessage mail : greenMail.getReceivedMessages()) {
                if (Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().equals(JULIE))) {
                    assertFalse(String.valueOf(textAndHtml(mail)[0]).contains("SECRET-NOTE"));
                }
            }
            Long lead = member("responsable").getId();
            assertTrue(rows.stream().anyMatch(r -> lead.equals(r.getRecipientId())
                    && r.getEvent() == NotificationEvent.MENTION && r.getTextBody().contains("SECRET-NOTE")),
                    "the mentioned pool lead is told (now or in their digest)");
        } finally {
            noSmtp(greenMail);
        }
    }

    @Test
    void whenSmtpIsDownNothingIsLostAndWhenItReturnsEverythingGoesOutExactlyOnce() throws Exception {
        int deadPort = freePort();
        pointAt(deadPort);
        List<String> numbers = List.of(open("membre2", "Courriel : panne 1"), open("membre2", "Courriel : panne 2"),
                open("membre2", "Courriel : panne 3"));
        Instant now = Instant.now();
        sender.deliverDue(now);
        for (String number : numbers) {
            OutboxMessage row = rows(number).stream().filter(r -> r.getRecipient().equals(KARIM)).findFirst()
                    .orElseThrow();
            assertEquals(OutboxStatus.PENDING, row.getStatus(), "kept for a retry");
            assertTrue(row.getAttempts() >= 1);
            assertNotNull(row.getLastError());
            assertTrue(row.getNextAttemptAt().isAfter(now), "backed off");
        }
        GreenMail greenMail = smtp();
        try {
            Instant later = now.plus(Duration.ofMinutes(5));
            Thread other = new Thread(() -> drain(later));
            other.start();
            drain(later);
            other.join(60_000);
            drain(later);
            for (String number : numbers) {
                assertEquals(1, to(greenMail, KARIM, number).size(), "exactly once: " + number);
                OutboxMessage row = rows(number).stream().filter(r -> r.getRecipient().equals(KARIM)).findFirst()
                        .orElseThrow();
                assertEquals(OutboxStatus.SENT, row.getStatus());
                assertTrue(store.claim(row.getId(), later).isEmpty(), "a sent message cannot be claimed again");
            }
        } finally {
            noSmtp(greenMail);
        }
    }

    /**
     * Julie's request goes to the Montréal pool (the agent); the pool lead, who works in the
     * province-wide pool serving every network, handles it and gives it to the agent.
     */
    @Test
    void assignmentWaitingResolutionAndTheMembersAnswerTellTheRightPeople() {
        String number = open("membre", "Courriel : cycle complet");
        desk.assign("responsable", number, "agent", version(number));
        desk.changeStatus("responsable", number, org.passerelle.ticket.entity.Status.WAITING_ON_MEMBER,
                version(number));
        requests.reply("membre", number, "Voici les précisions demandées.",
                requests.detail("membre", number).orElseThrow().version());
        desk.reply("responsable", number, new DeskReply("C'est réglé.", false,
                org.passerelle.ticket.entity.Status.RESOLVED, java.util.Set.of()), version(number));
        Long agent = member("agent").getId();
        List<OutboxMessage> rows = rows(number);
        List<NotificationEvent> toMember = rows.stream().filter(r -> r.getRecipient().equals(JULIE))
                .map(OutboxMessage::getEvent).toList();
        assertEquals(List.of(NotificationEvent.REQUEST_RECEIVED, NotificationEvent.WAITING_ON_YOU,
                NotificationEvent.RESOLVED), toMember, "the reply that resolves is in the resolved mail");
        String resolved = rows.stream().filter(r -> r.getEvent() == NotificationEvent.RESOLVED).findFirst()
                .orElseThrow().getTextBody();
        assertTrue(resolved.contains("numero=" + number + "#rate"), "the rating link");
        assertTrue(resolved.contains("> C'est réglé."), resolved);
        List<NotificationEvent> toAgent = rows.stream().filter(r -> agent.equals(r.getRecipientId()))
                .map(OutboxMessage::getEvent).filter(e -> e != NotificationEvent.NEW_IN_POOL).toList();
        assertEquals(List.of(NotificationEvent.ASSIGNED, NotificationEvent.PUBLIC_REPLY,
                NotificationEvent.PUBLIC_REPLY), toAgent,
                "assigned, then the member's answer and the pool lead's reply on the agent's request");
    }

    /** Reply and resolve in one action: one mail (the reply and the rating link), one in-app notice. */
    @Test
    void aReplyThatResolvesReachesTheMemberAsOneMail() throws Exception {
        GreenMail greenMail = smtp();
        try {
            String number = open("membre", "Courriel : réponse qui règle la demande");
            drain(Instant.now());
            int before = to(greenMail, JULIE, number).size();
            desk.reply("agent", number, new DeskReply("Voici la **solution** : redémarrez le routeur.", false,
                    org.passerelle.ticket.entity.Status.RESOLVED, java.util.Set.of()), version(number));
            drain(Instant.now());
            List<MimeMessage> after = to(greenMail, JULIE, number);
            assertEquals(before + 1, after.size(), "one mail for the reply and the resolution");
            MimeMessage mail = after.get(after.size() - 1);
            String[] bodies = textAndHtml(mail);
            assertTrue(bodies[0].contains("La réponse de "), bodies[0]);
            assertTrue(bodies[0].contains("> Voici la **solution** : redémarrez le routeur."), bodies[0]);
            assertTrue(bodies[0].contains("numero=" + number + "#rate"), "the rating link: " + bodies[0]);
            assertTrue(bodies[1].contains("<strong>solution</strong>"), bodies[1]);
            assertEquals(List.of(NotificationEvent.REQUEST_RECEIVED, NotificationEvent.RESOLVED),
                    inApp("membre", number), "one in-app notice too");
        } finally {
            noSmtp(greenMail);
        }
    }

    /** Reply and "waiting on the member" in one action: one mail, with the question in it. */
    @Test
    void aReplyThatWaitsOnTheMemberReachesThemAsOneMail() throws Exception {
        GreenMail greenMail = smtp();
        try {
            String number = open("membre", "Courriel : réponse qui attend le membre");
            drain(Instant.now());
            int before = to(greenMail, JULIE, number).size();
            desk.reply("agent", number, new DeskReply("Quel est le modèle de votre routeur?", false,
                    org.passerelle.ticket.entity.Status.WAITING_ON_MEMBER, java.util.Set.of()), version(number));
            drain(Instant.now());
            List<MimeMessage> after = to(greenMail, JULIE, number);
            assertEquals(before + 1, after.size(), "one mail for the question and the status");
            String[] bodies = textAndHtml(after.get(after.size() - 1));
            assertTrue(bodies[0].contains("> Quel est le modèle de votre routeur?"), bodies[0]);
            assertEquals(List.of(NotificationEvent.REQUEST_RECEIVED, NotificationEvent.WAITING_ON_YOU),
                    inApp("membre", number));
        } finally {
            noSmtp(greenMail);
        }
    }

    private List<NotificationEvent> inApp(String login, String number) {
        return em.createQuery("select n.event from AppNotification n where n.memberId = :member"
                        + " and n.ticketNumber = :number order by n.id", NotificationEvent.class)
                .setParameter("member", member(login).getId()).setParameter("number", number).getResultList();
    }

    @Test
    void aClaimIsWonByOneSenderOnly() throws Exception {
        System.clearProperty(Settings.SMTP_HOST); // the timer stays idle and cannot claim it first
        String number = open("membre", "Courriel : une seule réclamation");
        OutboxMessage row = rows(number).stream().filter(r -> r.getRecipient().equals(JULIE)).findFirst()
                .orElseThrow();
        Instant now = Instant.now().plusSeconds(1);
        assertTrue(store.claim(row.getId(), now).isPresent());
        assertTrue(store.claim(row.getId(), now).isEmpty());
        store.failed(row.getId(), now, "test", false);
        assertEquals(OutboxStatus.PENDING, rows(number).stream().filter(r -> r.getId().equals(row.getId()))
                .findFirst().orElseThrow().getStatus());
    }

    @Test
    void anAccountMailIsStoredWithItsTransactionOnly() throws Exception {
        GreenMail greenMail = smtp();
        try {
            String subject = "Invitation " + System.nanoTime();
            tx.begin();
            accountMails.fire(new AccountMail("nouvelle@example.org", Locale.CANADA_FRENCH, subject + " (annulée)",
                    "Bienvenue"));
            tx.rollback();
            tx.begin();
            accountMails.fire(new AccountMail("nouvelle@example.org", Locale.CANADA_FRENCH, subject, "Bienvenue"));
            tx.commit();
            drain(Instant.now());
            List<String> subjects = Arrays.stream(greenMail.getReceivedMessages()).map(m -> {
                try {
                    return m.getSubject();
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).filter(s -> s.startsWith(subject)).toList();
            assertEquals(List.of(subject), subjects, "the rolled-back one was never stored");
        } finally {
            noSmtp(greenMail);
        }
    }

    @Test
    void aPersonWhoChoseInAppOnlyGetsNoMail() throws Exception {
        preferences.choose("membre", Map.of(NotificationEvent.PUBLIC_REPLY, Channel.IN_APP));
        try {
            String number = open("membre", "Courriel : cloche seulement");
            long unread = center.unreadCount("membre");
            desk.reply("agent", number, DeskReply.publicReply("Réponse visible dans la cloche"), version(number));
            assertTrue(rows(number).stream().noneMatch(r -> r.getEvent() == NotificationEvent.PUBLIC_REPLY
                    && r.getRecipient().equals(JULIE)));
            assertEquals(unread + 1, center.unreadCount("membre"));
            AppNotification latest = center.latest("membre").get(0);
            assertEquals(number, latest.getTicketNumber());
            center.markRead("membre", latest.getId());
            assertEquals(unread, center.unreadCount("membre"));
        } finally {
            preferences.choose("membre", Map.of(NotificationEvent.PUBLIC_REPLY, Channel.BOTH));
        }
    }

    /** The requester and the pool's agents have their preferences read together: each still gets their own. */
    @Test
    void aNewRequestFollowsEachPersonsOwnChoice() {
        preferences.choose("membre", Map.of(NotificationEvent.REQUEST_RECEIVED, Channel.NONE));
        preferences.choose("agent", Map.of(NotificationEvent.NEW_IN_POOL, Channel.IN_APP));
        try {
            String number = open("membre", "Courriel : chacun son choix");
            Long agent = member("agent").getId();
            Long lead = member("responsable").getId();
            List<OutboxMessage> mails = rows(number);
            assertTrue(mails.stream().noneMatch(r -> r.getRecipient().equals(JULIE)), "the member chose nothing");
            assertTrue(mails.stream().noneMatch(r -> agent.equals(r.getRecipientId())), "the agent chose in-app only");
            assertEquals(1, mails.stream().filter(r -> lead.equals(r.getRecipientId())).count(), "the lead: both");
            List<Long> told = em.createQuery("select n.memberId from AppNotification n where n.ticketNumber = :n",
                    Long.class).setParameter("n", number).getResultList();
            assertTrue(told.contains(agent) && told.contains(lead), "both agents in the app: " + told);
            assertFalse(told.contains(member("membre").getId()), "not the member: " + told);
        } finally {
            preferences.choose("membre", Map.of(NotificationEvent.REQUEST_RECEIVED, Channel.BOTH));
            preferences.choose("agent", Map.of(NotificationEvent.NEW_IN_POOL, Channel.BOTH));
        }
    }

    @Test
    void duringQuietHoursStaffMailIsHeldAndGoesOutAsOneDigest() throws Exception {
        ZonedDateTime local = ZonedDateTime.now(QuietSchedule.ZONE);
        LocalTime starts = local.getHour() < 20 ? LocalTime.of(local.getHour() + 2, 0) : LocalTime.of(1, 0);
        long quietVersion = preferences.quietHours("agent").getVersion();
        preferences.changeQuietHours("agent", starts, starts.plusHours(1), false, false, false,
                em.find(org.passerelle.notification.entity.QuietHours.class, member("agent").getId()) == null
                        ? -1 : quietVersion);
        GreenMail greenMail = smtp();
        try {
            Long agent = member("agent").getId();
            String first = open("membre2", "Courriel : retenu 1");
            String second = open("membre2", "Courriel : retenu 2");
            List<OutboxMessage> held = java.util.stream.Stream.of(first, second).flatMap(n -> rows(n).stream())
                    .filter(r -> agent.equals(r.getRecipientId())).toList();
            assertEquals(2, held.size(), "the agent of the pool is told of both new requests");
            assertTrue(held.stream().allMatch(r -> r.getStatus() == OutboxStatus.HELD), "held during quiet hours");
            Instant release = held.get(0).getNextAttemptAt();
            assertEquals(starts, release.atZone(QuietSchedule.ZONE).toLocalTime(), "at the start of work");
            drain(Instant.now());
            assertTrue(to(greenMail, "marc-andre.bouchard@example.org", first).isEmpty(), "nothing before");
            drain(release);
            List<MimeMessage> digests = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals("marc-andre.bouchard@example.org")
                            && m.getSubject().startsWith("Passerelle : résumé");
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(1, digests.size(), "one digest");
            String text = textAndHtml(digests.get(0))[0];
            assertTrue(text.contains("[" + first + "]") && text.contains("[" + second + "]"), text);
            assertTrue(rows(first).stream().filter(r -> agent.equals(r.getRecipientId()))
                    .allMatch(r -> r.getStatus() == OutboxStatus.DIGESTED));
        } finally {
            noSmtp(greenMail);
            preferences.changeQuietHours("agent", QuietHoursDefaults.START, QuietHoursDefaults.END, true, true,
                    false, -1);
        }
    }

    private void setLanguage(String login, String language) throws Exception {
        tx.begin();
        member(login).preferLanguage(language);
        tx.commit();
    }

    /** The defaults, to put back. */
    static final class QuietHoursDefaults {
        static final LocalTime START = org.passerelle.notification.entity.QuietHours.DEFAULT_START;
        static final LocalTime END = org.passerelle.notification.entity.QuietHours.DEFAULT_END;
    }
}
