package org.passerelle.platform.persistence;

/**
 * The name of the application's pooled, JTA-enlisted data source. The pool itself is declared in
 * {@code WEB-INF/web.xml} (a {@code <data-source>}, whose size Payara reads from the configuration:
 * {@code PASSERELLE_DB_POOL_MAX}); its connections come from {@link ConfiguredDataSource}.
 */
public final class DataSourceDeclaration {
    public static final String JNDI_NAME = "java:app/jdbc/passerelle";

    private DataSourceDeclaration() {
    }
}
