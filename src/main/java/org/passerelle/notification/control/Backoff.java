package org.passerelle.notification.control;

import java.time.Duration;

/** Exponential back-off between SMTP attempts: 1 min, 2, 4… capped at 6 h; gives up after 12 attempts. */
public final class Backoff {
    public static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration CAP = Duration.ofHours(6);

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public static Duration after(int attempts) {
        int exponent = Math.max(0, Math.min(attempts - 1, 20));
        Duration delay = FIRST.multipliedBy(1L << exponent);
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    public static boolean givesUp(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }
}
