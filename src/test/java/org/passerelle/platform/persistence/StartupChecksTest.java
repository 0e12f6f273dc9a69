package org.passerelle.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.platform.config.Settings;

class StartupChecksTest {

    @TempDir
    Path temp;

    @Test
    void anUnwritableDataDirectoryNamesTheSetting() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        Settings settings = new Settings(Map.of("PASSERELLE_DATA_DIR", file.toString()), new Properties());
        StartupFailure failure = assertThrows(StartupFailure.class, () -> new StartupChecks(settings)
                .ensureWritableDirectory(Settings.DATA_DIR, settings.dataDir()));
        assertTrue(failure.getMessage().startsWith("PASSERELLE_DATA_DIR:"), failure.getMessage());
    }

    @Test
    void anUnreachableDatabaseNamesTheSettingAndHidesThePassword() {
        Settings settings = new Settings(Map.of(
                "PASSERELLE_DB_URL", "jdbc:postgresql://127.0.0.1:1/passerelle?connectTimeout=2&password=hunter2",
                "PASSERELLE_DB_PASSWORD", "hunter2"), new Properties());
        StartupFailure failure = assertThrows(StartupFailure.class, () -> new StartupChecks(settings)
                .ensureReachable(new ConfiguredDataSource(settings)));
        assertTrue(failure.getMessage().startsWith("PASSERELLE_DB_URL: cannot connect"), failure.getMessage());
        assertTrue(!failure.getMessage().contains("hunter2"), failure.getMessage());
    }

    @Test
    void anUnsupportedDatabaseUrlIsRefusedWithTheSettingName() {
        Settings settings = new Settings(Map.of("PASSERELLE_DB_URL", "jdbc:mysql://db/x"), new Properties());
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> new ConfiguredDataSource(settings));
        assertTrue(failure.getMessage().startsWith("PASSERELLE_DB_URL"), failure.getMessage());
    }

    @Test
    void migrationsRunOnAFreshH2Database() throws Exception {
        Settings settings = new Settings(Map.of("PASSERELLE_DATA_DIR", temp.toString()), new Properties());
        var dataSource = new ConfiguredDataSource(settings);
        new StartupChecks(settings).migrate(dataSource);
        try (var connection = dataSource.getConnection();
             var rs = connection.createStatement().executeQuery("select count(*) from region")) {
            rs.next();
            assertTrue(rs.getInt(1) == 17);
        }
    }
}
