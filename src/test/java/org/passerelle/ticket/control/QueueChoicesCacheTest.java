package org.passerelle.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.control.DirectoryChanged;

class QueueChoicesCacheTest {
    /** A clock the test moves forward. */
    private static final class TestClock extends Clock {
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
    private final QueueChoicesCache cache = new QueueChoicesCache(clock, Duration.ofSeconds(60), 2);
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<DeskViews.QueueChoices> reader(String agent) {
        return () -> {
            reads.incrementAndGet();
            return new DeskViews.QueueChoices(List.of(), List.of(), List.of(),
                    List.of(new DeskViews.Person(agent, agent)));
        };
    }

    @Test
    void choicesAreReadOncePerAgentUntilTheyExpire() {
        DeskViews.QueueChoices first = cache.get("agent", reader("agent"));
        assertSame(first, cache.get("agent", reader("agent")));
        assertEquals(1, reads.get());

        clock.advance(Duration.ofSeconds(60));
        cache.get("agent", reader("agent"));
        assertEquals(2, reads.get(), "read again after the TTL");
    }

    @Test
    void aDirectoryChangeDropsEveryAgentsChoices() {
        cache.get("agent", reader("agent"));
        cache.get("agent2", reader("agent2"));

        cache.directoryChanged(new DirectoryChanged("organization"));

        assertEquals(0, cache.size());
        cache.get("agent", reader("agent"));
        assertEquals(3, reads.get());
    }

    @Test
    void aReadThatOverlapsAChangeIsNotKept() {
        cache.get("agent", () -> {
            cache.clear(); // an administrator's change commits while the choices are being read
            return reader("agent").get();
        });

        assertEquals(0, cache.size(), "what was read may predate the change");
    }

    @Test
    void theCacheIsBounded() {
        cache.get("a", reader("a"));
        cache.get("b", reader("b"));
        cache.get("c", reader("c"));

        assertEquals(2, cache.size());
        cache.get("a", reader("a"));
        assertEquals(4, reads.get(), "the least recently used agent was dropped");
    }
}
