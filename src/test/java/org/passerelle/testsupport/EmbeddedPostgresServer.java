package org.passerelle.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real PostgreSQL for the {@code postgres} integration tests, started and stopped by the build
 * ({@code exec-maven-plugin:java} in {@code pre-integration-test} / {@code post-integration-test}):
 *
 * <pre>
 * start &lt;data dir&gt; &lt;port&gt; &lt;database&gt; &lt;user&gt; &lt;password&gt;
 * stop  &lt;data dir&gt;
 * </pre>
 *
 * The server runs from the zonky binaries in the Maven jar (no install). It is found again by
 * its data directory: {@code start} first stops any postgres left running on that directory by
 * a killed build, and {@code stop} stops it whatever happened to the tests.
 */
public final class EmbeddedPostgresServer {

    private EmbeddedPostgresServer() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 6 && args[0].equals("start")) {
            start(Path.of(args[1]).toAbsolutePath().normalize(), Integer.parseInt(args[2]), args[3], args[4], args[5]);
        } else if (args.length == 2 && args[0].equals("stop")) {
            Path dataDir = Path.of(args[1]).toAbsolutePath().normalize();
            int stopped = stopServersOn(dataDir);
            deleteRecursively(dataDir);
            System.out.println("[embedded-postgres] stopped " + stopped + " server(s) on " + dataDir);
        } else {
            throw new IllegalArgumentException(
                    "usage: start <data dir> <port> <database> <user> <password> | stop <data dir>");
        }
    }

    static void start(Path dataDir, int port, String database, String user, String password) throws Exception {
        int leftovers = stopServersOn(dataDir);
        if (leftovers > 0) {
            System.out.println("[embedded-postgres] stopped " + leftovers + " server(s) left over on " + dataDir);
        }
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir.getParent());
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "60")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            sql.execute("create database " + database + " owner " + user + " encoding 'UTF8'");
        }
        String url = "jdbc:postgresql://localhost:" + port + "/" + database;
        Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + ".url"), url + "\n", StandardCharsets.UTF_8);
        System.out.println("[embedded-postgres] PostgreSQL ready at " + url + " (user " + user + ", data " + dataDir
                + ", log " + log + ")");
    }

    /** Stops every postgres whose command line names this data directory; returns how many. */
    static int stopServersOn(Path dataDir) throws InterruptedException {
        String marker = dataDir.toString();
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(marker)).orElse(false))
                .collect(Collectors.toList());
        for (ProcessHandle server : servers) {
            Optional<String> pgCtl = server.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl").toString());
            boolean stopped = false;
            if (pgCtl.isPresent() && Files.isExecutable(Path.of(pgCtl.get()))) {
                try {
                    Process ctl = new ProcessBuilder(pgCtl.get(), "stop", "-D", marker, "-m", "fast", "-w", "-t", "20")
                            .redirectErrorStream(true).redirectOutput(Redirect.DISCARD).start();
                    stopped = ctl.waitFor(30, TimeUnit.SECONDS) && ctl.exitValue() == 0;
                } catch (IOException e) {
                    stopped = false;
                }
            }
            if (!stopped && server.isAlive()) {
                server.destroy();
                if (!server.onExit().completeOnTimeout(server, 15, TimeUnit.SECONDS).join().isAlive()) {
                    continue;
                }
                server.destroyForcibly();
            }
        }
        return servers.size();
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        }
    }
}
