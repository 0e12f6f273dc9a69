package org.passerelle.pool.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Where one SLA clock stands at a given instant.
 *
 * @param target the business time allowed
 * @param consumed the business time spent outside pauses, from creation to that instant
 * @param due when the target is or was reached; null while paused before reaching it, because
 *        nobody can know when the member will answer
 * @param paused whether the request is waiting on the member at that instant
 * @param overdue whether the due time has passed; stays true through a later pause
 */
public record SlaStatus(Duration target, Duration consumed, Instant due, boolean paused, boolean overdue) {

    /** Business time left before the due time; zero once it is reached, never negative. */
    public Duration remaining() {
        Duration left = target.minus(consumed);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
