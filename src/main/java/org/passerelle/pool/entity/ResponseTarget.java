package org.passerelle.pool.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.util.Objects;
import org.passerelle.ticket.entity.Urgency;

/** A pool's promise for one urgency: first response and resolution, in business minutes. */
@Embeddable
public class ResponseTarget {
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    private int firstResponseMinutes;
    private int resolutionMinutes;

    protected ResponseTarget() {
    }

    public ResponseTarget(Urgency urgency, Duration firstResponse, Duration resolution) {
        if (firstResponse.isNegative() || firstResponse.isZero() || resolution.compareTo(firstResponse) < 0) {
            throw new IllegalArgumentException("targets must be positive and resolution no sooner than first response");
        }
        this.urgency = Objects.requireNonNull(urgency);
        this.firstResponseMinutes = Math.toIntExact(firstResponse.toMinutes());
        this.resolutionMinutes = Math.toIntExact(resolution.toMinutes());
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Duration getFirstResponse() {
        return Duration.ofMinutes(firstResponseMinutes);
    }

    public Duration getResolution() {
        return Duration.ofMinutes(resolutionMinutes);
    }
}
