package org.passerelle.toolbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * Contributing to the toolbox in a real browser: a member proposes a guide, a moderator asks for a
 * change, the member fixes it, the moderator publishes, and an anonymous visitor finds and reads
 * it; then a moderator edits an entry, compares revisions and rolls back. Every page passes the
 * axe-core WCAG 2.1 AA scan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToolboxContributionJourneyIT {

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
    void aGuideGoesFromProposalToPublicationAndIsFoundByAnyone() {
        String word = "Quiproquo" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String title = "Organiser un " + word + " en ligne";

        // a member proposes a guide; an empty form first shows what is missing
        openAs("membre", "app/contribuer.xhtml?type=guide");
        waitForHeading("Proposer une fiche");
        Browser.assertAccessible(browser, "new contribution");
        browser.findElement(By.id("contribution:submit")).click();
        waitForText(By.tagName("main"), "Choisissez la catégorie de la fiche.");
        assertTrue(text().contains("Le titre doit compter entre 5 et 200 caractères."), text());
        Browser.assertAccessible(browser, "new contribution with errors");
        new Select(browser.findElement(By.id("contribution:category"))).selectByVisibleText("Animation en ligne et hybride");
        browser.findElement(By.id("contribution:title")).sendKeys(title);
        browser.findElement(By.id("contribution:body")).sendKeys("Un " + word + " réunit les membres à distance.\n\n"
                + "## Avant\n\n- Envoyer le lien\n");
        browser.findElement(By.id("contribution:change-summary")).sendKeys("Nouvelle fiche pratique");
        browser.findElement(By.id("contribution:submit")).click();
        waitForHeading(title);
        assertEquals("En relecture", browser.findElement(By.id("status")).getText());
        Browser.assertAccessible(browser, "contribution submitted");
        String contributionUrl = browser.getCurrentUrl();

        // a moderator finds it in the queue and asks for a change
        openAs("agent", "app/moderation.xhtml");
        waitForHeading("Modération de la boîte à outils");
        Browser.assertAccessible(browser, "moderation");
        browser.findElement(By.linkText(title)).click();
        waitForHeading(title);
        Browser.assertAccessible(browser, "contribution, moderator view");
        browser.findElement(By.id("review:comment")).sendKeys("Ajoutez ce qu'il faut faire après la rencontre.");
        browser.findElement(By.id("review:request-changes")).click();
        waitForText(By.id("status"), "Modifications demandées");

        // the member is told, fixes the guide and submits it again
        openAs("membre", "app/mes-contributions.xhtml");
        waitForHeading("Mes contributions");
        assertTrue(text().contains("Ajoutez ce qu'il faut faire après la rencontre."), text());
        assertTrue(browser.findElements(By.cssSelector(".notice-item--new .badge")).size() >= 1);
        Browser.assertAccessible(browser, "my contributions");
        browser.get(contributionUrl);
        waitForHeading(title);
        browser.findElement(By.id("edit")).click();
        waitForHeading("Proposer une fiche");
        assertTrue(text().contains("Ajoutez ce qu'il faut faire après la rencontre."));
        WebElement body = browser.findElement(By.id("contribution:body"));
        body.sendKeys("\n## Après\n\n- Envoyer le compte rendu\n");
        browser.findElement(By.id("contribution:change-summary")).clear();
        browser.findElement(By.id("contribution:change-summary")).sendKeys("Ajout de l'après-rencontre");
        browser.findElement(By.id("contribution:submit")).click();
        waitForText(By.id("status"), "En relecture");

        // the moderator publishes it
        openAs("agent", contributionUrl.substring(base.toString().length()));
        waitForHeading(title);
        browser.findElement(By.id("review:comment")).sendKeys("Merci!");
        browser.findElement(By.id("review:approve")).click();
        waitForText(By.className("notice"), "La contribution est publiée");
        waitForHeading(title);
        browser.findElement(By.id("useful:toggle")).click();
        waitForText(By.id("useful-count"), "1 personne a trouvé cette fiche utile.");

        // an anonymous visitor finds and reads it
        browser.manage().deleteAllCookies();
        browser.get(base + "boite-a-outils/index.xhtml");
        browser.findElement(By.id("q")).sendKeys(word.toLowerCase());
        browser.findElement(By.cssSelector(".toolbox-search button")).click();
        Browser.waitFor(browser).until(ExpectedConditions.urlContains("q="));
        browser.findElement(By.linkText(title)).click();
        waitForHeading(title);
        assertTrue(text().contains("Envoyer le compte rendu"), text());
        assertTrue(browser.findElement(By.cssSelector(".markdown h2")).isDisplayed());
        assertEquals("1 personne a trouvé cette fiche utile.", browser.findElement(By.id("useful-count")).getText());
        Browser.assertAccessible(browser, "published guide, anonymous");
        browser.findElement(By.id("history")).click();
        waitForText(By.tagName("h1"), "Historique");
        assertTrue(text().contains("Julie Tremblay"), "the contributor is credited: " + text());
        Browser.assertAccessible(browser, "history, anonymous");
    }

    @Test
    void aModeratorComparesRevisionsAndRollsBackOnAPhone() {
        openAs("responsable", "app/contribuer.xhtml?fiche=bigbluebutton");
        waitForHeading("Proposer une modification");
        Browser.assertAccessible(browser, "edit of a tool card");
        new Select(browser.findElement(By.id("contribution:license"))).selectByVisibleText("Gratuit");
        WebElement body = browser.findElement(By.id("contribution:body"));
        body.sendKeys("\n\n## Vérifier\n\nTestez une restauration chaque trimestre.\n");
        browser.findElement(By.id("contribution:change-summary")).sendKeys("Ajout : tester la restauration");
        browser.findElement(By.id("contribution:submit")).click();
        waitForText(By.id("status"), "En relecture");
        assertTrue(browser.findElements(By.cssSelector("table.diff .diff__cell--added")).size() >= 1);
        assertTrue(browser.findElement(By.cssSelector("table.diff--card")).getText().contains("Gratuit"));
        Browser.assertAccessible(browser, "contribution with a diff");
        browser.findElement(By.id("review:approve")).click();
        waitForText(By.className("notice"), "La contribution est publiée");

        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(375, 800));
            browser.findElement(By.id("history")).click();
            waitForText(By.tagName("h1"), "Historique");
            browser.findElement(By.id("compare")).click();
            waitForText(By.tagName("h1"), "Comparaison");
            assertTrue(text().contains("Testez une restauration chaque trimestre."), text());
            assertTrue(text().contains("Champs de la fiche outil"), text());
            assertNoHorizontalScroll("compare on a phone");
            Browser.assertAccessible(browser, "compare on a phone");
        } finally {
            browser.manage().window().setSize(desktop);
        }

        browser.navigate().back();
        waitForText(By.tagName("h1"), "Historique");
        browser.findElement(By.id("revisions:reason")).sendKeys("Doublon avec une autre fiche");
        browser.findElement(By.cssSelector("#revision-list [aria-label='Revenir à cette révision 1']")).click();
        waitForText(By.className("notice"), "C’est fait");
        assertTrue(text().contains("Retour à la révision 1 : Doublon avec une autre fiche"), text());
        Browser.assertAccessible(browser, "history after rollback");
    }

    @Test
    void aMemberCommentsAModeratorHidesTheCommentAndARenamedEntryRedirects() throws Exception {
        String word = "Remarque" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");

        // a member comments on a tool card: an empty comment says what is missing first
        openAs("membre", "app/mes-contributions.xhtml");
        browser.get(base + "boite-a-outils/fiche.xhtml?slug=excalidraw");
        waitForHeading("Excalidraw");
        assertTrue(browser.findElement(By.id("helpers")).getText().contains("Sophie Gagnon (CDC de Laval)"),
                "a peer who masters the subject is named to signed-in people");
        browser.findElement(By.id("comment:post")).click();
        waitForText(By.tagName("main"), "Écrivez votre commentaire (au moins 2 caractères).");
        Browser.assertAccessible(browser, "entry, comment with an error");
        browser.findElement(By.id("comment:text")).sendKeys("Nous l'utilisons pour nos **ateliers** " + word);
        browser.findElement(By.id("comment:post")).click();
        waitForText(By.className("notice"), "Votre commentaire est publié.");
        WebElement comment = browser.findElements(By.cssSelector("#comment-list .comment")).stream()
                .filter(c -> c.getText().contains(word)).findFirst().orElseThrow();
        assertTrue(comment.getText().contains("Julie Tremblay (CDC de la Neigette)"), comment.getText());
        assertEquals("ateliers", comment.findElement(By.cssSelector(".comment__body strong")).getText());
        browser.findElement(By.id("used-by:toggle")).click();
        waitForText(By.id("used-by-count"), "Votre organisme l’utilise.");
        Browser.assertAccessible(browser, "entry with a comment");

        // a moderator hides it with a reason
        openAs("agent", "app/moderation.xhtml");
        browser.get(base + "boite-a-outils/fiche.xhtml?slug=excalidraw");
        waitForHeading("Excalidraw");
        comment = browser.findElements(By.cssSelector("#comment-list .comment")).stream()
                .filter(c -> c.getText().contains(word)).findFirst().orElseThrow();
        comment.findElement(By.cssSelector(".comment__hide input[type=text]")).sendKeys("Hors sujet");
        Browser.assertAccessible(browser, "entry, moderator view");
        comment.findElement(By.cssSelector(".comment__hide input[type=submit]")).click();
        waitForText(By.className("notice"), "Le commentaire est masqué.");

        // an anonymous visitor sees that it was hidden and why, not its text, and no peer's name
        browser.manage().deleteAllCookies();
        browser.get(base + "boite-a-outils/fiche.xhtml?slug=excalidraw");
        waitForHeading("Excalidraw");
        assertTrue(text().contains("Commentaire masqué par la modération : Hors sujet"), text());
        assertTrue(!text().contains(word), "the hidden text is not shown");
        assertTrue(browser.findElements(By.id("helpers")).isEmpty());
        assertTrue(browser.findElement(By.id("credits-title")).isDisplayed());
        Browser.assertAccessible(browser, "entry with a hidden comment, anonymous");

        // a moderator renames an entry: the old address answers 301 with the new one
        openAs("agent", "app/moderation.xhtml");
        browser.get(base + "boite-a-outils/fiche.xhtml?slug=padlet");
        waitForHeading("Padlet");
        WebElement slug = browser.findElement(By.id("rename:slug"));
        slug.clear();
        slug.sendKeys("padlet-mur-collaboratif");
        browser.findElement(By.id("rename:submit")).click();
        waitForText(By.className("notice"), "L’adresse de la fiche a changé");
        assertTrue(browser.getCurrentUrl().contains("slug=padlet-mur-collaboratif"), browser.getCurrentUrl());
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> old = http.send(HttpRequest.newBuilder(URI.create(base + "boite-a-outils/fiche.xhtml?slug=padlet"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, old.statusCode(), old.body());
        assertTrue(old.headers().firstValue("Location").orElse("").endsWith("/boite-a-outils/fiche.xhtml?slug=padlet-mur-collaboratif"),
                old.headers().map().toString());
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base + "boite-a-outils/fiche.xhtml?slug=pas-une-fiche"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/toolbox/entries/padlet"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(301, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Location").orElse("").endsWith("/api/v1/toolbox/entries/padlet-mur-collaboratif"),
                api.headers().map().toString());
        browser.get(base + "boite-a-outils/fiche.xhtml?slug=padlet");
        waitForHeading("Padlet");
        assertTrue(browser.getCurrentUrl().contains("slug=padlet-mur-collaboratif"), "the browser followed it");
        // and back, so that other tests find it where they expect it
        slug = browser.findElement(By.id("rename:slug"));
        slug.clear();
        slug.sendKeys("padlet");
        browser.findElement(By.id("rename:submit")).click();
        waitForText(By.className("notice"), "L’adresse de la fiche a changé");
    }

    @Test
    void aDraftSavesItselfWhenAFieldLosesFocus() {
        String title = "Brouillon automatique " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        openAs("membre", "app/contribuer.xhtml?type=guide");
        waitForHeading("Proposer une fiche");
        new Select(browser.findElement(By.id("contribution:category"))).selectByVisibleText("Animation en ligne et hybride");
        browser.findElement(By.id("contribution:title")).sendKeys(title);
        browser.findElement(By.id("contribution:body")).sendKeys("Un texte assez long pour être une fiche pratique.");
        browser.findElement(By.id("contribution:change-summary")).sendKeys("Nouvelle fiche pratique");
        browser.findElement(By.id("contribution:title")).click(); // the change summary loses focus
        waitForText(By.id("contribution:autosave-status"), "Brouillon enregistré automatiquement");
        Browser.assertAccessible(browser, "contribution autosaved");

        // the saved draft goes on in the same page: submitting it is not a conflict with the autosave
        browser.findElement(By.id("contribution:body")).sendKeys(" Avec une phrase de plus.");
        browser.findElement(By.id("contribution:submit")).click();
        waitForText(By.id("status"), "En relecture");
        openAs("membre", "app/mes-contributions.xhtml");
        waitForHeading("Mes contributions");
        assertEquals(1, browser.findElements(By.linkText(title)).size(), "one contribution, not two: " + text());
    }

    @Test
    void aCoordinatorExportsAndImportsTheToolbox() throws Exception {
        openAs("coordination", "admin/boite-a-outils.xhtml");
        waitForHeading("Exporter ou importer la boîte à outils");
        Browser.assertAccessible(browser, "toolbox export and import");
        browser.findElement(By.id("import:submit")).click();
        waitForText(By.tagName("main"), "Choisissez un fichier zip à importer.");
        Browser.assertAccessible(browser, "toolbox import with an error");

        // the export button sends a zip (posted here with the browser's session, as the button does)
        String viewState = browser.findElement(By.cssSelector("#export input[name='jakarta.faces.ViewState']"))
                .getAttribute("value");
        String form = "export=export&export%3Adownload=x&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState, java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "admin/boite-a-outils.xhtml"))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        assertTrue(zip.headers().firstValue("Content-Disposition").orElse("").contains("boite-a-outils-"));

        // imported again into the same toolbox: refused, each entry named with its file
        java.nio.file.Path file = java.nio.file.Files.createTempFile("boite-a-outils", ".zip");
        try {
            java.nio.file.Files.write(file, zip.body());
            browser.findElement(By.id("import:file")).sendKeys(file.toString());
            browser.findElement(By.id("import:submit")).click();
            waitForText(By.tagName("main"), "Rien n’a été importé");
            String problems = browser.findElement(By.id("problems")).getText();
            assertTrue(problems.contains("tools.csv") && problems.contains("guides/aga-en-ligne.md")
                    && problems.contains("already exists"), problems);
            Browser.assertAccessible(browser, "toolbox import refused, with its problems");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void membersDoNotModerate() {
        openAs("membre", "app/moderation.xhtml");
        waitForHeading("Accès refusé");
        assertTrue(browser.findElements(By.id("queue")).isEmpty());
    }

    /** Starts a fresh session as {@code login} and lands on {@code path} after the login page. */
    private void openAs(String login, String path) {
        browser.manage().deleteAllCookies();
        browser.get(base + path);
        Browser.waitFor(browser).until(
                ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        browser.findElement(By.id("login:username")).sendKeys(login);
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        Browser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    private void waitForHeading(String text) {
        Browser.waitFor(browser).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    private void waitForText(By where, String text) {
        Browser.waitFor(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    private void assertNoHorizontalScroll(String where) {
        Number scrollWidth = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth;");
        Number viewport = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth;");
        assertTrue(scrollWidth.intValue() <= viewport.intValue(), where + ": " + scrollWidth + " > " + viewport);
    }

}
