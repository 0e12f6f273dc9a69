package org.passerelle.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;

/**
 * "Me déconnecter partout" over HTTP, as two browsers see it: two sessions of one member (two
 * cookie jars, each logged in through the form); logging out everywhere in one ends the other,
 * whose next page goes to the login page with a message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LogoutEverywhereIT {
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** One browser: its own cookie jar, redirects not followed so the test sees them. */
    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, Map<String, String> fields) throws Exception {
        String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), html);
        return m.group(1);
    }

    private HttpClient loggedIn(String login) throws Exception {
        HttpClient client = browser();
        String page = get(client, "connexion.xhtml").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:next", "/app/profil.xhtml");
        fields.put("login:username", login);
        fields.put("login:password", "demo");
        fields.put("login:submit", "Se connecter");
        fields.put("jakarta.faces.ViewState", viewState(page));
        HttpResponse<String> answer = post(client, "connexion.xhtml", fields);
        assertEquals(302, answer.statusCode(), answer.body());
        assertEquals(200, get(client, "app/profil.xhtml").statusCode());
        return client;
    }

    @Test
    void loggingOutEverywhereEndsTheOtherSessionAtItsNextPage() throws Exception {
        HttpClient laptop = loggedIn("membre2");
        HttpClient phone = loggedIn("membre2");

        HttpResponse<String> profile = get(laptop, "app/profil.xhtml");
        assertTrue(profile.body().contains("sessions:logout-everywhere"), profile.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sessions", "sessions");
        fields.put("sessions:logout-everywhere", "Me déconnecter partout");
        fields.put("jakarta.faces.ViewState", viewState(profile.body()));
        HttpResponse<String> done = post(laptop, "app/profil.xhtml", fields);
        assertEquals(302, done.statusCode(), done.body());
        assertTrue(done.headers().firstValue("Location").orElse("").endsWith("/connexion.xhtml?fin=partout"));

        HttpResponse<String> other = get(phone, "app/profil.xhtml");
        assertEquals(302, other.statusCode(), "the other session is over");
        String location = other.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("connexion.xhtml"), location);
        HttpResponse<String> login = get(phone, location.substring(location.indexOf("connexion.xhtml")));
        assertTrue(login.body().contains("session-ended"), login.body());
        assertEquals(302, get(laptop, "app/profil.xhtml").statusCode(), "this session ended too");

        HttpClient again = loggedIn("membre2");
        assertEquals(200, get(again, "app/profil.xhtml").statusCode(), "a new login works as before");
        assertEquals(302, get(phone, "app/profil.xhtml").statusCode(), "the old session stays ended");
    }
}
