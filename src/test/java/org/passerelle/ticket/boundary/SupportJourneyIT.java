package org.passerelle.ticket.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * The heart of the service in a real browser: a member asks with a file attached, an agent finds
 * it in the queue, writes an internal note and answers with a canned response, the member reads
 * the answer (never the note) and rates the help. axe-core checks every page on the way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportJourneyIT {
    private static final String NOTE = "NOTE-INTERNE : même souci que la CDC voisine";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMemberAsksAnAgentAnswersAndTheMemberRatesTheHelp() throws Exception {
        String number = memberAsksWithAFile();
        agentNotesAndAnswers(number);
        memberReadsAndRates(number);
    }

    private String memberAsksWithAFile() throws Exception {
        logIn("app/nouvelle-demande.xhtml", "membre");
        waitForHeading("Nouvelle demande");
        new Select(browser.findElement(By.id("request:category"))).selectByVisibleText("Bureautique");
        browser.findElement(By.id("request:subject")).sendKeys("Le publipostage ne fonctionne plus");
        browser.findElement(By.id("request:description")).sendKeys("Depuis la mise à jour, les champs restent vides.");
        Path file = Files.createTempFile("capture", ".txt");
        Files.writeString(file, "Erreur : champ introuvable", StandardCharsets.UTF_8);
        browser.findElement(By.id("request:files")).sendKeys(file.toString());
        browser.findElement(By.id("request:submit")).click();
        wait(ExpectedConditions.urlContains("demande.xhtml?numero=PAS-"));
        Matcher matcher = Pattern.compile("PAS-\\d+").matcher(browser.findElement(By.className("notice")).getText());
        assertTrue(matcher.find());
        assertTrue(browser.findElement(By.linkText(file.getFileName().toString())).isDisplayed(), "the file is listed");
        Browser.assertAccessible(browser, "member request page with a file");
        return matcher.group();
    }

    private void agentNotesAndAnswers(String number) {
        logIn("soutien/file.xhtml", "agent");
        waitForHeading("File de soutien");
        Browser.assertAccessible(browser, "queue");
        // bulk assign through the table's selection (the rows are QueueLine beans, found again by row key)
        browser.findElement(By.cssSelector("tr[data-rk='" + number + "'] .ui-chkbox-box")).click();
        new Select(browser.findElement(By.id("queue:bulk-agent"))).selectByVisibleText("Marc-André Bouchard");
        browser.findElement(By.id("queue:bulk-assign")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), "1 demande(s) assignée(s)"));
        By mine = By.xpath("//nav[contains(@class, 'saved-views')]//a[normalize-space()='Mes demandes']");
        browser.findElement(mine).click();
        wait(ExpectedConditions.attributeToBe(mine, "aria-current", "page"));
        assertTrue(browser.findElement(By.id("queue:requests")).getText().contains("Marc-André Bouchard"),
                "the request is now the agent's");
        browser.findElement(By.linkText(number)).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), number));
        Browser.assertAccessible(browser, "support request page");

        browser.findElement(By.id("reply:text")).sendKeys(NOTE);
        browser.findElement(By.id("reply:internal")).click();
        browser.findElement(By.id("reply:send")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "note interne"));
        assertTrue(browser.findElement(By.className("message--internal")).getText().contains(NOTE));

        new Select(browser.findElement(By.id("reply:canned"))).selectByVisibleText("Accusé de réception");
        browser.findElement(By.id("reply:insert-canned")).click();
        wait(d -> d.findElement(By.id("reply:text")).getAttribute("value").startsWith("Bonjour Julie,"));
        assertTrue(browser.findElement(By.id("reply:text")).getAttribute("value").contains(number));
        new Select(browser.findElement(By.id("reply:then-status"))).selectByVisibleText("Résolue");
        browser.findElement(By.id("reply:send")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.className("notice"), "réponse"));
        String history = browser.findElement(By.className("history")).getText();
        assertTrue(history.contains("Ouverte → Résolue") || history.contains("Nouvelle → Ouverte"), history);
        Browser.assertAccessible(browser, "support request page after answering");
    }

    private void memberReadsAndRates(String number) {
        logIn("app/demande.xhtml?numero=" + number, "membre");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), number));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Merci pour votre demande " + number), page);
        assertFalse(page.contains("NOTE-INTERNE"), "an internal note never reaches the member");
        assertFalse(browser.getPageSource().contains("NOTE-INTERNE"));
        Browser.assertAccessible(browser, "member request page, resolved");

        browser.findElement(By.cssSelector("input[name='rate:stars'][value='5']")).click();
        browser.findElement(By.id("rate:comment")).sendKeys("Réponse rapide, merci!");
        browser.findElement(By.id("rate:send-rating")).click();
        wait(ExpectedConditions.textToBePresentInElementLocated(By.className("rating-given"), "5 sur 5"));
        assertEquals(0, browser.findElements(By.id("rate")).size(), "rated once");
        Browser.assertAccessible(browser, "member request page, rated");
    }

    private void logIn(String page, String login) {
        browser.manage().deleteAllCookies();
        browser.get(base + page);
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void waitForHeading(String text) {
        wait(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    /** Waits out page loads: an element read while the next page replaces it is simply read again. */
    private static <T> void wait(java.util.function.Function<WebDriver, T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(condition::apply);
    }

}
