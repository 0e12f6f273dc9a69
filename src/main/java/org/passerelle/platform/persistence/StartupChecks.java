package org.passerelle.platform.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.passerelle.platform.config.Settings;

/**
 * What must hold before Hibernate boots: a writable data directory, a reachable database, and
 * a schema migrated by Flyway. Each failure names the setting to fix.
 */
public class StartupChecks {

    private final Settings settings;

    public StartupChecks(Settings settings) {
        this.settings = settings;
    }

    public void ensureWritableDirectory(String property, Path directory) {
        try {
            Files.createDirectories(directory);
            Path probe = Files.createTempFile(directory, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new StartupFailure(Settings.variableName(property) + ": the directory " + directory
                    + " cannot be created or written (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Point " + Settings.variableName(property) + " to a writable directory.", e);
        }
    }

    public void ensureReachable(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.getMetaData();
        } catch (SQLException | RuntimeException e) {
            throw new StartupFailure(Settings.variableName(Settings.DB_URL) + ": cannot connect to the database "
                    + redact(settings.dbUrl()) + " as " + Settings.variableName(Settings.DB_USER) + "="
                    + settings.dbUser() + " (" + rootMessage(e) + "). Check "
                    + Settings.variableName(Settings.DB_URL) + ", " + Settings.variableName(Settings.DB_USER) + " and "
                    + Settings.variableName(Settings.DB_PASSWORD) + ".", e);
        }
    }

    public void migrate(DataSource dataSource) {
        try {
            Flyway.configure(StartupChecks.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StartupFailure("The database schema could not be migrated on " + redact(settings.dbUrl())
                    + " (" + rootMessage(e) + ").", e);
        }
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return (message == null ? root.getClass().getSimpleName() : message).lines().findFirst().orElse("");
    }
}
