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

    @Test
    void mailSettingsHaveSafeDefaults() {
        Settings none = new Settings(Map.of(), new Properties());
        assertTrue(none.smtpHost().isEmpty(), "no host: the outbox keeps the mail");
        assertTrue(none.smtpTls());
        assertEquals(587, none.smtpPort());
        assertEquals("passerelle@localhost", none.mailFrom());
        assertEquals("passerelle@localhost", none.mailReplyTo(), "replies go to the sender by default");

        Settings relay = new Settings(Map.of("PASSERELLE_SMTP_HOST", "smtp.example.org", "PASSERELLE_SMTP_TLS", "false",
                "PASSERELLE_MAIL_FROM", "Passerelle <soutien@example.org>",
                "PASSERELLE_MAIL_REPLY_TO", "demandes@example.org", "PASSERELLE_PUBLIC_URL", "https://p.example.org/"),
                new Properties());
        assertEquals("smtp.example.org", relay.smtpHost().orElseThrow());
        assertEquals(25, relay.smtpPort());
        assertEquals("demandes@example.org", relay.mailReplyTo());
        assertEquals("https://p.example.org", relay.publicUrl());
    }

    @Test
    void aBadSmtpPortNamesTheVariable() {
        Settings cut = new Settings(Map.of("PASSERELLE_SMTP_PORT", "smtp"), new Properties());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                cut::smtpPort);
        assertTrue(e.getMessage().startsWith("PASSERELLE_SMTP_PORT"), e.getMessage());
    }

    @Test
    void retentionMonthsAreTheAdministratorsUnlessTheOperatorFixesThem() {
        assertTrue(new Settings(Map.of(), new Properties()).retentionMonths().isEmpty());
        assertEquals(36, new Settings(Map.of("PASSERELLE_RETENTION_MONTHS", "36"), new Properties())
                .retentionMonths().getAsInt());
        for (String wrong : new String[] {"0", "-3", "241", "deux ans"}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new Settings(Map.of("PASSERELLE_RETENTION_MONTHS", wrong), new Properties()).retentionMonths());
            assertTrue(e.getMessage().startsWith("PASSERELLE_RETENTION_MONTHS"), e.getMessage());
        }
    }

    @Test
    void massIndexerSettingsDefaultToOneThreadAndBatchesOfTen() {
        Settings defaults = new Settings(Map.of(), new Properties());
        assertEquals(1, defaults.searchIndexingThreads());
        assertEquals(10, defaults.searchIndexingBatch());
        Settings tuned = new Settings(Map.of("PASSERELLE_SEARCH_INDEXING_THREADS", "2",
                "PASSERELLE_SEARCH_INDEXING_BATCH", "100"), new Properties());
        assertEquals(2, tuned.searchIndexingThreads());
        assertEquals(100, tuned.searchIndexingBatch());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Settings(Map.of("PASSERELLE_SEARCH_INDEXING_BATCH", "0"), new Properties())
                        .searchIndexingBatch());
    }
}
