package org.passerelle.inbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.inbox.control.MailFixtures;
import org.passerelle.inbox.control.MailPoller;
import org.passerelle.inbox.entity.MailOutcome;
import org.passerelle.testsupport.Deployments;

/**
 * The "à vérifier" page in a real browser: two mails from unknown senders are taken in (inside the
 * server), then an agent attaches one to a member, which opens the request, and discards the
 * other with a reason. axe-core checks the page. The browser steps live in {@link HeldMailBrowser}:
 * no Selenium type may appear in this class, which is also loaded inside the server.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HeldMailPageIT {
    static final String ATTACH = "Imprimante du bureau (rattacher)";
    static final String DISCARD = "Imprimante du bureau (pourriel)";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(HeldMailPageIT.class, MailFixtures.class)
                .addAsResource("mail/with-attachment.eml");
    }

    @Inject
    MailPoller poller;
    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void twoMailsFromStrangersAreHeld() throws Exception {
        hold(ATTACH, "inconnue-page@ailleurs.example");
        hold(DISCARD, "pourriel-page@ailleurs.example");
    }

    private void hold(String subject, String from) throws Exception {
        Path work = Files.createTempDirectory("held-page-it-");
        Path raw = work.resolve("mail.eml");
        String mail = new String(MailFixtures.mail("with-attachment.eml", Map.of("FROM", from)),
                StandardCharsets.ISO_8859_1).replace("Subject: Imprimante du bureau", "Subject: " + subject);
        Files.write(raw, mail.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(MailOutcome.HELD, poller.intakeOf(raw, work).outcome());
    }

    @Test
    @Order(2)
    @RunAsClient
    void anAgentAttachesOneToAMemberAndDiscardsTheOther() throws Exception {
        HeldMailBrowser.attachOneAndDiscardTheOther(base, ATTACH, DISCARD);
    }
}
