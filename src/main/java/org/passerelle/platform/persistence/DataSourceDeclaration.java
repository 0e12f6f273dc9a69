package org.passerelle.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the application's pooled, JTA-enlisted data source; see {@link ConfiguredDataSource}. */
@DataSourceDefinition(
        name = DataSourceDeclaration.JNDI_NAME,
        className = "org.passerelle.platform.persistence.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 20,
        initialPoolSize = 1,
        maxIdleTime = 300)
@ApplicationScoped
public class DataSourceDeclaration {
    public static final String JNDI_NAME = "java:app/jdbc/passerelle";
}
