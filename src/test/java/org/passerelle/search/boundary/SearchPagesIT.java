package org.passerelle.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * The search pages in a real browser: toolbox search with facets and "vouliez-vous dire", the
 * unmet needs page, the queue's search box, the toolbox suggestions beside a new request; every
 * page passes the axe-core WCAG 2.1 AA scan, and the toolbox search fits a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchPagesIT {

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
    void toolboxSearchShowsSnippetsFacetsAndASuggestionAndFitsAPhone() {
        browser.manage().deleteAllCookies();
        browser.get(base + "boite-a-outils/index.xhtml?q=" + URLEncoder.encode("mots de passe", StandardCharsets.UTF_8));
        String results = browser.findElement(By.className("toolbox-results")).getText();
        assertTrue(results.contains("Bitwarden"), results);
        assertFalse(browser.findElements(By.cssSelector(".hit__snippet mark")).isEmpty(), "highlighted words");
        assertTrue(results.contains("Licence") && results.contains("Interface en français"), results);
        Browser.assertAccessible(browser, "toolbox search");

        browser.findElement(By.partialLinkText("Logiciel libre")).click();
        waiting().until(ExpectedConditions.urlContains("licence=libre"));
        assertTrue(browser.findElement(By.className("toolbox-results")).getText().contains("KeePassXC"));

        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(375, 800));
            browser.navigate().refresh();
            Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth;");
            Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
            assertTrue(scrollWidth.intValue() <= viewport.intValue(), scrollWidth + " > " + viewport + ": "
                    + ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > window.innerWidth)"
                    + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + e.textContent.slice(0, 40)).join(' | ');"));
        } finally {
            browser.manage().window().setSize(desktop);
        }

        browser.get(base + "boite-a-outils/index.xhtml?q=imfonuagike");
        assertTrue(browser.findElement(By.id("suggestion")).getText().contains("infonuagique"));
        Browser.assertAccessible(browser, "toolbox search without results");
        browser.findElement(By.id("suggestion")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.className("toolbox-results"),
                "Migrer un serveur local"));
    }

    @Test
    void coordinatorsSeeTheUnmetNeedsWithoutPersonalData() {
        browser.manage().deleteAllCookies();
        browser.get(base + "boite-a-outils/index.xhtml?q=" + URLEncoder.encode("xylophone quantique", StandardCharsets.UTF_8));
        login("coordination");
        browser.findElement(By.id("nav-unmet")).click();
        waiting().until(ExpectedConditions.urlContains("admin/besoins.xhtml"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("xylophone quantique"), page);
        Browser.assertAccessible(browser, "unmet needs");
        login("membre");
        browser.get(base + "admin/besoins.xhtml");
        assertFalse(browser.findElement(By.tagName("body")).getText().contains("xylophone quantique"));
    }

    @Test
    void administratorsRebuildTheIndexAndWatchItsProgress() {
        login("admin");
        browser.findElement(By.id("nav-search-index")).click();
        waiting().until(ExpectedConditions.urlContains("admin/index-recherche.xhtml"));
        long stored = Long.parseLong(browser.findElement(By.id("stored-entries")).getText().strip());
        assertTrue(stored >= 84, "the demo toolbox is counted: " + stored);
        Browser.assertAccessible(browser, "search index");
        browser.findElement(By.id("rebuild:start")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress-text"), "terminée"));
        String done = browser.findElement(By.id("progress-text")).getText();
        assertTrue(done.matches(".*terminée : \\d+ documents.*"), done);
        browser.navigate().refresh();
        assertEquals(browser.findElement(By.id("stored-entries")).getText(),
                browser.findElement(By.id("indexed-entries")).getText());
        Browser.assertAccessible(browser, "search index after a rebuild");

        login("coordination");
        browser.get(base + "admin/index-recherche.xhtml");
        assertTrue(browser.findElements(By.id("rebuild:start")).isEmpty(), "coordinators cannot rebuild");
    }

    @Test
    void coordinatorsEditTheSynonymsAndTheNextSearchUsesThem() {
        login("coordination");
        browser.findElement(By.id("nav-synonyms")).click();
        waiting().until(ExpectedConditions.urlContains("admin/synonymes.xhtml"));
        WebElement terms = browser.findElement(By.id("synonyms:terms"));
        String original = terms.getAttribute("value");
        assertTrue(original.contains("AGA"), original);
        Browser.assertAccessible(browser, "synonyms");
        try {
            terms.clear();
            terms.sendKeys(original + "\nzoubidou\nmarmotte; visioconférence");
            browser.findElement(By.id("synonyms:save")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("synonyms-terms-errors"),
                    "au moins deux termes"));
            String typed = browser.findElement(By.id("synonyms:terms")).getAttribute("value");
            assertTrue(typed.contains("marmotte"), "what was typed is kept");
            assertTrue(browser.findElement(By.id("synonyms-terms-errors")).getText().startsWith("Ligne "
                    + (original.split("\n").length + 1)), "the bad line is named");
            Browser.assertAccessible(browser, "synonyms with an error");

            browser.findElement(By.id("synonyms:terms")).clear();
            browser.findElement(By.id("synonyms:terms")).sendKeys(original + "\nmarmotte; visioconférence");
            browser.findElement(By.id("synonyms:save")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("synonyms:messages"),
                    "Liste enregistrée"));
            browser.get(base + "boite-a-outils/index.xhtml?q=marmotte");
            assertTrue(browser.findElement(By.className("toolbox-results")).getText().contains("Jitsi"),
                    "the new synonym applies to the next search");
        } finally {
            browser.get(base + "admin/synonymes.xhtml");
            browser.findElement(By.id("synonyms:terms")).clear();
            browser.findElement(By.id("synonyms:terms")).sendKeys(original);
            browser.findElement(By.id("synonyms:save")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("synonyms:messages"),
                    "Liste enregistrée"));
        }
        login("membre");
        browser.get(base + "admin/synonymes.xhtml");
        assertTrue(browser.findElements(By.id("synonyms:terms")).isEmpty(), "members cannot edit synonyms");
    }

    @Test
    void agentsSearchTheQueueAndMembersGetSuggestionsWhileTyping() {
        login("agent");
        browser.get(base + "soutien/file.xhtml");
        browser.findElement(By.linkText("Toutes")).click();
        waiting().until(ExpectedConditions.attributeToBe(By.linkText("Toutes"), "aria-current", "page"));
        browser.findElement(By.id("queue:query")).sendKeys("visio");
        browser.findElement(By.id("queue:search")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("found-title")));
        assertFalse(browser.findElements(By.cssSelector(".search-hits .hit")).isEmpty());
        Browser.assertAccessible(browser, "queue search");

        login("membre");
        browser.get(base + "app/nouvelle-demande.xhtml");
        browser.findElement(By.id("request:subject")).sendKeys("Notre AGA en visio");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("deflection-list"),
                "assemblée générale annuelle"));
        assertTrue(browser.findElements(By.cssSelector("#deflection-list .hit")).size() <= 5);
        Browser.assertAccessible(browser, "new request with suggestions");
    }
}
