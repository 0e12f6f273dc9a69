package org.passerelle.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.passerelle.platform.persistence.DataSourceDeclaration;

/**
 * Ready when the database answers: a connection from the application's pool passes
 * {@link Connection#isValid(int)} within {@value #TIMEOUT_SECONDS} s. Reported at
 * {@code /health/ready} as {@value #NAME}; the response names the database product only, never
 * its address or user ({@code /health} is public).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    public static final String NAME = "passerelle-database";
    static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = DataSourceDeclaration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(TIMEOUT_SECONDS);
            return HealthCheckResponse.named(NAME)
                    .status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .withData("responseMillis", (System.nanoTime() - started) / 1_000_000)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
