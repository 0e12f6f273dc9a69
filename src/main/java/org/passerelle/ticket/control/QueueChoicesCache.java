package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.passerelle.identity.control.DirectoryChanged;

/**
 * The queue's filter choices (regions, networks, organizations, agents) for each agent, kept for
 * {@link #TTL}: every opening of the queue would otherwise read them again (four to six queries),
 * although they change only when an administrator edits the directory, which drops them all
 * ({@link DirectoryChanged}, after the commit). A change nobody audits (an agent renaming
 * themself in their profile) shows within the TTL. Bounded to {@link #MAX_ENTRIES} agents.
 */
@ApplicationScoped
public class QueueChoicesCache {
    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 1_000;

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Entry> entries;
    /** Counts the clears, so that a computation that overlapped one is not kept. */
    private long generation;

    public QueueChoicesCache() {
        this(Clock.systemUTC(), TTL, MAX_ENTRIES);
    }

    QueueChoicesCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The cached choices of this agent, or those computed now (outside the lock: two may compute). */
    public DeskViews.QueueChoices get(String login, Supplier<DeskViews.QueueChoices> compute) {
        Instant now = clock.instant();
        long started;
        synchronized (entries) {
            Entry entry = entries.get(login);
            if (entry != null && now.isBefore(entry.expires)) {
                return entry.choices;
            }
            started = generation;
        }
        DeskViews.QueueChoices choices = compute.get();
        synchronized (entries) {
            if (generation == started) {
                entries.put(login, new Entry(choices, now.plus(ttl)));
            }
        }
        return choices;
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
            generation++;
        }
    }

    void directoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged change) {
        clear();
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private record Entry(DeskViews.QueueChoices choices, Instant expires) {
    }
}
