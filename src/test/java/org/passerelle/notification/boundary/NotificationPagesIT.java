package org.passerelle.notification.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * The bell, the notifications page and the preferences page in a real browser, each passing the
 * axe-core WCAG 2.1 AA scan: a member opens a request on the web and finds it under the bell; an
 * agent chooses channels and quiet hours, and is told plainly what "haute" urgency does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationPagesIT {

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

    private WebDriverWait waiting() {
        return Browser.waitFor(browser);
    }

    private void login(String login) {
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    @Test
    void aMemberFindsTheirNewRequestUnderTheBell() {
        login("membre");
        browser.get(base + "app/nouvelle-demande.xhtml");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("request:category")))
                .selectByVisibleText("Visioconférence");
        browser.findElement(By.id("request:subject")).sendKeys("Cloche : notre infolettre");
        browser.findElement(By.id("request:description"))
                .sendKeys("Nous voulons envoyer une infolettre à nos membres.");
        browser.findElement(By.id("request:submit")).click();
        waiting().until(ExpectedConditions.urlContains("demande.xhtml?numero=PAS-"));

        WebElement bell = browser.findElement(By.id("nav-notifications"));
        assertTrue(bell.getText().contains("Notifications"), bell.getText());
        String label = bell.getAttribute("aria-label");
        assertTrue(label.startsWith("Notifications, ") && label.endsWith("non lue(s)"), label);
        assertFalse(label.startsWith("Notifications, 0 "), "the new request is unread: " + label);

        bell.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertEquals("Mes notifications", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Cloche : notre infolettre"));
        Browser.assertAccessible(browser, "notifications (member)");

        browser.findElement(By.id("notifications:mark-all-read")).click();
        waiting().until(ExpectedConditions.attributeContains(By.id("nav-notifications"), "aria-label",
                "Notifications, 0 "));

        browser.get(base + "app/profil.xhtml");
        browser.findElement(By.id("notification-preferences")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("channels:save-channels")));
        assertTrue(browser.findElements(By.id("quiet")).isEmpty(), "members have no quiet hours form");
        assertTrue(browser.findElement(By.id("member-note")).getText().contains("tout de suite"));
        Browser.assertAccessible(browser, "notification preferences (member)");
    }

    @Test
    void anAgentChoosesChannelsAndQuietHours() {
        login("agent");
        browser.get(base + "app/preferences-notifications.xhtml");
        Browser.assertAccessible(browser, "notification preferences (agent)");
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("seulement pour les demandes d’urgence « haute »"), "the UI says it plainly");

        browser.findElement(By.id("channels:rows:6:channel:0")).click(); // mention → email only
        browser.findElement(By.id("channels:save-channels")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Vos préférences sont enregistrées."));
        browser.get(base + "app/preferences-notifications.xhtml");
        assertTrue(browser.findElement(By.id("channels:rows:6:channel:0")).isSelected(), "kept");
        browser.findElement(By.id("channels:rows:6:channel:2")).click(); // back to both
        browser.findElement(By.id("channels:save-channels")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Vos préférences sont enregistrées."));

        WebElement starts = browser.findElement(By.id("quiet:starts"));
        starts.clear();
        starts.sendKeys("18:00");
        browser.findElement(By.id("quiet:save-quiet")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                "La journée de travail doit commencer avant de finir"));
        Browser.assertAccessible(browser, "quiet hours with an error");

        starts = browser.findElement(By.id("quiet:starts"));
        starts.clear();
        starts.sendKeys("08:30");
        browser.findElement(By.id("quiet:save-quiet")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Vos heures de repos sont enregistrées."));
        browser.get(base + "app/preferences-notifications.xhtml");
        assertEquals("08:30", browser.findElement(By.id("quiet:starts")).getAttribute("value"));
        starts = browser.findElement(By.id("quiet:starts"));
        starts.clear();
        starts.sendKeys("09:00");
        browser.findElement(By.id("quiet:save-quiet")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Vos heures de repos sont enregistrées."));
    }
}
