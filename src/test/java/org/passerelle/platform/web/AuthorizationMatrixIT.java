package org.passerelle.platform.web;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.passerelle.platform.web.AuthorizationMatrix.ACCOUNTS;
import static org.passerelle.platform.web.AuthorizationMatrix.MATRIX;
import static org.passerelle.platform.web.AuthorizationMatrix.normalized;
import static org.passerelle.platform.web.AuthorizationMatrix.substitute;

import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.platform.web.AuthorizationMatrix.Row;
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
    private static final WebArchive ARCHIVE = Deployments.application();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ARCHIVE;
    }

    @ArquillianResource
    URL base;


    /** What a role got: through (allowed), or which kind of refusal. */
    enum Outcome {
        ALLOWED, LOGIN_REQUIRED, REFUSED, ERROR
    }

    @Test
    void everyPageAndEndpointHasARuleAndEveryRoleGetsWhatTheRuleSays() throws Exception {
        AuthorizationMatrix matrix = new AuthorizationMatrix(base);
        List<Row> rows = AuthorizationMatrix.rows();
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

        Map<String, String> values = matrix.placeholders();
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
                HttpResponse<String> response = matrix.call(account, row.method(), target);
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

    private static String strip(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
