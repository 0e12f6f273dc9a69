package org.passerelle.inbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.inbox.control.MailFixtures;
import org.passerelle.inbox.control.MailPoller;
import org.passerelle.inbox.entity.MailOutcome;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * The "à vérifier" page in a real browser: two mails from unknown senders are taken in (inside the
 * server), then an agent attaches one to a member, which opens the request, and discards the
 * other with a reason. axe-core checks the page.
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
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "soutien/courriels-a-verifier.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("agent");
            browser.findElement(By.id("login:password")).sendKeys("demo");
            browser.findElement(By.id("login:submit")).click();
            wait(browser, ExpectedConditions.textToBe(By.tagName("h1"), "Courriels à vérifier"));
            Browser.assertAccessible(browser, "courriels à vérifier");

            WebElement toAttach = article(browser, ATTACH);
            toAttach.findElement(By.cssSelector("input[id$='attach:member']")).sendKeys("julie.tremblay@example.org");
            toAttach.findElement(By.cssSelector("input[id$='attach:attach-button']")).click();
            wait(browser, ExpectedConditions.textMatches(By.id("messages"),
                    java.util.regex.Pattern.compile("Demande PAS-\\d+ ouverte")));

            WebElement toDiscard = article(browser, DISCARD);
            toDiscard.findElement(By.cssSelector("input[id$='discard:reason']")).sendKeys("Pourriel");
            toDiscard.findElement(By.cssSelector("input[id$='discard:discard-button']")).click();
            wait(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Courriel écarté"));
            assertTrue(browser.findElements(By.xpath("//article[.//h2[normalize-space()='" + ATTACH + "']]")).isEmpty());
            Browser.assertAccessible(browser, "courriels à vérifier, après");
        } finally {
            browser.quit();
        }
    }

    private static WebElement article(WebDriver browser, String subject) {
        return browser.findElement(By.xpath("//article[.//h2[normalize-space()='" + subject + "']]"));
    }

    private static <T> void wait(WebDriver browser, java.util.function.Function<WebDriver, T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(condition::apply);
    }
}
