package org.passerelle.incident.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * The incident register, the peer topics and the profile in a real browser, each page passing
 * axe-core: a coordinator records an incident (a refused first try, then saved); an agent reports
 * one from a request; a bad phone number is named; the profile switches to English. Over HTTP:
 * who may not open the register gets 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentsBrowserIT {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Montreal"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static WebDriver browser;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

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

    private void logIn(String login) {
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private <T> T waitFor(ExpectedCondition<T> condition) {
        return Browser.waitFor(browser).until(condition);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Date inputs take their value from script: typing into them depends on the browser's locale. */
    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), value == null ? "" : value.toString());
    }

    private void submitAndWait(String buttonId) {
        WebElement button = browser.findElement(By.id(buttonId));
        button.click();
        waitFor(ExpectedConditions.stalenessOf(button));
    }

    @Test
    void aCoordinatorRecordsAnIncidentAfterAFirstRefusal() {
        logIn("coordination");
        browser.get(base + "admin/incidents.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("new-incident")));
        Browser.assertAccessible(browser, "incident register");
        browser.findElement(By.id("new-incident")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("incident:description")));
        Browser.assertAccessible(browser, "new incident form");

        String description = "Courriel de groupe envoyé sans copie cachée " + UUID.randomUUID().toString().substring(0, 8);
        type("incident:description", description);
        date("incident:occurredOn", TODAY.plusDays(1));
        date("incident:discoveredOn", TODAY);
        type("incident:peopleCount", "35");
        type("incident:dataAffected", "Adresses courriel des participant·e·s");
        type("incident:harmJustification", "Adresses seulement, pas de renseignements sensibles");
        browser.findElement(By.id("incident:caiNotified")).click();
        submitAndWait("incident:save");
        String errors = browser.findElement(By.tagName("main")).getText();
        assertTrue(errors.contains("La date de l'incident ne peut pas être dans le futur."), errors);
        assertTrue(errors.contains("Indiquez la date de l'avis à la Commission"), errors);
        assertEquals(description, browser.findElement(By.id("incident:description")).getAttribute("value"),
                "what was typed is kept");
        Browser.assertAccessible(browser, "incident form with errors");

        date("incident:occurredOn", TODAY.minusDays(2));
        date("incident:caiNotifiedOn", TODAY);
        new Select(browser.findElement(By.id("incident:status"))).selectByVisibleText("Fermé");
        submitAndWait("incident:save");
        waitFor(ExpectedConditions.urlContains("incident.xhtml?id="));
        assertTrue(browser.findElement(By.id("incident:messages")).getText().contains("Modifications enregistrées"));
        assertEquals(TODAY.toString(), browser.findElement(By.id("incident:caiNotifiedOn")).getAttribute("value"));
        Browser.assertAccessible(browser, "saved incident");

        browser.findElement(By.id("back")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("incidents")));
        String register = browser.findElement(By.id("incidents")).getText();
        assertTrue(register.contains(description) && register.contains("Fermé"), register);

        browser.findElement(By.id("admin-topics")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("topics")));
        assertTrue(browser.findElement(By.id("topics")).getText().contains("visioconference"));
        Browser.assertAccessible(browser, "peer topics");
    }

    @Test
    void anAgentReportsAnIncidentFromARequest() {
        logIn("agent");
        browser.get(base + "soutien/file.xhtml");
        WebElement first = waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href*='demande.xhtml?numero=PAS-']")));
        browser.get(first.getAttribute("href"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("incident:report")));
        submitAndWait("incident:report");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Décrivez l'incident."));
        type("incident:description", "La liste des participant·e·s était jointe au message du membre.");
        submitAndWait("incident:report");
        String confirmation = browser.findElement(By.id("incident:reported")).getText();
        assertTrue(confirmation.contains("est signalé à la coordination"), confirmation);
        assertTrue(browser.findElement(By.id("my-incidents")).getText().contains("à compléter"));
        Browser.assertAccessible(browser, "support request page with an incident reported");
    }

    @Test
    void theProfileNamesABadPhoneAndSwitchesLanguage() {
        logIn("coordination");
        browser.get(base + "app/profil.xhtml");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("details:phone")));
        Browser.assertAccessible(browser, "profile");
        type("details:phone", "appelez au bureau");
        submitAndWait("details:save");
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Ce numéro de téléphone n'est pas valide"));
        Browser.assertAccessible(browser, "profile with a bad phone");

        type("details:phone", "418 555-0142 poste 12");
        new Select(browser.findElement(By.id("details:language"))).selectByValue("en");
        submitAndWait("details:save");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "My profile"));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("Your details are saved."));

        // back as it was, for the other tests that log in as the coordinator
        type("details:phone", "");
        new Select(browser.findElement(By.id("details:language"))).selectByValue("fr");
        submitAndWait("details:save");
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mon profil"));
    }

    @Test
    void onlyCoordinatorsAndAdministratorsOpenTheRegister() throws Exception {
        assertEquals(403, get("admin/incidents.xhtml", "membre").statusCode());
        assertEquals(403, get("admin/incidents.xhtml", "agent").statusCode());
        assertEquals(200, get("admin/incidents.xhtml", "coordination").statusCode());
        assertEquals(403, get("admin/incident.xhtml?id=987654321", "coordination").statusCode(), "missing: 403 page");
        assertEquals(200, get("admin/sujets.xhtml", "coordination").statusCode());
        assertEquals(403, get("admin/sujets.xhtml", "membre2").statusCode());
    }

    private HttpResponse<String> get(String path, String login) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
