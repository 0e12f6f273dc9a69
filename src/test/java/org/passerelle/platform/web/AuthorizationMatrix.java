package org.passerelle.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The written rule of who may open what ({@code authorization-matrix.txt}), and a caller that
 * signs in as each demo account (HTTP Basic, then its session) to check it.
 */
final class AuthorizationMatrix {
    /** The columns of the matrix, in order: who asks. */
    static final List<String> ACCOUNTS = List.of("anonymous", "membre", "pair", "agent", "responsable",
            "coordination", "admin");
    static final String MATRIX = "/authorization-matrix.txt";

    private final URL base;
    private final Map<String, HttpClient> clients = new LinkedHashMap<>();

    AuthorizationMatrix(URL base) {
        this.base = base;
    }

    record Row(String method, String target, List<String> expected) {
        /** "GET /page.xhtml", path parameters as {}: what the WAR's own list of targets holds. */
        String key() {
            return normalized(method + " " + target.replaceAll("\\?.*", ""));
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(MATRIX)) {
            if (in == null) {
                throw new IllegalStateException(MATRIX + " is missing");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split("\\s+");
                if (cells.length != 2 + ACCOUNTS.size()) {
                    throw new IllegalStateException("a row needs a method, a target and " + ACCOUNTS.size()
                            + " answers: " + line);
                }
                rows.add(new Row(cells[0], cells[1], List.of(cells).subList(2, cells.length)));
            }
        }
        return rows;
    }

    HttpResponse<String> call(String account, String method, String target) throws Exception {
        HttpClient client = clients.computeIfAbsent(account, a -> HttpClient.newBuilder()
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
        boolean write = !method.equals("GET");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + target.substring(1)))
                .header("Accept-Language", "fr")
                .method(method, write ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (write) {
            request.header("Content-Type", "application/json");
        }
        if (target.startsWith("/api/")) {
            request.header("Accept", "application/json");
        }
        if (!account.equals("anonymous")) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((account + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Real values from the demo data for the placeholders of the matrix. */
    Map<String, String> placeholders() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{mine}", firstNumber(call("membre", "GET", "/api/v1/tickets")));
        values.put("{invited}", invitedNumber());
        JsonObject entries = json(call("anonymous", "GET", "/api/v1/toolbox/entries"));
        values.put("{none}", "0");
        linkedIds(values, "/admin/membres.xhtml", "/admin/membre.xhtml", "member");
        linkedIds(values, "/admin/organismes.xhtml", "/admin/organismes.xhtml", "organization");
        values.put("{slug}", entries.getJsonArray("items").getJsonObject(0).getString("slug"));
        return values;
    }

    /** The demo request the peer helper was invited onto: the one of the first few they may open. */
    private String invitedNumber() throws Exception {
        for (int n = 1001; n < 1020; n++) {
            if (call("pair", "GET", "/api/v1/tickets/PAS-" + n).statusCode() == 200) {
                return "PAS-" + n;
            }
        }
        throw new IllegalStateException("the demo data has no request the peer helper was invited onto");
    }

    /**
     * {name}: an id the coordinator's own list links to; {other-name}: one that only the
     * administrator's list has, so an organization or a member of another network.
     */
    private void linkedIds(Map<String, String> values, String page, String linked, String name) throws Exception {
        Pattern link = Pattern.compile(Pattern.quote(linked + "?id=") + "(\\d+)");
        Set<String> theirs = linkedIds(call("coordination", "GET", page), link);
        Set<String> all = linkedIds(call("admin", "GET", page), link);
        all.removeAll(theirs);
        if (theirs.isEmpty() || all.isEmpty()) {
            throw new IllegalStateException(page + " should list items of the coordinator's network and of others");
        }
        values.put("{" + name + "}", theirs.iterator().next());
        values.put("{other-" + name + "}", all.iterator().next());
    }

    private static Set<String> linkedIds(HttpResponse<String> page, Pattern pattern) {
        if (page.statusCode() != 200) {
            throw new IllegalStateException(page.uri() + ": " + page.statusCode());
        }
        Set<String> ids = new TreeSet<>();
        Matcher link = pattern.matcher(page.body());
        while (link.find()) {
            ids.add(link.group(1));
        }
        return ids;
    }

    private static String firstNumber(HttpResponse<String> page) {
        return json(page).getJsonArray("items").getJsonObject(0).getString("number");
    }

    private static JsonObject json(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static String substitute(String target, Map<String, String> values) {
        String result = target;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace(value.getKey(), value.getValue());
        }
        return result;
    }

    /** Path parameters are compared by position, whatever the row calls them. */
    static String normalized(String target) {
        return target.replaceAll("\\{[^}]*}", "{}");
    }
}
