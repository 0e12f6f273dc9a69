package org.passerelle.ticket.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the housekeeping every five minutes; a failed round is logged and the next one tries again. */
@Singleton
public class HousekeepingTimer {
    private static final Logger LOG = Logger.getLogger(HousekeepingTimer.class.getName());

    @Inject
    Housekeeping housekeeping;

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void run() {
        try {
            Instant now = Instant.now();
            int moved = housekeeping.overflow(now);
            int closed = housekeeping.closeResolved(now);
            if (moved + closed > 0) {
                LOG.info(() -> "housekeeping: " + moved + " request(s) overflowed, " + closed + " closed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "housekeeping failed; it runs again in five minutes", e);
        }
    }
}
