package org.passerelle.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * Journeys in a real browser: the French home page and English, login, the public toolbox, a
 * member asking for help; every page passes the axe-core WCAG 2.1 AA scan, and fits a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneysIT {

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
    void homePageSpeaksFrenchThenEnglishAndPassesAxe() {
        browser.manage().deleteAllCookies();
        browser.get(base.toString());
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Du soutien numérique, entre nous", browser.findElement(By.tagName("h1")).getText());
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Nouvelle demande") && page.contains("Mes demandes")
                && page.contains("Boîte à outils"), page);
        Browser.assertAccessible(browser, "home (fr)");

        browser.findElement(By.id("switch-language")).click();
        waitForHeading("Digital support, among ourselves");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        Browser.assertAccessible(browser, "home (en)");

        browser.findElement(By.id("switch-language")).click();
        waitForHeading("Du soutien numérique, entre nous");
    }

    @Test
    void loginPageOffersTheOidcProviderAndSaysAccessiblyWhyItRefused() {
        // the ITs' server is configured with a test OpenID provider (pom.xml, failsafe)
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.xhtml?oidc=inconnu");
        assertTrue(browser.findElement(By.id("oidc-login")).getText().contains("Se connecter avec Fournisseur de test"));
        assertTrue(browser.findElement(By.id("oidc-messages")).getText().contains("Aucun compte actif"));
        Browser.assertAccessible(browser, "login with an OIDC refusal");
    }

    @Test
    void loginFormShowsErrorsAccessiblyAndLogsIn() {
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.xhtml");
        Browser.assertAccessible(browser, "login");
        browser.findElement(By.id("login:username")).sendKeys("membre");
        browser.findElement(By.id("login:password")).sendKeys("mauvais");
        browser.findElement(By.id("login:submit")).click();
        Browser.waitFor(browser).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("login:login-messages"),
                        "Identifiant ou mot de passe incorrect."));
        Browser.assertAccessible(browser, "login with an error");

        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        Browser.waitFor(browser).until(
                ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        assertTrue(browser.findElement(By.className("whoami")).getText().contains("membre"));
        Browser.assertAccessible(browser, "home, logged in");
        browser.findElement(By.id("logout")).click();
        Browser.waitFor(browser).until(
                ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
    }

    @Test
    void protectedPageSendsToLoginThenBack() {
        browser.manage().deleteAllCookies();
        browser.get(base + "app/mes-demandes.xhtml");
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("connexion.xhtml"));
        assertTrue(browser.getCurrentUrl().contains("next="), browser.getCurrentUrl());
    }

    @Test
    void homePageFitsAPhone() {
        browser.manage().deleteAllCookies();
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(375, 800));
            browser.get(base.toString());
            Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth;");
            Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
            assertTrue(scrollWidth.intValue() <= viewport.intValue(),
                    "no horizontal scroll on a phone: " + scrollWidth + " > " + viewport);
            assertTrue(browser.findElement(By.linkText("Boîte à outils")).isDisplayed());
            Browser.assertAccessible(browser, "home on a phone");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void toolboxIsReadableWithoutLoginAndSearchable() {
        browser.manage().deleteAllCookies();
        browser.get(base.toString());
        browser.findElement(By.linkText("Boîte à outils")).click();
        waitForHeading("Boîte à outils");
        Browser.assertAccessible(browser, "toolbox home");
        browser.findElement(By.id("q")).sendKeys("visioconference");
        browser.findElement(By.cssSelector(".toolbox-search button")).click();
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("q=visioconference"));
        browser.findElement(By.linkText("Jitsi Meet")).click();
        waitForHeading("Jitsi Meet");
        String card = browser.findElement(By.tagName("main")).getText();
        assertTrue(card.contains("Logiciel libre") && card.contains("Zoom"), card);
        Browser.assertAccessible(browser, "tool card");
        browser.get(base + "boite-a-outils/fiche.xhtml?slug=aga-en-ligne");
        waitForHeading("Tenir une assemblée générale annuelle (AGA) en ligne");
        assertTrue(browser.findElement(By.cssSelector(".markdown h2")).isDisplayed());
        Browser.assertAccessible(browser, "guide");
    }

    @Test
    void aMemberAsksForHelpAndFollowsTheRequest() {
        browser.manage().deleteAllCookies();
        browser.get(base + "app/nouvelle-demande.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("membre");
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        waitForHeading("Nouvelle demande");
        Browser.assertAccessible(browser, "new request");
        assertTrue(!browser.findElement(By.id("request:consent")).isSelected(), "consent is unticked by default");

        browser.findElement(By.id("request:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "Choisissez le sujet de votre demande."));
        Browser.assertAccessible(browser, "new request with errors");

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("request:category")))
                .selectByVisibleText("Visioconférence");
        browser.findElement(By.id("request:subject")).sendKeys("Zoom ou Teams pour notre AGA?");
        browser.findElement(By.id("request:description")).sendKeys("Notre AGA est le 12 juin, **60 personnes**.");
        browser.findElement(By.id("request:preview")).click();
        Browser.waitFor(browser).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#request\\:preview-area strong")));
        browser.findElement(By.id("request:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("demande.xhtml?numero=PAS-"));
        String confirmation = browser.findElement(By.className("notice")).getText();
        assertTrue(confirmation.matches("(?s).*PAS-\\d+.*"), confirmation);
        Browser.assertAccessible(browser, "request page");

        browser.findElement(By.linkText("← Mes demandes")).click();
        waitForHeading("Mes demandes");
        assertTrue(browser.findElement(By.tagName("table")).getText().contains("Zoom ou Teams pour notre AGA?"));
        Browser.assertAccessible(browser, "my requests");
    }

    private void waitForHeading(String text) {
        Browser.waitFor(browser)
                .until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

}
