package org.passerelle.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
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
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;
import org.passerelle.testsupport.SentAccountMails;
import org.passerelle.testsupport.SentAccountMailsServlet;

/**
 * The administration in a real browser: an administrator lists the organizations and invites
 * someone, who opens the link, chooses a password and logs in; every page passes axe-core. Over
 * HTTP: a coordinator gets 403 on another network's organization.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(SentAccountMails.class, SentAccountMailsServlet.class);
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

    private void logIn(String login, String password) {
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void waitFor(By element) {
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    @Test
    void anAdministratorInvitesSomeoneWhoSetsAPasswordAndLogsIn() throws Exception {
        logIn("admin", "demo");
        browser.findElement(By.id("nav-admin")).click();
        waitFor(By.id("organizations"));
        String list = browser.findElement(By.id("organizations")).getText();
        assertTrue(list.contains("CDC de la Neigette") && list.contains("Table de quartier Hochelaga"), list);
        Browser.assertAccessible(browser, "admin: organizations");

        browser.findElement(By.linkText("CDC de Lévis")).click();
        waitFor(By.id("organization:toggle"));
        assertEquals("CDC de Lévis", browser.findElement(By.id("organization:name")).getAttribute("value"));
        Browser.assertAccessible(browser, "admin: organization form");

        browser.findElement(By.id("admin-members")).click();
        waitFor(By.id("members"));
        Browser.assertAccessible(browser, "admin: members");
        String email = "navigateur." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        browser.findElement(By.id("invite:name")).sendKeys("Robin Navigateur");
        browser.findElement(By.id("invite:email")).sendKeys(email);
        new Select(browser.findElement(By.id("invite:organization"))).selectByVisibleText("CDC de Lévis");
        browser.findElement(By.id("invite:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("members"), email));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Invitation envoyée à " + email));

        browser.findElement(By.id("admin-audit")).click();
        waitFor(By.id("audit"));
        assertTrue(browser.findElement(By.id("audit")).getText().contains("Robin Navigateur"));
        Browser.assertAccessible(browser, "admin: audit log");

        browser.findElement(By.id("admin-members")).click();
        waitFor(By.id("members"));
        browser.findElement(By.linkText("Julie Tremblay")).click();
        waitFor(By.id("member:roles"));
        Browser.assertAccessible(browser, "admin: one member");

        browser.findElement(By.id("admin-pools")).click();
        waitFor(By.id("pools"));
        browser.findElement(By.cssSelector("#pools a")).click();
        waitFor(By.id("pool:name"));
        Browser.assertAccessible(browser, "admin: support pool");
        browser.findElement(By.id("pool:holidays")).sendKeys(",NOEL_INVENTE");
        browser.findElement(By.id("pool:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "jour férié est inconnu"));

        browser.findElement(By.id("admin-privacy")).click();
        waitFor(By.id("privacy:name"));
        Browser.assertAccessible(browser, "admin: privacy settings");
        browser.findElement(By.id("privacy:name")).clear();
        browser.findElement(By.id("privacy:name")).sendKeys("Hélène Gagnon");
        browser.findElement(By.id("privacy:email")).clear();
        browser.findElement(By.id("privacy:email")).sendKeys("confidentialite@example.org");
        browser.findElement(By.id("privacy:save")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("privacy:messages"), "enregistrées"));
        browser.findElement(By.id("footer-privacy")).click();
        waitFor(By.id("privacy-officer"));
        assertTrue(browser.findElement(By.id("privacy-officer")).getText().contains("Hélène Gagnon"));
        Browser.assertAccessible(browser, "privacy page");

        String token = http.send(HttpRequest.newBuilder(URI.create(base + "test-support/account-mails?to="
                + URLEncoder.encode(email, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString()).body();
        browser.findElement(By.id("logout")).click();
        waitFor(By.id("login-link"));

        browser.get(base + "invitation.xhtml?jeton=" + token);
        waitFor(By.id("invitation:name"));
        Browser.assertAccessible(browser, "invitation");
        browser.findElement(By.id("invitation:password")).sendKeys("court");
        browser.findElement(By.id("invitation:confirmation")).sendKeys("court");
        browser.findElement(By.id("invitation:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "au moins 12 caractères"));
        Browser.assertAccessible(browser, "invitation with an error");
        String password = "le fleuve est large au printemps";
        browser.findElement(By.id("invitation:password")).sendKeys(password);
        browser.findElement(By.id("invitation:confirmation")).sendKeys(password);
        browser.findElement(By.id("invitation:submit")).click();
        waitFor(By.id("invitation-done"));

        logIn(email, password);
        browser.get(base + "app/profil.xhtml");
        waitFor(By.id("password:current"));
        Browser.assertAccessible(browser, "profile with password change and my data");

        browser.manage().deleteAllCookies();
        browser.get(base + "invitation.xhtml?jeton=" + token);
        waitFor(By.id("invitation-invalid"));
    }

    @Test
    void theLoginFormSaysWhenAnAccountIsLocked() {
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.xhtml");
        for (int i = 1; i <= 10; i++) {
            browser.findElement(By.id("login:username")).clear();
            browser.findElement(By.id("login:username")).sendKeys("responsable");
            browser.findElement(By.id("login:password")).sendKeys("mauvais-" + i);
            var submit = browser.findElement(By.id("login:submit"));
            submit.click();
            Browser.waitFor(browser).until(ExpectedConditions.stalenessOf(submit));
        }
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys("responsable");
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("login:login-messages"), "verrouillé"));
        assertTrue(browser.findElements(By.id("logout")).isEmpty(), "still not logged in");
        Browser.assertAccessible(browser, "login, account locked");
    }

    @Test
    void aCoordinatorGets403OnAnotherNetworksOrganization() throws Exception {
        String adminList = get("admin/organismes.xhtml", "admin").body();
        long hochelaga = idOf(adminList, "Table de quartier Hochelaga");
        long neigette = idOf(adminList, "CDC de la Neigette");
        assertEquals(403, get("admin/organismes.xhtml?id=" + hochelaga, "coordination").statusCode());
        assertEquals(200, get("admin/organismes.xhtml?id=" + neigette, "coordination").statusCode());
        String coordinatorList = get("admin/organismes.xhtml", "coordination").body();
        assertTrue(coordinatorList.contains("CDC de la Neigette") && !coordinatorList.contains("Hochelaga"));
        assertEquals(403, get("admin/organismes.xhtml", "membre").statusCode());
        assertEquals(403, get("admin/confidentialite.xhtml", "coordination").statusCode());
        assertEquals(200, get("confidentialite.xhtml", null).statusCode());
    }

    private static long idOf(String html, String name) {
        Matcher m = Pattern.compile("id=(\\d+)\"[^>]*>" + Pattern.quote(name) + "<").matcher(html);
        assertTrue(m.find(), name + " in " + html);
        return Long.parseLong(m.group(1));
    }

    private HttpResponse<String> get(String path, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
