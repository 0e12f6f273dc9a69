package org.passerelle.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application is deployed and its CDI container answers; reported at
 * {@code /health/live} with the heap in use and the uptime, for whoever watches. It deliberately
 * does not look at the database: a database outage makes Passerelle not ready
 * ({@link DatabaseReadiness}), and restarting the server would not fix it.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {
    public static final String NAME = "passerelle-application";

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return HealthCheckResponse.named(NAME).up()
                .withData("heapUsedMiB", heap.getUsed() / (1024 * 1024))
                .withData("heapMaxMiB", heap.getMax() / (1024 * 1024))
                .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }
}
