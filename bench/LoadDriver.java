import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Load driver of bench/requests.sh and bench/search.sh (docs/performance.md): one scenario per run, one result line on
 * stdout, one CSV line appended to --csv. JDK 17 only, no dependency: {@code java bench/LoadDriver.java ...}.
 *
 * <pre>
 *   --base http://127.0.0.1:PORT   --label NAME
 *   --scenario create|get          create: POST /api/v1/tickets (201 expected); get: GET --path (200)
 *   --path /soutien/file.xhtml     for get
 *   --paths FILE                   for get: one path per line, sent in turn (bench/search.sh's queries)
 *   --user membre --password demo  --auth basic|session
 *        basic: HTTP Basic on every request (what an API client does: the password is checked each time)
 *        session: HTTP Basic once, then the session cookie only
 *   closed loop: --clients C --seconds S           throughput and latency of C clients sending back to back
 *   open loop:   --rate R --seconds S              R requests/s on a fixed schedule; latency is measured from
 *                                                  the scheduled send time (no coordinated omission)
 *   --warmup N         N requests sent one by one before measuring (not counted)
 *   --record FILE      writes each request number answered 201 (create) the moment it arrives, flushed
 *   --expect TEXT      a get response must contain TEXT, else it counts as an error
 *   --timeout S        per-request timeout (default 10)
 * </pre>
 */
public class LoadDriver {
    static final String JSON = "{\"category\":\"%s\",\"subject\":\"Banc d'essai %d : la visio coupe\","
            + "\"description\":\"Depuis ce matin la visioconférence du conseil d'administration coupe après dix minutes."
            + " Requête %d du banc d'essai.\",\"urgency\":\"%s\",\"contact\":\"email\",\"reuseConsent\":false}";
    static final String[] CATEGORIES = {"visioconference", "collaboration", "bureautique", "courriel-agenda",
            "site-web", "securite-confidentialite", "telephonie", "formation", "autre"};
    static final String[] URGENCIES = {"basse", "normale", "normale", "normale", "haute"};

    final Map<String, String> options;
    final HttpClient client;
    final String base;
    final String scenario;
    final boolean session;
    final String basicHeader;
    final Duration timeout;
    final String expect;
    final String[] paths;
    final AtomicLong pathIndex = new AtomicLong();
    volatile String cookie;
    java.io.Writer record;
    final AtomicLong sequence = new AtomicLong();
    final ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
    final AtomicLong errors = new AtomicLong();
    final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    LoadDriver(Map<String, String> options) {
        this.options = options;
        this.base = options.get("base");
        this.scenario = options.getOrDefault("scenario", "create");
        this.session = "session".equals(options.getOrDefault("auth", "basic"));
        this.basicHeader = "Basic " + Base64.getEncoder().encodeToString(
                (options.get("user") + ":" + options.get("password")).getBytes(StandardCharsets.UTF_8));
        this.timeout = Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout", "10")));
        this.expect = options.get("expect");
        try {
            this.paths = options.containsKey("paths")
                    ? Files.readAllLines(Path.of(options.get("paths"))).stream().filter(l -> !l.isBlank())
                            .toArray(String[]::new)
                    : new String[] {options.get("path")};
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newFixedThreadPool(4)).build();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        LoadDriver driver = new LoadDriver(options);
        String result = driver.run();
        System.out.println(result);
        System.exit(0);
    }

    String run() throws Exception {
        if (session) {
            login();
        }
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "0"));
        for (int i = 0; i < warmup; i++) {
            once(System.nanoTime(), false);
        }
        errors.set(0);
        created.clear();
        if (options.containsKey("record")) {
            record = Files.newBufferedWriter(Path.of(options.get("record")));
        }
        errorSamples.clear();
        long seconds = Long.parseLong(options.getOrDefault("seconds", "10"));
        List<long[]> latencies;
        long started = System.nanoTime();
        String mode;
        if (options.containsKey("rate")) {
            double rate = Double.parseDouble(options.get("rate"));
            mode = "open " + options.get("rate") + "/s";
            latencies = List.of(openLoop(rate, seconds));
        } else {
            int clients = Integer.parseInt(options.getOrDefault("clients", "1"));
            mode = "closed " + clients + " clients";
            latencies = closedLoop(clients, seconds);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        int count = latencies.stream().mapToInt(a -> a.length).sum();
        long[] all = new long[count];
        int at = 0;
        for (long[] part : latencies) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        java.util.Arrays.sort(all);
        double throughput = count / elapsed;
        String line = String.format(Locale.ROOT,
                "%-22s %-18s ok %6d  errors %5d  %8.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms",
                options.getOrDefault("label", scenario), mode, count, errors.get(), throughput,
                pct(all, 0.50), pct(all, 0.95), pct(all, 0.99), all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6);
        if (!errorSamples.isEmpty()) {
            line += "\n    first errors: " + String.join(" | ", errorSamples);
        }
        if (options.containsKey("csv")) {
            String csv = String.format(Locale.ROOT, "%s,%s,%d,%d,%.1f,%.1f,%.1f,%.1f%n",
                    options.getOrDefault("label", scenario), mode, count, errors.get(), throughput,
                    pct(all, 0.50), pct(all, 0.95), pct(all, 0.99));
            Files.writeString(Path.of(options.get("csv")), csv, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        return line;
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** HTTP Basic once on the target itself, then only the session cookie. */
    void login() throws IOException, InterruptedException {
        String path = "create".equals(scenario) ? "/api/v1/me" : paths[0];
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout.compareTo(Duration.ofSeconds(60)) > 0 ? timeout : Duration.ofSeconds(60))
                .header("Authorization", basicHeader).GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> cookies = response.headers().allValues("set-cookie");
        for (String c : cookies) {
            if (c.startsWith("JSESSIONID=")) {
                cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        if (cookie == null) {
            throw new IllegalStateException("no session cookie after logging in on " + path + ": HTTP "
                    + response.statusCode() + " " + cookies);
        }
    }

    HttpRequest request() {
        HttpRequest.Builder builder;
        if ("create".equals(scenario)) {
            long n = sequence.incrementAndGet();
            String body = String.format(Locale.ROOT, JSON, CATEGORIES[(int) (n % CATEGORIES.length)], n, n,
                    URGENCIES[(int) (n % URGENCIES.length)]);
            builder = HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            String path = paths[(int) (pathIndex.getAndIncrement() % paths.length)];
            builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
        }
        builder.timeout(timeout);
        if (session) {
            builder.header("Cookie", cookie);
        } else {
            builder.header("Authorization", basicHeader);
        }
        return builder.build();
    }

    /** Sends one request; returns its latency from {@code scheduled} in ns, or -1 on error. */
    long once(long scheduled, boolean count) {
        try {
            HttpResponse<String> response = client.send(request(), HttpResponse.BodyHandlers.ofString());
            long latency = System.nanoTime() - scheduled;
            int wanted = "create".equals(scenario) ? 201 : 200;
            if (response.statusCode() != wanted || (expect != null && !response.body().contains(expect))) {
                error("HTTP " + response.statusCode() + " " + abbreviate(response.body()));
                return -1;
            }
            if ("create".equals(scenario)) {
                String location = response.headers().firstValue("location").orElse("");
                String number = location.substring(location.lastIndexOf('/') + 1);
                created.add(number);
                if (count && record != null) {
                    synchronized (this) {   // at once, flushed: the server may be killed at any moment
                        record.write(number + "\n");
                        record.flush();
                    }
                }
            }
            return latency;
        } catch (IOException e) {
            error(e.getClass().getSimpleName() + " " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    void error(String what) {
        errors.incrementAndGet();
        if (errorSamples.size() < 3) {
            errorSamples.add(what);
        }
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }

    List<long[]> closedLoop(int clients, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<long[]> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[][] slot = new long[1][];
            results.add(null);
            int index = c;
            Thread thread = new Thread(() -> {
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long latency = once(System.nanoTime(), true);
                    if (latency < 0) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));   // a dead server: no busy loop
                        continue;
                    }
                    if (n == mine.length) {
                        mine = java.util.Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = latency;
                }
                synchronized (results) {
                    results.set(index, java.util.Arrays.copyOf(mine, n));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(seconds) + timeout.toMillis() + 5_000);
        }
        synchronized (results) {
            return results.stream().map(r -> r == null ? new long[0] : r).toList();
        }
    }

    long[] openLoop(double rate, long seconds) throws InterruptedException {
        int total = (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        java.util.Arrays.fill(latencies, -1);
        ExecutorService senders = Executors.newFixedThreadPool(Integer.parseInt(options.getOrDefault("senders", "200")));
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        long interval = (long) (1e9 / rate);
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            long stale = timeout.toNanos();
            senders.execute(() -> {
                if (System.nanoTime() - scheduled > stale) {
                    error("not sent: waited longer than the timeout for a free sender");   // bounded run
                    return;
                }
                latencies[index] = once(scheduled, true);
            });
        }
        senders.shutdown();
        senders.awaitTermination(timeout.toSeconds() + 30, TimeUnit.SECONDS);
        senders.shutdownNow();
        return java.util.Arrays.stream(latencies).filter(l -> l >= 0).toArray();
    }
}
