import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Freshness probe of bench/search.sh (docs/performance.md, "Search"): how long after it is sent a new
 * request can be found by the ticket search. JDK 17 only: {@code java bench/Freshness.java BASE ROUNDS}.
 *
 * Each round: `membre` creates a request (POST /api/v1/tickets, session cookie) whose subject holds a
 * word made of random letters that nothing else contains; from the moment the POST is sent, `agent`
 * searches that word (GET /api/v1/search?type=tickets, session cookie) every 5 ms until the total is
 * not 0, for at most 10 s. Prints one line: rounds, found, delay from the send p50 / max, delay after
 * the 201 answer p50 / max (ms), and the CSV line of the summary on the second line.
 */
public class Freshness {
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int rounds = Integer.parseInt(args[1]);
        String member = login(base, "membre", "/api/v1/me");
        String agent = login(base, "agent", "/api/v1/search?type=tickets&q=visio");
        double[] fromSend = new double[rounds];
        double[] fromAnswer = new double[rounds];
        int found = 0;
        for (int round = 0; round < rounds; round++) {
            String word = word();
            String json = "{\"category\":\"visioconference\",\"subject\":\"Fraîcheur " + word + " : la visio coupe\","
                    + "\"description\":\"Demande de fraîcheur du banc d'essai, mot " + word + ".\",\"urgency\":\"normale\","
                    + "\"contact\":\"email\",\"reuseConsent\":false}";
            long sent = System.nanoTime();
            HttpResponse<String> created = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                    .timeout(Duration.ofSeconds(10)).header("Cookie", member).header("Content-Type", "application/json")
                    .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (created.statusCode() != 201) {
                throw new IllegalStateException("creation answered " + created.statusCode() + ": " + created.body());
            }
            URI search = URI.create(base + "/api/v1/search?type=tickets&q=" + word);
            long deadline = sent + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                HttpResponse<String> hits = CLIENT.send(HttpRequest.newBuilder(search).timeout(Duration.ofSeconds(10))
                        .header("Cookie", agent).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (hits.statusCode() == 200 && !hits.body().startsWith("{\"total\":0")) {
                    long now = System.nanoTime();
                    fromSend[found] = (now - sent) / 1e6;
                    fromAnswer[found] = Math.max(0, (now - answered) / 1e6);
                    found++;
                    break;
                }
                Thread.sleep(5);
            }
            Thread.sleep(200);
        }
        double[] send = Arrays.copyOf(fromSend, found);
        double[] answer = Arrays.copyOf(fromAnswer, found);
        Arrays.sort(send);
        Arrays.sort(answer);
        System.out.printf(Locale.ROOT, "freshness: %d rounds, %d found within 10 s; from the POST sent: p50 %.1f ms,"
                        + " max %.1f ms; after the 201: p50 %.1f ms, max %.1f ms%n", rounds, found, pct(send, 0.5),
                pct(send, 1), pct(answer, 0.5), pct(answer, 1));
        System.out.printf(Locale.ROOT, "freshness,%d,%d,%.1f,%.1f,%.1f,%.1f%n", rounds, found, pct(send, 0.5),
                pct(send, 1), pct(answer, 0.5), pct(answer, 1));
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    static String login(String base, String user, String path) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", basic).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (String c : response.headers().allValues("set-cookie")) {
            if (c.startsWith("JSESSIONID=")) {
                return c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        throw new IllegalStateException("no session cookie for " + user + ": HTTP " + response.statusCode());
    }
}
