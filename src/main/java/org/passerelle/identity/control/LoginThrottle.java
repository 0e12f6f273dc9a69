package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing on one account: after {@value #MAX_FAILURES} failed logins within
 * {@link #WINDOW}, the account is locked for {@link #LOCK}, even for the right password. Counted
 * per login (known or not, so the answer says nothing about whether an account exists), in memory:
 * a restart forgets the counts, which is acceptable for one server (ADR 0014).
 */
@ApplicationScoped
public class LoginThrottle {
    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);
    /** Beyond this many tracked logins, stale entries are dropped so random logins cannot fill memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this login stays locked; empty when it may try. */
    public Optional<Duration> lockedFor(String login) {
        Attempts a = attempts.get(key(login));
        if (a == null) {
            return Optional.empty();
        }
        synchronized (a) {
            Instant now = clock.instant();
            if (a.lockedUntil != null && now.isBefore(a.lockedUntil)) {
                return Optional.of(Duration.between(now, a.lockedUntil));
            }
            return Optional.empty();
        }
    }

    /** Counts a failure; true when this failure locked the account. */
    public boolean failed(String login) {
        if (attempts.size() > PRUNE_ABOVE) {
            prune();
        }
        Attempts a = attempts.computeIfAbsent(key(login), k -> new Attempts());
        synchronized (a) {
            Instant now = clock.instant();
            if (a.lockedUntil != null && !now.isBefore(a.lockedUntil)) {
                a.lockedUntil = null;
                a.failures.clear();
            }
            a.failures.addLast(now);
            while (!a.failures.isEmpty() && !a.failures.peekFirst().isAfter(now.minus(WINDOW))) {
                a.failures.removeFirst();
            }
            if (a.lockedUntil == null && a.failures.size() >= MAX_FAILURES) {
                a.lockedUntil = now.plus(LOCK);
                return true;
            }
            return false;
        }
    }

    /** A successful login starts the count again. */
    public void succeeded(String login) {
        attempts.remove(key(login));
    }

    /** For an administrator who unlocks an account at once. */
    public void reset(String login) {
        attempts.remove(key(login));
    }

    private void prune() {
        Instant horizon = clock.instant().minus(WINDOW.plus(LOCK));
        attempts.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Instant last = e.getValue().failures.peekLast();
                return last == null || last.isBefore(horizon);
            }
        });
    }

    static String key(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    private static final class Attempts {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
