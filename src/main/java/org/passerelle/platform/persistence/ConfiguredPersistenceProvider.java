package org.passerelle.platform.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.jpa.HibernatePersistenceProvider;
import org.passerelle.platform.config.Settings;

/**
 * Hibernate, configured from the environment at deployment: checks the data directory and the
 * database, applies the Flyway migrations, then boots Hibernate ORM and Search with the index
 * directory from the settings. A problem stops start-up with one readable line.
 */
public class ConfiguredPersistenceProvider extends HibernatePersistenceProvider {

    private static final Logger LOG = Logger.getLogger(ConfiguredPersistenceProvider.class.getName());

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public EntityManagerFactory createContainerEntityManagerFactory(PersistenceUnitInfo info, Map properties) {
        Settings settings = Settings.fromEnvironment();
        try {
            Map<String, Object> configured = new HashMap<>(properties == null ? Map.of() : properties);
            configured.putAll(prepare(settings, info.getJtaDataSource()));
            return super.createContainerEntityManagerFactory(info, configured);
        } catch (StartupFailure failure) {
            LOG.log(Level.SEVERE, "Passerelle cannot start: {0}", failure.getMessage());
            if (settings.exitOnStartupFailure()) {
                System.err.println("Passerelle cannot start: " + failure.getMessage());
                Runtime.getRuntime().halt(3);
            }
            throw failure;
        }
    }

    static Map<String, Object> prepare(Settings settings, DataSource dataSource) {
        StartupChecks checks = new StartupChecks(settings);
        checks.ensureWritableDirectory(Settings.DATA_DIR, settings.dataDir());
        checks.ensureWritableDirectory(Settings.SEARCH_INDEX_DIR, settings.searchIndexDir());
        checks.ensureReachable(dataSource);
        try {
            // a half-configured OpenID Connect login stops the start now, not at someone's first login
            org.passerelle.identity.control.OidcSettings.from(settings);
            // and so does a wrong mass indexer setting, not the first rebuild
            settings.searchIndexingThreads();
            settings.searchIndexingBatch();
        } catch (IllegalArgumentException e) {
            throw new StartupFailure(e.getMessage());
        }
        checks.migrate(dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put("hibernate.search.backend.directory.root", settings.searchIndexDir().toString());
        return properties;
    }
}
