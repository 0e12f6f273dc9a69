package org.passerelle.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.passerelle.platform.web.AuthorizationMatrix.Row;
import org.passerelle.testsupport.Browser;
import org.passerelle.testsupport.Deployments;

/**
 * Every page of the authorization matrix, opened in Chromium by the first role allowed to see it,
 * passes the axe-core WCAG 2.1 AA scan: a new page is checked as soon as it has its row. The
 * journeys check the same pages again in their other states (errors, results, empty lists).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryPageAccessibleBrowserIT {

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
    void everyPageIsAccessibleToTheFirstRoleAllowedToOpenIt() throws Exception {
        Map<String, List<String>> pagesByAccount = new LinkedHashMap<>();
        for (Row row : AuthorizationMatrix.rows()) {
            int first = row.expected().indexOf("ok");
            if (row.method().equals("GET") && row.target().contains(".xhtml") && first >= 0) {
                pagesByAccount.computeIfAbsent(AuthorizationMatrix.ACCOUNTS.get(first), a -> new ArrayList<>())
                        .add(row.target());
            }
        }
        assertTrue(pagesByAccount.values().stream().mapToInt(List::size).sum() > 40, pagesByAccount.toString());
        Map<String, String> values = new AuthorizationMatrix(base).placeholders();
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> account : pagesByAccount.entrySet()) {
            logIn(account.getKey());
            for (String page : account.getValue()) {
                browser.get(base + AuthorizationMatrix.substitute(page, values).substring(1));
                Browser.accessibilityViolations(browser)
                        .forEach(v -> violations.add(page + " as " + account.getKey() + ": " + v));
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    private void logIn(String account) {
        browser.manage().deleteAllCookies();
        if (account.equals("anonymous")) {
            return;
        }
        browser.get(base + "connexion.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(account);
        browser.findElement(By.id("login:password")).sendKeys("demo");
        browser.findElement(By.id("login:submit")).click();
        Browser.waitFor(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }
}
