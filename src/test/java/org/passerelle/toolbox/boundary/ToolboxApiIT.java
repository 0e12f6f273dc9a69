package org.passerelle.toolbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

/** /api/v1/toolbox called over HTTP as a client would: public reading, authenticated proposals, problem details. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ToolboxApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void publishedEntriesAreListedWithoutLoginWithFiltersAndPaging() throws Exception {
        HttpResponse<String> all = get("api/v1/toolbox/entries", null, null);
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(all.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject list = json(all);
        assertTrue(list.getInt("total") >= 80, list.toString());
        assertEquals(20, list.getJsonArray("items").size());
        JsonObject first = list.getJsonArray("items").getJsonObject(0);
        for (String field : List.of("slug", "title", "kind", "category")) {
            assertTrue(first.containsKey(field), field);
        }

        JsonObject tools = json(get("api/v1/toolbox/entries?kind=tool&category=visioconference&size=100", null, null));
        assertTrue(tools.getInt("total") >= 5);
        assertEquals(tools.getInt("total"), tools.getJsonArray("items").size());
        tools.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> {
            assertEquals("tool", item.getString("kind"));
            assertEquals("visioconference", item.getString("category"));
        });

        JsonObject page2 = json(get("api/v1/toolbox/entries?kind=guide&page=2&size=5", null, null));
        JsonObject page1 = json(get("api/v1/toolbox/entries?kind=guide&page=1&size=5", null, null));
        assertEquals(5, page2.getJsonArray("items").size());
        assertEquals(page1.getInt("total"), page2.getInt("total"));
        assertFalse(page1.getJsonArray("items").getJsonObject(0).getString("slug")
                .equals(page2.getJsonArray("items").getJsonObject(0).getString("slug")));

        JsonObject search = json(get("api/v1/toolbox/entries?q=" + URLEncoder.encode("visioconférence", StandardCharsets.UTF_8),
                null, null));
        assertTrue(search.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("slug").equals("jitsi-meet")), search.toString());
    }

    @Test
    void badFiltersAreProblemsInTheCallersLanguage() throws Exception {
        HttpResponse<String> french = send(HttpRequest.newBuilder(uri("api/v1/toolbox/entries?kind=outil&size=500"))
                .header("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5"));
        assertEquals(400, french.statusCode());
        assertTrue(french.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(french);
        assertEquals(400, problem.getInt("status"));
        assertEquals("Données invalides", problem.getString("title"));
        assertTrue(problem.getString("type").length() > 0);
        assertTrue(problem.getString("detail").contains("« kind »"), problem.toString());
        assertTrue(problem.getString("detail").contains("« size »"), problem.toString());
        assertEquals(2, problem.getJsonArray("errors").size());

        JsonObject english = json(send(HttpRequest.newBuilder(uri("api/v1/toolbox/entries?category=cuisine"))
                .header("Accept-Language", "en-US,en;q=0.8")));
        assertEquals("Invalid input", english.getString("title"));
        assertEquals("This category does not exist in the toolbox.", english.getString("detail"));
    }

    @Test
    void oneEntryHasAllItsFieldsAndUnknownOnesAre404() throws Exception {
        HttpResponse<String> response = get("api/v1/toolbox/entries/aga-en-ligne", null, null);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject guide = json(response);
        assertEquals("guide", guide.getString("kind"));
        assertEquals("Tenir une assemblée générale annuelle (AGA) en ligne", guide.getString("title"));
        assertTrue(guide.getString("bodyMarkdown").contains("## "));
        assertTrue(guide.getString("bodyHtml").contains("<h2>"));
        assertTrue(guide.getInt("revision") >= 1);
        assertTrue(guide.getInt("endorsements") >= 0);

        JsonObject card = json(get("api/v1/toolbox/entries/jitsi-meet", null, null));
        assertEquals("tool", card.getString("kind"));
        assertEquals("libre", card.getJsonObject("toolCard").getString("license"));

        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("api/v1/toolbox/entries/nexiste-pas"))
                .header("Accept-Language", "en"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = json(missing);
        assertEquals(404, problem.getInt("status"));
        assertEquals("Not found", problem.getString("title"));
        assertEquals("No published entry has this identifier.", problem.getString("detail"));
    }

    @Test
    void proposingNeedsAnAccountAndValidInput() throws Exception {
        HttpResponse<String> anonymous = post("api/v1/toolbox/entries", null, "{}");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("api/v1/toolbox/entries"))
                .header("Authorization", basic("membre", "demo")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"guide\"}")));
        assertEquals(415, form.statusCode());
        assertEquals("Envoyez le corps de la requête en JSON (Content-Type: application/json).",
                json(form).getString("detail"));

        HttpResponse<String> notJson = post("api/v1/toolbox/entries", "membre", "{pas du json");
        assertEquals(400, notJson.statusCode());
        assertEquals("Le corps de la requête doit être un objet JSON valide.", json(notJson).getString("detail"));

        HttpResponse<String> invalid = post("api/v1/toolbox/entries", "membre",
                "{\"kind\":\"guide\",\"category\":\"cuisine\",\"title\":\"AGA\",\"body\":\"court\"}");
        assertEquals(400, invalid.statusCode());
        JsonObject problem = json(invalid);
        List<String> errors = problem.getJsonArray("errors").getValuesAs(JsonValue.class).stream()
                .map(v -> ((jakarta.json.JsonString) v).getString()).toList();
        assertEquals(List.of("Choisissez la catégorie de la fiche.",
                "Le titre doit compter entre 5 et 200 caractères.",
                "Le texte d’une fiche pratique doit compter entre 20 et 50 000 caractères.",
                "Le résumé du changement doit compter entre 5 et 500 caractères."), errors);

        HttpResponse<String> badKind = post("api/v1/toolbox/entries", "membre", "{\"kind\":\"recette\"}");
        assertEquals(400, badKind.statusCode());
        assertTrue(json(badKind).getString("detail").contains("« kind »"));

        HttpResponse<String> unknownEntry = post("api/v1/toolbox/entries", "membre",
                "{\"entry\":\"nexiste-pas\",\"category\":\"collaboration\",\"title\":\"Une modification\","
                        + "\"summary\":\"Un résumé assez long.\",\"changeSummary\":\"Correction\"}");
        assertEquals(404, unknownEntry.statusCode());
    }

    @Test
    void aProposalIsADraftNeverAPublishedEntry() throws Exception {
        String title = "Animer un atelier de tricot-graffiti en ligne " + System.nanoTime();
        String payload = Json.createObjectBuilder().add("kind", "guide").add("category", "animation-en-ligne")
                .add("title", title).add("body", "Un atelier en ligne commence par un tour de table.")
                .add("changeSummary", "Nouvelle fiche par l'API").add("submit", true).build().toString();
        HttpResponse<String> created = post("api/v1/toolbox/entries", "membre", payload);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject draft = json(created);
        assertEquals("SUBMITTED", draft.getString("status"));
        assertEquals("guide", draft.getString("kind"));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/api/v1/toolbox/contributions/" + draft.getJsonNumber("id").longValue()),
                location);

        String path = URI.create(location).getPath().substring(1);
        assertEquals(200, get(path, "membre", "demo").statusCode());
        assertEquals(200, get(path, "agent", "demo").statusCode(), "moderators read submitted contributions");
        assertEquals(404, get(path, "membre2", "demo").statusCode(), "other members do not");
        assertEquals(401, get(path, null, null).statusCode(), "anonymous callers do not");

        JsonObject search = json(get("api/v1/toolbox/entries?q=" + URLEncoder.encode("tricot-graffiti",
                StandardCharsets.UTF_8), null, null));
        assertEquals(0, search.getInt("total"), "nothing is published before a moderator approves");
        HttpResponse<String> draftAsEntry = get("api/v1/toolbox/entries/"
                + title.toLowerCase().replaceAll("[^a-z0-9]+", "-"), null, null);
        assertEquals(404, draftAsEntry.statusCode());
    }

    @Test
    void aToolCardProposalCarriesItsCardFields() throws Exception {
        String bad = "{\"kind\":\"tool\",\"category\":\"collaboration\",\"title\":\"Pad collaboratif\","
                + "\"summary\":\"Écrire à plusieurs en direct.\",\"changeSummary\":\"Nouvelle fiche\","
                + "\"toolCard\":{\"hosting\":\"sur la lune\",\"alternativeTo\":[\"Google Docs\"]}}";
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("api/v1/toolbox/entries"))
                .header("Authorization", basic("membre", "demo")).header("Accept-Language", "en")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bad)));
        assertEquals(400, refused.statusCode());
        assertEquals("Choose a hosting option from the list.", json(refused).getString("detail"));

        HttpResponse<String> created = post("api/v1/toolbox/entries", "membre", bad.replace("sur la lune", "les deux"));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject card = json(created).getJsonObject("toolCard");
        assertEquals("les deux", card.getString("hosting"));
        assertEquals("Google Docs", card.getJsonArray("alternativeTo").getString(0));
        assertEquals("DRAFT", json(created).getString("status"));
    }

    private URI uri(String path) {
        return URI.create(base.toString()).resolve(path);
    }

    private HttpResponse<String> get(String path, String login, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (login != null) {
            request.header("Authorization", basic(login, password));
        }
        return send(request);
    }

    private HttpResponse<String> post(String path, String login, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (login != null) {
            request.header("Authorization", basic(login, "demo"));
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
