package org.passerelle.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;

/**
 * Every page and every endpoint of the deployed WAR against every role, as the demo accounts hold
 * them. The targets are read from the archive itself (the .xhtml pages, the servlets, the JAX-RS
 * resources), and each must have a row in {@code authorization-matrix.txt}: a new page or endpoint
 * without a rule fails the build.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {
    /** The columns of the matrix, in order: who asks. */
    static final List<String> ACCOUNTS = List.of("anonymous", "membre", "pair", "agent", "responsable",
            "coordination", "admin");
    private static final String MATRIX = "/authorization-matrix.txt";
    private static final WebArchive ARCHIVE = Deployments.application();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ARCHIVE;
    }

    @ArquillianResource
    URL base;

    private final Map<String, HttpClient> clients = new LinkedHashMap<>();

    /** What a role got: through (allowed), or which kind of refusal. */
    enum Outcome {
        ALLOWED, LOGIN_REQUIRED, REFUSED, ERROR
    }

    record Row(String method, String target, List<String> expected) {
        String key() {
            return normalized(method + " " + target.replaceAll("\\?.*", ""));
        }
    }

    @Test
    void everyPageAndEndpointHasARuleAndEveryRoleGetsWhatTheRuleSays() throws Exception {
        List<Row> rows = matrix();
        Set<String> ruled = new TreeSet<>();
        rows.forEach(r -> ruled.add(r.key()));
        Set<String> inTheArchive = new TreeSet<>();
        targetsInTheArchive().forEach(t -> inTheArchive.add(normalized(t)));
        Set<String> unruled = new TreeSet<>(inTheArchive);
        unruled.removeAll(ruled);
        assertTrue(unruled.isEmpty(), "pages or endpoints without a row in " + MATRIX + ": " + unruled);
        Set<String> stale = new TreeSet<>(ruled);
        stale.removeAll(inTheArchive);
        assertTrue(stale.isEmpty(), "rows of " + MATRIX + " for nothing the WAR has: " + stale);

        Map<String, String> values = placeholders();
        List<String> wrong = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        for (Row row : rows) {
            String target = substitute(row.target(), values);
            actual.append(String.format("%-6s %-55s", row.method(), row.target()));
            for (int i = 0; i < ACCOUNTS.size(); i++) {
                String account = ACCOUNTS.get(i);
                String expected = row.expected().get(i);
                if (expected.equals("-")) {
                    actual.append(" -");
                    continue;
                }
                HttpResponse<String> response = call(account, row.method(), target);
                Outcome outcome = outcome(response);
                actual.append(' ').append(outcome == Outcome.ALLOWED ? "ok" : "no");
                if (!matches(expected, account, outcome)) {
                    wrong.add(row.method() + " " + target + " as " + account + ": expected " + expected + ", got "
                            + response.statusCode() + " " + response.headers().firstValue("Location").orElse("")
                            + " (" + outcome + ")");
                }
            }
            actual.append('\n');
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " answers differ from the matrix:\n" + String.join("\n", wrong)
                    + "\n\nwhat the server answered:\n" + actual);
        }
    }

    /** "ok": let through; "no": refused, and an anonymous caller is asked to log in. */
    private static boolean matches(String expected, String account, Outcome outcome) {
        if (expected.equals("ok")) {
            return outcome == Outcome.ALLOWED;
        }
        if (!expected.equals("no")) {
            throw new IllegalStateException("unknown expectation " + expected);
        }
        return account.equals("anonymous") ? outcome == Outcome.LOGIN_REQUIRED : outcome == Outcome.REFUSED;
    }

    static Outcome outcome(HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status >= 500) {
            return Outcome.ERROR;
        }
        if (status == 401 || (status == 302 || status == 303) && location.contains("/connexion.xhtml")) {
            return Outcome.LOGIN_REQUIRED;
        }
        if (status == 403 || status == 404 || (status == 302 || status == 303) && location.contains("/erreur/")) {
            return Outcome.REFUSED;
        }
        // 2xx, other redirects, and a write refused for its content (400, 409, 412, 422, 428)
        // went through the permission check
        return Outcome.ALLOWED;
    }

    private HttpResponse<String> call(String account, String method, String target) throws Exception {
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
    private Map<String, String> placeholders() throws Exception {
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

    private static String substitute(String target, Map<String, String> values) {
        String result = target;
        for (Map.Entry<String, String> value : values.entrySet()) {
            result = result.replace(value.getKey(), value.getValue());
        }
        return result;
    }

    static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream(MATRIX)) {
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

    /** "GET /page.xhtml", "GET /servlet/{path}", "POST /api/v1/...": everything the WAR answers. */
    static Set<String> targetsInTheArchive() throws ClassNotFoundException {
        Set<String> targets = new TreeSet<>();
        for (ArchivePath path : ARCHIVE.getContent().keySet()) {
            String name = path.get();
            if (name.endsWith(".xhtml") && !name.startsWith("/WEB-INF/") && !name.startsWith("/resources/")) {
                targets.add("GET " + name);
            } else if (name.startsWith("/WEB-INF/classes/") && name.endsWith(".class") && !name.contains("$")) {
                Class<?> type = Class.forName(name.substring("/WEB-INF/classes/".length(), name.length() - 6)
                        .replace('/', '.'));
                targets.addAll(endpoints(type));
            }
        }
        return targets;
    }

    private static List<String> endpoints(Class<?> type) {
        List<String> found = new ArrayList<>();
        WebServlet servlet = type.getAnnotation(WebServlet.class);
        if (servlet != null) {
            for (String pattern : servlet.value().length > 0 ? servlet.value() : servlet.urlPatterns()) {
                found.add("GET " + pattern.replace("/*", "/{path}"));
            }
        }
        Path resource = type.getAnnotation(Path.class);
        if (resource == null) {
            return found;
        }
        for (Method method : type.getMethods()) {
            Optional<String> verb = verb(method);
            if (verb.isEmpty()) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String path = "/api/" + strip(resource.value()) + (sub == null ? "" : "/" + strip(sub.value()));
            found.add(verb.get() + " " + path);
        }
        return found;
    }

    private static Optional<String> verb(Method method) {
        for (Class<? extends Annotation> verb : List.of(GET.class, POST.class, PUT.class, PATCH.class,
                DELETE.class)) {
            if (method.isAnnotationPresent(verb)) {
                return Optional.of(verb.getSimpleName());
            }
        }
        return Optional.empty();
    }

    /** Path parameters are compared by position, whatever the row calls them. */
    static String normalized(String target) {
        return target.replaceAll("\\{[^}]*}", "{}");
    }

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
