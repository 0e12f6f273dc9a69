package org.passerelle.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;

/** Login throttling, security headers and the session cookie, over HTTP as a client sees them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void tenFailedLoginsLockTheAccountEvenForTheRightPassword() throws Exception {
        assertEquals(200, me("pair", "demo", "fr").statusCode(), "the account works before");
        for (int i = 1; i <= 10; i++) {
            assertEquals(401, me("pair", "mauvais-" + i, "fr").statusCode(), "failure " + i);
        }
        HttpResponse<String> locked = me("pair", "demo", "fr");
        assertEquals(429, locked.statusCode(), locked.body());
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(locked.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Json.createReader(new StringReader(locked.body())).readObject();
        assertEquals(429, problem.getInt("status"));
        assertEquals("Trop de tentatives", problem.getString("title"));
        assertTrue(problem.getString("detail").contains("15 min"), problem.getString("detail"));

        HttpResponse<String> english = me("pair", "demo", "en");
        assertEquals(429, english.statusCode());
        assertTrue(english.body().contains("Too many attempts"), english.body());

        assertEquals(200, me("membre", "demo", "fr").statusCode(), "other accounts are not locked");
    }

    @Test
    void pagesCarrySecurityHeadersAndAStrictSessionCookie() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "connexion.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(session.contains("HttpOnly"), cookies.toString());
        assertTrue(session.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookies.toString());
        assertTrue(!session.contains("Secure"), "plain HTTP in tests: " + cookies);
    }

    @Test
    void forgottenPasswordAndInvitationPagesArePublicAndRefuseBadLinks() throws Exception {
        HttpResponse<String> forgot = http.send(HttpRequest.newBuilder(URI.create(base + "mot-de-passe-oublie.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, forgot.statusCode());
        HttpResponse<String> invitation = http.send(HttpRequest.newBuilder(
                URI.create(base + "invitation.xhtml?jeton=inexistant")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, invitation.statusCode());
        assertTrue(invitation.body().contains("invitation-invalid"), invitation.body());
    }

    private HttpResponse<String> me(String login, String password, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/me"))
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
