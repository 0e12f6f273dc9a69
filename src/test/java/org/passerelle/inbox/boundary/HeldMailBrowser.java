package org.passerelle.inbox.boundary;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.passerelle.testsupport.Browser;

/** The browser side of {@link HeldMailPageIT}, client only (not in the deployment). */
final class HeldMailBrowser {
    private HeldMailBrowser() {
    }

    static void attachOneAndDiscardTheOther(URL base, String toAttach, String toDiscard) throws Exception {
        WebDriver browser = Browser.start();
        try {
            browser.get(base + "soutien/courriels-a-verifier.xhtml");
            browser.findElement(By.id("login:username")).sendKeys("agent");
            browser.findElement(By.id("login:password")).sendKeys("demo");
            browser.findElement(By.id("login:submit")).click();
            wait(browser, ExpectedConditions.textToBe(By.tagName("h1"), "Courriels à vérifier"));
            Browser.assertAccessible(browser, "courriels à vérifier");

            WebElement attach = article(browser, toAttach);
            attach.findElement(By.cssSelector("input[id$=':member']")).sendKeys("julie.tremblay@example.org");
            attach.findElement(By.cssSelector("input[id$=':attach-button']")).click();
            wait(browser, ExpectedConditions.textMatches(By.id("messages"), Pattern.compile("Demande PAS-\\d+ ouverte")));

            WebElement discard = article(browser, toDiscard);
            discard.findElement(By.cssSelector("input[id$=':reason']")).sendKeys("Pourriel");
            discard.findElement(By.cssSelector("input[id$=':discard-button']")).click();
            wait(browser, ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Courriel écarté"));
            assertTrue(browser.findElements(By.xpath(articlePath(toAttach))).isEmpty());
            assertTrue(browser.findElements(By.xpath(articlePath(toDiscard))).isEmpty());
            Browser.assertAccessible(browser, "courriels à vérifier, après");
        } catch (RuntimeException | AssertionError e) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "held-mail-page-failure.html"),
                    browser.getPageSource());
            throw e;
        } finally {
            browser.quit();
        }
    }

    private static String articlePath(String subject) {
        return "//article[.//h2[normalize-space()='" + subject + "']]";
    }

    private static WebElement article(WebDriver browser, String subject) {
        return browser.findElement(By.xpath(articlePath(subject)));
    }

    private static <T> void wait(WebDriver browser, Function<WebDriver, T> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(condition::apply);
    }
}
