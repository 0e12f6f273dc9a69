package org.passerelle.pool.control;

import java.time.Duration;
import java.util.Objects;

/**
 * How much business time a pool gives itself to first answer a request and to resolve it. Business
 * time, not calendar time: "8 hours" is one business day of a 9:00–17:00 pool.
 */
public record SlaTarget(Duration firstResponse, Duration resolution) {

    public SlaTarget {
        Objects.requireNonNull(firstResponse, "a first-response target is required");
        Objects.requireNonNull(resolution, "a resolution target is required");
        if (firstResponse.isNegative() || firstResponse.isZero() || resolution.isNegative() || resolution.isZero()) {
            throw new IllegalArgumentException("SLA targets must be positive: first response " + firstResponse
                    + ", resolution " + resolution);
        }
        if (firstResponse.compareTo(resolution) > 0) {
            throw new IllegalArgumentException("the first-response target " + firstResponse
                    + " cannot be longer than the resolution target " + resolution);
        }
    }

    public static SlaTarget ofHours(long firstResponseHours, long resolutionHours) {
        return new SlaTarget(Duration.ofHours(firstResponseHours), Duration.ofHours(resolutionHours));
    }
}
