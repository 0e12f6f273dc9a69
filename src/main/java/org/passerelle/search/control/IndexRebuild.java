package org.passerelle.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Rebuilds the whole search index from the database on demand (the admin page, the REST call,
 * deploy/reindex.sh), in the background, one rebuild at a time, and tells how far it got.
 * The index is emptied first, then filled again: searches keep answering meanwhile, with
 * partial results until the rebuild ends. The rows written meanwhile are indexed once more at the
 * end ({@link IndexReconciliation}), so it runs on a managed thread, where transactions work.
 */
@ApplicationScoped
public class IndexRebuild {
    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    /** Where a rebuild stands. {@code total} is 0 until the indexer has counted the rows. */
    public record Progress(State state, long done, long total, Instant started, Instant finished, String error) {
        public int percent() {
            if (state == State.DONE) {
                return 100;
            }
            return total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
        }

        public long seconds() {
            if (started == null) {
                return 0;
            }
            return Duration.between(started, finished == null ? Instant.now() : finished).toSeconds();
        }

        public boolean running() {
            return state == State.RUNNING;
        }
    }

    public enum State { IDLE, RUNNING, DONE, FAILED }

    @PersistenceUnit
    EntityManagerFactory emf;
    @Inject
    IndexReconciliation reconciliation;
    @Resource
    ManagedExecutorService executor;

    Clock clock = Clock.systemUTC();

    private final AtomicReference<Progress> last = new AtomicReference<>(
            new Progress(State.IDLE, 0, 0, null, null, null));
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    /** Starts a rebuild unless one is running; answers false if one was already running. */
    public boolean start() {
        Progress previous = last.get();
        if (previous.running()) {
            return false;
        }
        Progress running = new Progress(State.RUNNING, 0, 0, clock.instant(), null, null);
        if (!last.compareAndSet(previous, running)) {
            return false;
        }
        done.set(0);
        total.set(0);
        LOG.info("search index rebuild started");
        try {
            executor.execute(() -> run(running.started()));
        } catch (RejectedExecutionException e) {
            finish(running.started(), e);
        }
        return true;
    }

    private void run(Instant started) {
        try {
            SearchIndex.tuned(Search.mapping(emf).scope(Object.class).massIndexer())
                    .monitor(new Counter())
                    .startAndWait();
            reconciliation.afterRebuild();
            finish(started, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finish(started, e);
        } catch (RuntimeException e) {
            finish(started, e);
        }
    }

    public Progress progress() {
        Progress current = last.get();
        if (current.running()) {
            return new Progress(State.RUNNING, done.get(), total.get(), current.started(), null, null);
        }
        return current;
    }

    private void finish(Instant started, Throwable failure) {
        Instant finished = clock.instant();
        if (failure == null) {
            last.set(new Progress(State.DONE, done.get(), total.get(), started, finished, null));
            LOG.info(() -> "search index rebuilt: " + done.get() + " documents in "
                    + Duration.between(started, finished).toMillis() + " ms");
        } else {
            last.set(new Progress(State.FAILED, done.get(), total.get(), started, finished, failure.getMessage()));
            LOG.log(Level.SEVERE, "search index rebuild failed", failure);
        }
    }

    private final class Counter implements MassIndexingMonitor {
        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {
            // counted once written (documentsAdded)
        }

        @Override
        public void entitiesLoaded(long increment) {
            // counted once written (documentsAdded)
        }

        @Override
        public void addToTotalCount(long count) {
            total.addAndGet(count);
        }

        @Override
        public void indexingCompleted() {
            // finish() runs when the whole rebuild completes, failures included
        }
    }
}
