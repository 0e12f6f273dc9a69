package org.passerelle.testsupport;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, and the axe-core WCAG 2.1 AA scan. Needs the
 * packages chromium and chromium-driver (.ci/run installs them).
 */
public final class Browser {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    public static WebDriver start() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=fr-CA", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("passerelle-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * A wait of up to 20 s that tries again when the page changes under it: an Ajax update can
     * replace an element between finding it and reading it, and Chromium then answers "Node with
     * given id does not belong to the document" as a plain WebDriverException, not a stale element
     * (this made a journey fail once on a busy machine). A condition never met still fails at 20 s.
     */
    public static WebDriverWait waitFor(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** The WCAG 2.1 A and AA violations on the current page, one readable line each. */
    public static List<String> accessibilityViolations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
    }

    /** Fails with every WCAG 2.1 AA violation on the current page, naming where the test was. */
    public static void assertAccessible(WebDriver driver, String where) {
        List<String> violations = accessibilityViolations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError(where + ": " + String.join("\n", violations));
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary())
                .collect(Collectors.joining(" | "));
    }
}
