package org.passerelle.ticket.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;

/** /api/v1/tickets over HTTP as a client would call it: same accounts, same rules as the web. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("postgresql")
class TicketApiIT {
    private static final String NEW_TICKET = """
            {"category": "visioconference", "subject": "Visio pour notre AGA", "urgency": "haute",
             "description": "Nous serons 60 personnes, certaines au téléphone seulement."}""";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> call(String method, String path, String login, String json, String... headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private String open(String login) throws Exception {
        HttpResponse<String> created = call("POST", "api/v1/tickets", login, NEW_TICKET);
        assertEquals(201, created.statusCode(), created.body());
        String number = json(created).getString("number");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/tickets/" + number));
        return number;
    }

    @Test
    void aMemberOpensAndReadsTheirRequestAndNobodyElsesIsShown() throws Exception {
        String number = open("membre");
        JsonObject ticket = json(call("GET", "api/v1/tickets/" + number, "membre", null));
        assertEquals("nouvelle", ticket.getString("status"));
        assertEquals("haute", ticket.getString("urgency"));
        assertEquals("visioconference", ticket.getString("category"));

        HttpResponse<String> other = call("GET", "api/v1/tickets/" + number, "membre2", null);
        assertEquals(404, other.statusCode());
        assertTrue(other.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("Cette demande n'existe pas ou vous n'y avez pas accès.", json(other).getString("detail"));
        HttpResponse<String> english = call("GET", "api/v1/tickets/" + number, "membre2", null,
                "Accept-Language", "en-CA,en;q=0.8");
        assertEquals("Not found", json(english).getString("title"));
        assertFalse(english.body().contains("Visio pour notre AGA"));

        assertEquals(401, call("GET", "api/v1/tickets", null, null).statusCode());
        JsonObject mine = json(call("GET", "api/v1/tickets", "membre2", null));
        assertTrue(mine.getJsonArray("items").stream()
                .noneMatch(i -> i.asJsonObject().getString("number").equals(number)));
    }

    /** A member's creation is answered without reading the request back: the answer must be what is stored. */
    @Test
    void theCreationAnswerIsTheRequestAsStored() throws Exception {
        HttpResponse<String> created = call("POST", "api/v1/tickets", "membre", NEW_TICKET);
        assertEquals(201, created.statusCode(), created.body());
        String number = json(created).getString("number");
        HttpResponse<String> read = call("GET", "api/v1/tickets/" + number, "membre", null);
        assertEquals(json(read), json(created));
        assertEquals(read.headers().firstValue("ETag").orElseThrow().replace("\"", ""),
                String.valueOf(json(created).getJsonNumber("version").longValue()));
    }

    @Test
    void badInputGetsEveryReasonInTheCallersLanguage() throws Exception {
        HttpResponse<String> refused = call("POST", "api/v1/tickets", "membre",
                "{\"subject\": \"x\", \"description\": \"\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject problem = json(refused);
        assertEquals(400, problem.getInt("status"));
        assertEquals(3, problem.getJsonArray("errors").size(), refused.body());
        assertTrue(problem.getString("detail").contains("Choisissez le sujet de votre demande."), refused.body());

        HttpResponse<String> unknown = call("POST", "api/v1/tickets", "membre",
                NEW_TICKET.replace("haute", "urgentissime"), "Accept-Language", "en");
        assertEquals(400, unknown.statusCode());
        assertTrue(json(unknown).getString("detail").contains("urgentissime"), unknown.body());
        assertEquals(400, call("GET", "api/v1/tickets?size=5000", "agent", null).statusCode());
    }

    @Test
    void theSupportSideListsWritesNotesAndChangesWithTheVersionItRead() throws Exception {
        String number = open("membre2");
        JsonObject page = json(call("GET", "api/v1/tickets?status=nouvelle&sort=created&size=20", "agent", null));
        assertTrue(page.getInt("total") >= 1);
        assertEquals(number, page.getJsonArray("items").getJsonObject(0).getString("number"));

        HttpResponse<String> note = call("POST", "api/v1/tickets/" + number + "/messages", "agent",
                "{\"body\": \"NOTE-API interne\", \"internal\": true}");
        assertEquals(201, note.statusCode(), note.body());
        assertTrue(json(note).getJsonArray("messages").getJsonObject(0).getBoolean("internal"));
        assertEquals(201, call("POST", "api/v1/tickets/" + number + "/messages", "agent",
                "{\"body\": \"Bonjour Karim, voici comment faire.\"}").statusCode());
        HttpResponse<String> seenByMember = call("GET", "api/v1/tickets/" + number, "membre2", null);
        assertFalse(seenByMember.body().contains("NOTE-API"), seenByMember.body());
        assertTrue(seenByMember.body().contains("Bonjour Karim"));
        assertEquals(400, call("POST", "api/v1/tickets/" + number + "/messages", "membre2",
                "{\"body\": \"Je tente une note\", \"internal\": true}").statusCode());

        HttpResponse<String> read = call("GET", "api/v1/tickets/" + number, "agent", null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        long version = json(read).getJsonNumber("version").longValue();
        assertEquals(428, call("PATCH", "api/v1/tickets/" + number, "agent", "{\"urgency\": \"basse\"}").statusCode());
        HttpResponse<String> changed = call("PATCH", "api/v1/tickets/" + number, "agent",
                "{\"status\": \"en-attente\", \"assignee\": \"agent\", \"tags\": \"aga\"}", "If-Match", etag);
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("en-attente", json(changed).getString("status"));
        assertEquals("agent", json(changed).getString("assignee"));
        HttpResponse<String> stale = call("PATCH", "api/v1/tickets/" + number, "agent",
                "{\"urgency\": \"basse\", \"version\": " + version + "}");
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals(400, call("PATCH", "api/v1/tickets/" + number, "membre2",
                "{\"urgency\": \"basse\", \"version\": " + (version + 1) + "}").statusCode());
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve("/openapi"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(openapi.body().contains("/api/v1/tickets/{number}/messages"), openapi.body());
    }
}
