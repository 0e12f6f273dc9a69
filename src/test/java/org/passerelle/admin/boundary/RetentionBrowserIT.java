package org.passerelle.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * The retention and access-log pages in a real browser, as an administrator: the dry run shows
 * the setting, "Appliquer maintenant" refuses without the confirmation ticked, the access log lists
 * the request the agent just opened; every state passes axe-core.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionBrowserIT {

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

    private void logIn(String login) {
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        waitFor(By.id("logout"));
    }

    private void waitFor(By element) {
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(element));
    }

    @Test
    void anAdministratorReadsTheDryRunAndTheAccessLog() {
        logIn("agent");
        browser.get(base + "soutien/file.xhtml");
        waitFor(By.cssSelector("a[href*='soutien/demande.xhtml']"));
        String href = browser.findElement(By.cssSelector("a[href*='soutien/demande.xhtml']")).getAttribute("href");
        String number = href.substring(href.indexOf("numero=") + "numero=".length()).split("&")[0];
        browser.get(href);
        waitFor(By.tagName("h1"));

        logIn("admin");
        browser.get(base + "admin/conservation.xhtml");
        waitFor(By.id("retention-setting"));
        assertTrue(browser.findElement(By.id("retention-setting")).getText().contains("24 mois"));
        Browser.assertAccessible(browser, "admin: retention dry run");
        browser.findElement(By.id("apply:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Cochez la confirmation"));
        Browser.assertAccessible(browser, "admin: retention, confirmation missing");

        browser.findElement(By.id("admin-consultations")).click();
        waitFor(By.id("filter-number"));
        browser.findElement(By.id("filter-number")).sendKeys(number);
        browser.findElement(By.id("filter-submit")).click();
        waitFor(By.id("consultations"));
        String log = browser.findElement(By.id("consultations")).getText();
        assertTrue(log.contains(number) && log.contains("Marc-André Bouchard") && log.contains("le Web"), log);
        Browser.assertAccessible(browser, "admin: request views");

        browser.get(base + "confidentialite.xhtml");
        waitFor(By.id("retention-period"));
        assertTrue(browser.findElement(By.id("retention-period")).getText().contains("plus de 24 mois"));
    }
}
