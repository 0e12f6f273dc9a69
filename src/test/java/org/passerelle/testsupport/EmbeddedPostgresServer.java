package org.passerelle.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real PostgreSQL (the binaries come from Maven Central) for the "postgres"
 * integration-test run. Maven calls {@link #main} in pre-integration-test; the server lives until
 * the Maven JVM exits (the library stops it from a shutdown hook).
 */
public final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {
    }

    /** args: port, data directory (emptied first). */
    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir.getParent());
        EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start();
        System.out.println("[passerelle] PostgreSQL for integration tests listening on port " + port);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
