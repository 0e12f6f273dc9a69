package org.passerelle.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/** A person's first visit, in a real browser: French home page, English, login, accessibility, phone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

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
        assertNoViolations("home (fr)");

        browser.findElement(By.id("switch-language")).click();
        waitForHeading("Digital support, among ourselves");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertNoViolations("home (en)");

        browser.findElement(By.id("switch-language")).click();
        waitForHeading("Du soutien numérique, entre nous");
    }

    @Test
    void loginFormShowsErrorsAccessiblyAndLogsIn() {
        browser.manage().deleteAllCookies();
        browser.get(base + "connexion.xhtml");
        assertNoViolations("login");
        browser.findElement(By.id("login:username")).sendKeys("membre");
        browser.findElement(By.id("login:password")).sendKeys("mauvais");
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("login:login-messages"),
                        "Identifiant ou mot de passe incorrect."));
        assertNoViolations("login with an error");

        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        assertTrue(browser.findElement(By.className("whoami")).getText().contains("membre"));
        assertNoViolations("home, logged in");
        browser.findElement(By.id("logout")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.id("login-link")));
    }

    @Test
    void protectedPageSendsToLoginThenBack() {
        browser.manage().deleteAllCookies();
        browser.get(base + "app/mes-demandes.xhtml");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("connexion.xhtml"));
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
            assertNoViolations("home on a phone");
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
        assertNoViolations("toolbox home");
        browser.findElement(By.id("q")).sendKeys("visioconference");
        browser.findElement(By.cssSelector(".toolbox-search button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q=visioconference"));
        browser.findElement(By.linkText("Jitsi Meet")).click();
        waitForHeading("Jitsi Meet");
        String card = browser.findElement(By.tagName("main")).getText();
        assertTrue(card.contains("Logiciel libre") && card.contains("Zoom"), card);
        assertNoViolations("tool card");
        browser.get(base + "boite-a-outils/fiche.xhtml?slug=aga-en-ligne");
        waitForHeading("Tenir une assemblée générale annuelle (AGA) en ligne");
        assertTrue(browser.findElement(By.cssSelector(".markdown h2")).isDisplayed());
        assertNoViolations("guide");
    }

    private void waitForHeading(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private void assertNoViolations(String where) {
        List<String> violations = Browser.accessibilityViolations(browser);
        assertTrue(violations.isEmpty(), where + ": " + String.join("\n", violations));
    }
}
