package org.passerelle.pool.control;

import java.time.Instant;
import java.util.Objects;

/**
 * A period during which a request waited on the member ("En attente du membre"), so the SLA clock
 * stood still: the ball was not in the pool's court. {@code end} is null while still waiting.
 */
public record Pause(Instant start, Instant end) {

    public Pause {
        Objects.requireNonNull(start, "a pause needs a start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("a pause cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public static Pause between(Instant start, Instant end) {
        return new Pause(start, Objects.requireNonNull(end, "a finished pause needs an end; use Pause.since for an ongoing one"));
    }

    /** A pause that is still going on: the request is waiting on the member now. */
    public static Pause since(Instant start) {
        return new Pause(start, null);
    }

    public boolean isOngoing() {
        return end == null;
    }

    /** Whether the clock stood still at that instant (start included, end excluded). */
    boolean covers(Instant instant) {
        return !instant.isBefore(start) && (end == null || instant.isBefore(end));
    }
}
