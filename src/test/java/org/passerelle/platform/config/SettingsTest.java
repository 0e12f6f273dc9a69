package org.passerelle.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsToAnH2FileInTheDataDirectory() {
        Settings cut = new Settings(Map.of("PASSERELLE_DATA_DIR", "/srv/passerelle"), new Properties());
        assertEquals(Path.of("/srv/passerelle"), cut.dataDir());
        assertTrue(cut.dbUrl().startsWith("jdbc:h2:file:/srv/passerelle/db/passerelle"));
        assertEquals(Path.of("/srv/passerelle/index"), cut.searchIndexDir());
        assertTrue(cut.usesH2());
        assertTrue(cut.demoMode());
    }

    @Test
    void environmentSwitchesToPostgresql() {
        Settings cut = new Settings(Map.of("PASSERELLE_DB_URL", "jdbc:postgresql://db/passerelle",
                "PASSERELLE_DB_USER", "app", "PASSERELLE_DB_PASSWORD", "s3cret", "PASSERELLE_DEMO", "false"),
                new Properties());
        assertFalse(cut.usesH2());
        assertEquals("app", cut.dbUser());
        assertEquals("s3cret", cut.dbPassword());
        assertFalse(cut.demoMode());
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("passerelle.data.dir", "/tmp/from-property");
        Settings cut = new Settings(Map.of("PASSERELLE_DATA_DIR", "/tmp/from-env"), properties);
        assertEquals(Path.of("/tmp/from-property"), cut.dataDir());
    }

    @Test
    void blankValuesMeanUnset() {
        Settings cut = new Settings(Map.of("PASSERELLE_DB_URL", "  "), new Properties());
        assertTrue(cut.usesH2());
        assertEquals("PASSERELLE_SEARCH_INDEX_DIR", Settings.variableName(Settings.SEARCH_INDEX_DIR));
    }
}
