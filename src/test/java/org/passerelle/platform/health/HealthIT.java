package org.passerelle.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;

/** MicroProfile Health as a load balancer or an orchestrator sees it; runs on H2 and PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("postgresql")
class HealthIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readyWhenTheDatabaseAnswers() throws Exception {
        JsonObject ready = health("/health/ready");
        assertEquals("UP", ready.getString("status"), ready.toString());
        JsonObject database = checks(ready).get(DatabaseReadiness.NAME);
        assertEquals("UP", database.getString("status"), ready.toString());
        String product = database.getJsonObject("data").getString("database");
        String expected = System.getenv("PASSERELLE_DB_URL") == null ? "H2" : "PostgreSQL";
        assertEquals(expected, product, ready.toString());
    }

    @Test
    void aliveAndEverythingUp() throws Exception {
        JsonObject live = health("/health/live");
        assertEquals("UP", live.getString("status"), live.toString());
        assertEquals("UP", checks(live).get(ApplicationLiveness.NAME).getString("status"), live.toString());
        JsonObject all = health("/health");
        assertEquals("UP", all.getString("status"), all.toString());
        assertEquals(true, checks(all).containsKey(DatabaseReadiness.NAME), all.toString());
    }

    private JsonObject health(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static Map<String, JsonObject> checks(JsonObject health) {
        return health.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
    }
}
