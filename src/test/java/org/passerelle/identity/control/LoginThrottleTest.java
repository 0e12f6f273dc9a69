package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-03-02T14:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void tenFailuresWithinFifteenMinutesLockForFifteenMinutes() {
        for (int i = 1; i < 10; i++) {
            assertFalse(throttle.failed("membre"), "failure " + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Optional.empty(), throttle.lockedFor("membre"));
        assertTrue(throttle.failed("membre"), "the tenth failure locks");
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor("membre"));
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.lockedFor(" MEMBRE "), "same account whatever the case");

        clock.advance(Duration.ofMinutes(14));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.lockedFor("membre"));
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.lockedFor("membre"), "unlocked after the delay");
        assertFalse(throttle.failed("membre"), "a fresh count after the lock");
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("agent");
        }
        clock.advance(Duration.ofMinutes(15));
        assertFalse(throttle.failed("agent"), "the nine old failures left the window");
        assertEquals(Optional.empty(), throttle.lockedFor("agent"));
    }

    @Test
    void aSuccessStartsTheCountAgainAndAccountsAreIndependent() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("pair");
        }
        throttle.succeeded("pair");
        assertFalse(throttle.failed("pair"));
        for (int i = 0; i < 10; i++) {
            throttle.failed("coordination");
        }
        assertTrue(throttle.lockedFor("coordination").isPresent());
        assertEquals(Optional.empty(), throttle.lockedFor("pair"));
        throttle.reset("coordination");
        assertEquals(Optional.empty(), throttle.lockedFor("coordination"));
    }
}
