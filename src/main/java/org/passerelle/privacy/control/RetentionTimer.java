package org.passerelle.privacy.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the retention once a day, at night; a failed run is logged and the next one takes the
 * remaining requests (the batches already committed stay done).
 */
@Singleton
public class RetentionTimer {
    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Inject
    Retention retention;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void run() {
        try {
            Retention.Outcome outcome = retention.run(Instant.now());
            LOG.info(() -> "retention: " + outcome.count() + " request(s) closed before " + outcome.cutOff()
                    + " anonymised");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "retention failed; it runs again tomorrow", e);
        }
    }
}
