package org.passerelle.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API lives under /api; versioned resources under /api/v1. Its description is
 * {@code /openapi}; Jersey's own WADL ({@code /api/application.wadl}) is off: building its JAXB
 * context cost a few hundred milliseconds of every start (docs/performance.md).
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
