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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;

/** The operations endpoints and /api/v1/me, called over HTTP as a client would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallerApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void meAnswersTheCallersAccount() throws Exception {
        HttpResponse<String> response = get("api/v1/me", "membre", "demo");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("membre", me.getString("login"));
        assertEquals("Julie Tremblay", me.getString("name"));
        assertEquals("julie.tremblay@example.org", me.getString("email"));
        assertEquals("CDC de la Neigette", me.getString("organization"));
        assertEquals("member", me.getJsonArray("roles").getString(0));
    }

    @Test
    void meRefusesAnonymousAndWrongPasswords() throws Exception {
        HttpResponse<String> anonymous = get("api/v1/me", null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, get("api/v1/me", "membre", "wrong").statusCode());
    }

    @Test
    void rolesComeFromTheAccount() throws Exception {
        JsonObject me = Json.createReader(new StringReader(get("api/v1/me", "responsable", "demo").body())).readObject();
        assertEquals("[\"agent\",\"pool-lead\"]", me.getJsonArray("roles").toString());
    }

    @Test
    void protectedPagesRedirectToTheLoginPage() throws Exception {
        HttpResponse<String> response = get("app/mes-demandes.xhtml", null, null);
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("connexion.xhtml?next="));
    }

    @Test
    void healthAndOpenApiAnswer() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.toURI().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("UP"), health.body());
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(base.toURI().resolve("/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/v1/me"), openapi.body());
    }

    private HttpResponse<String> get(String path, String login, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
