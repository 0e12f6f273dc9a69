package org.passerelle.pool.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Runs an SLA clock on a pool's {@link BusinessCalendar}: it ticks only in business hours and
 * stands still while the request waits on the member. The same clock serves the first-response
 * and the resolution targets; only the target differs.
 *
 * <p>A pause extends the due time only by the business time it covered: waiting on the member
 * over a weekend costs the pool nothing, but gives it nothing either.
 *
 * <p>Pure: the caller passes "now", so to judge a clock that has stopped (first answer sent,
 * request resolved) it passes the instant it stopped.
 */
public final class SlaClock {
    private final BusinessCalendar calendar;

    public SlaClock(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "an SLA clock needs a business calendar");
    }

    /**
     * @param start when the clock started (request created); outside hours it counts from the next opening
     * @param target the business time allowed, e.g. {@code targets.forUrgency(urgency).resolution()}
     * @param pauses the periods spent waiting on the member, in any order, possibly overlapping or
     *        outside business hours; at most one may be ongoing
     * @param now the instant to evaluate at
     */
    public SlaStatus status(Instant start, Duration target, Collection<Pause> pauses, Instant now) {
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(target, "target is required");
        Objects.requireNonNull(pauses, "pauses are required (may be empty)");
        Objects.requireNonNull(now, "now is required");
        if (target.isNegative()) {
            throw new IllegalArgumentException("an SLA target must not be negative: " + target);
        }
        long ongoing = pauses.stream().filter(Pause::isOngoing).count();
        if (ongoing > 1) {
            throw new IllegalArgumentException("at most one pause can be ongoing, got " + ongoing);
        }
        List<Pause> stops = clipAndMerge(pauses, start, now);
        boolean paused = !now.isBefore(start) && pauses.stream().anyMatch(pause -> pause.covers(now));
        Instant due = due(start, target, stops, paused);
        return new SlaStatus(target, consumed(start, stops, now), due, paused, due != null && now.isAfter(due));
    }

    private Duration consumed(Instant start, List<Pause> stops, Instant now) {
        Duration consumed = Duration.ZERO;
        Instant running = start;
        for (Pause stop : stops) {
            consumed = consumed.plus(calendar.businessTimeBetween(running, stop.start()));
            running = stop.end();
        }
        return consumed.plus(calendar.businessTimeBetween(running, now));
    }

    /** Walks the running stretches between pauses until the target is used up. */
    private Instant due(Instant start, Duration target, List<Pause> stops, boolean paused) {
        if (target.isZero()) {
            return calendar.nextOpening(start);
        }
        Duration left = target;
        Instant running = start;
        for (Pause stop : stops) {
            Duration available = calendar.businessTimeBetween(running, stop.start());
            if (left.compareTo(available) <= 0) {
                return calendar.addBusinessTime(running, left);
            }
            left = left.minus(available);
            running = stop.end();
        }
        // still waiting on the member: the clock will resume at an unknown time
        return paused ? null : calendar.addBusinessTime(running, left);
    }

    /**
     * The pauses as they affect this clock: cut to [start, now] (an ongoing one ends now), sorted,
     * overlapping or touching ones merged, so that no business time is subtracted twice.
     */
    private static List<Pause> clipAndMerge(Collection<Pause> pauses, Instant start, Instant now) {
        List<Pause> clipped = new ArrayList<>();
        for (Pause pause : pauses) {
            Instant from = pause.start().isBefore(start) ? start : pause.start();
            Instant until = pause.isOngoing() || pause.end().isAfter(now) ? now : pause.end();
            if (until.isAfter(from)) {
                clipped.add(Pause.between(from, until));
            }
        }
        clipped.sort(Comparator.comparing(Pause::start));
        List<Pause> merged = new ArrayList<>();
        for (Pause pause : clipped) {
            Pause last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !pause.start().isAfter(last.end())) {
                if (pause.end().isAfter(last.end())) {
                    merged.set(merged.size() - 1, Pause.between(last.start(), pause.end()));
                }
            } else {
                merged.add(pause);
            }
        }
        return merged;
    }
}
