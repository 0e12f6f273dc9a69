package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.identity.entity.AccountToken;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.notification.control.OutboxSender;
import org.passerelle.platform.config.Settings;
import org.passerelle.testsupport.Deployments;

/**
 * The forgotten-password journey through a real SMTP server: the link arrives by mail, sets a new
 * password once, and the account then logs in with it (and no longer with the old one). An
 * unknown address gets no mail at all.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class PasswordResetMailIT {
    private static final Pattern LINK = Pattern.compile("https?://\\S+/mot-de-passe\\.xhtml\\?jeton=([A-Za-z0-9_%-]+)");
    private static final String OLD_PASSWORD = "ancien mot de passe assez long";
    private static final String NEW_PASSWORD = "nouvelle phrase de passe solide";

    @Deployment
    static WebArchive deployment() {
        return Deployments.withJarsOf(Deployments.application(PasswordResetMailIT.class),
                "com.icegreen.greenmail.util.GreenMail", "org.slf4j.LoggerFactory");
    }

    @Inject
    Accounts accounts;
    @Inject
    AccountTokens tokens;
    @Inject
    OutboxSender sender;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;
    @ArquillianResource
    URL base;

    private GreenMail smtp;
    private String login;
    private String email;

    @BeforeEach
    void startSmtpAndCreateAnAccount() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        System.setProperty(Settings.SMTP_HOST, "127.0.0.1");
        System.setProperty(Settings.SMTP_PORT, String.valueOf(port));
        System.setProperty(Settings.SMTP_TLS, "false");
        System.setProperty(Settings.MAIL_FROM, "Passerelle <soutien@passerelle.test>");

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        login = "oubli-" + suffix;
        email = "oubli-" + suffix + "@example.org";
        tx.begin();
        Member member = new Member(login, "Personne Oublieuse", email, null, EnumSet.of(Role.MEMBER));
        em.persist(member);
        tx.commit();
        // a password of its own first, set the way the product sets one (invitation-free: a reset)
        tx.begin();
        String first = accounts.resetPassword(issueReset(), OLD_PASSWORD);
        tx.commit();
        assertEquals(login, first);
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void stopSmtp() {
        System.clearProperty(Settings.SMTP_HOST);
        System.clearProperty(Settings.SMTP_PORT);
        smtp.stop();
    }

    @Test
    void theMailedLinkSetsANewPasswordOnceAndTheAccountLogsInWithIt() throws Exception {
        assertEquals(200, me(login, OLD_PASSWORD), "the account works before");

        accounts.forgotPassword(email.toUpperCase(Locale.ROOT));
        deliverAll();

        List<MimeMessage> mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, email)).toList();
        assertEquals(1, mails.size(), "one reset mail");
        String token = token(text(mails.get(0)));

        tx.begin();
        assertEquals(login, accounts.resetPassword(token, NEW_PASSWORD));
        tx.commit();

        assertEquals(200, me(login, NEW_PASSWORD), "the new password works");
        assertEquals(401, me(login, OLD_PASSWORD), "the old one no longer does");
        AccountProblem reused = assertThrows(AccountProblem.class, () -> accounts.resetPassword(token,
                "une autre phrase de passe encore"));
        assertTrue(reused.keys().contains("account.token.invalid"), reused.keys().toString());
    }

    @Test
    void anUnknownAddressGetsNoMailAndNoHint() throws Exception {
        String unknown = "personne-" + UUID.randomUUID() + "@example.org";
        accounts.forgotPassword(unknown);
        deliverAll();
        assertEquals(0, Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, unknown)).count());
    }

    /** What {@link Accounts#forgotPassword} would mail, taken straight from the token service. */
    private String issueReset() {
        Member member = em.createNamedQuery(Member.BY_EMAIL, Member.class).setParameter("email", email)
                .getSingleResult();
        return tokens.issue(member, AccountToken.Purpose.PASSWORD_RESET, null, Instant.now());
    }

    private void deliverAll() {
        for (int round = 0; round < 20 && sender.deliverDue(Instant.now()) > 0; round++) {
            // next batch
        }
    }

    private static boolean sentTo(Message message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String text) {
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), "a reset link in: " + text);
        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    /** The plain-text body, as a mail client shows it (decoded, multipart or not). */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
                    all.append(text(body));
                }
            }
            return all.toString();
        }
        return "";
    }

    private int me(String who, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((who + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
