package org.passerelle.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's pooled, JTA-enlisted data source; see {@link ConfiguredDataSource}.
 * At most 40 connections: the 32 concurrent API clients of issue 3 (docs/performance.md) plus the
 * timers, the mail poller and the index. A constant because Payara 6.2025.10 reads the pool size
 * of an application's data source only as a number: neither this annotation, nor a web.xml
 * {@code <data-source>} (schema-validated as an integer), nor a glassfish-resources.xml pool
 * accepted a {@code ${...}} reference in our tests (ADR 0020).
 */
@DataSourceDefinition(
        name = DataSourceDeclaration.JNDI_NAME,
        className = "org.passerelle.platform.persistence.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = DataSourceDeclaration.MAX_CONNECTIONS,
        initialPoolSize = 1,
        maxIdleTime = 300)
@ApplicationScoped
public class DataSourceDeclaration {
    public static final String JNDI_NAME = "java:app/jdbc/passerelle";
    public static final int MAX_CONNECTIONS = 40;
}
