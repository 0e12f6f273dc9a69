package org.passerelle.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
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

/** /api/v1/search over HTTP: public toolbox search, ticket search with the caller's rights, odd input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theToolboxIsSearchedWithoutLoginBestFirstWithSnippetsAndFacets() throws Exception {
        HttpResponse<String> response = get("api/v1/search?q=" + encode("visioconferance"), null, "fr");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject result = json(response);
        assertTrue(result.getInt("total") >= 3, result.toString());
        JsonObject first = result.getJsonArray("hits").getJsonObject(0);
        for (String field : List.of("kind", "slug", "title", "snippet", "score")) {
            assertTrue(first.containsKey(field), field);
        }
        double previous = Double.MAX_VALUE;
        for (JsonObject hit : result.getJsonArray("hits").getValuesAs(JsonObject.class)) {
            assertTrue(hit.getJsonNumber("score").doubleValue() <= previous, "best first");
            previous = hit.getJsonNumber("score").doubleValue();
        }
        assertTrue(result.getJsonObject("facets").getJsonObject("category").containsKey("visioconference"));
        assertTrue(json(get("api/v1/search?type=toolbox&q=AGA", null, "fr")).getJsonArray("hits").getJsonObject(0)
                .getString("slug").equals("aga-en-ligne"));
    }

    @Test
    void oddInputIsPlainTextAndOnlyATooLongQueryIsAProblem() throws Exception {
        for (String odd : List.of("", "\"", "*", "AND(", "\\", "visio*", "\"zoom", "(((", "%")) {
            HttpResponse<String> response = get("api/v1/search?q=" + encode(odd), null, "fr");
            assertEquals(200, response.statusCode(), odd + " → " + response.body());
            json(response).getInt("total");
        }
        assertEquals(200, get("api/v1/search", null, "fr").statusCode(), "no q at all");
        HttpResponse<String> tooLong = get("api/v1/search?q=" + "a".repeat(201), null, "fr");
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("La recherche doit compter au plus 200 caractères.", json(tooLong).getString("detail"));
        JsonObject english = json(get("api/v1/search?type=people&q=zoom", null, "en"));
        assertEquals(400, english.getInt("status"));
        assertEquals("The \"type\" parameter must be \"toolbox\" or \"tickets\".", english.getString("detail"));
    }

    @Test
    void ticketsNeedALoginAndFollowTheCallersRights() throws Exception {
        HttpResponse<String> anonymous = get("api/v1/search?type=tickets&q=visio", null, "fr");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        JsonObject agent = json(get("api/v1/search?type=tickets&q=visio", "agent", "fr"));
        assertTrue(agent.getInt("total") >= 1, agent.toString());
        JsonObject hit = agent.getJsonArray("hits").getJsonObject(0);
        assertEquals("ticket", hit.getString("kind"));
        assertTrue(hit.getString("number").startsWith("PAS-"));

        JsonObject member = json(get("api/v1/search?type=tickets&q=visio", "membre", "fr"));
        assertEquals(0, member.getInt("total"));
        assertEquals(401, get("api/v1/search?type=tickets&q=visio", "agent", "fr", "mauvais").statusCode());
    }

    @Test
    void onlyAdministratorsRebuildTheIndexAndTheyCanFollowItToTheEnd() throws Exception {
        assertEquals(401, send("POST", "api/v1/search/index", null).statusCode());
        assertEquals(403, send("POST", "api/v1/search/index", "agent").statusCode());
        assertEquals(403, send("GET", "api/v1/search/index", "coordination").statusCode());

        HttpResponse<String> started = send("POST", "api/v1/search/index", "admin");
        assertTrue(started.statusCode() == 202 || started.statusCode() == 409, started.body());
        JsonObject progress = json(started);
        for (int i = 0; i < 120 && progress.getString("state").equals("running"); i++) {
            Thread.sleep(500);
            progress = json(send("GET", "api/v1/search/index", "admin"));
        }
        assertEquals("done", progress.getString("state"), progress.toString());
        assertEquals(100, progress.getInt("percent"));
        assertEquals(progress.getJsonNumber("total").longValue(), progress.getJsonNumber("done").longValue());
        JsonObject database = progress.getJsonObject("database");
        assertTrue(database.getInt("entries") >= 84, progress.toString());
        assertEquals(database.getInt("entries") + database.getInt("tickets"), progress.getInt("done"),
                "every toolbox entry and request is indexed: " + progress);
        assertEquals(database, progress.getJsonObject("index"));
        assertTrue(json(get("api/v1/search?q=visio", null, "fr")).getInt("total") >= 3, "still searchable");
    }

    private HttpResponse<String> send(String method, String path, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String login, String language) throws Exception {
        return get(path, login, language, "demo");
    }

    private HttpResponse<String> get(String path, String login, String language, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toExternalForm() + path))
                .header("Accept-Language", language);
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
