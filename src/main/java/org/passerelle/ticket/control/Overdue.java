package org.passerelle.ticket.control;

import java.time.Instant;

/** Whether a request has missed its first-response or its resolution target. */
final class Overdue {
    private Overdue() {
    }

    static boolean at(Instant now, Instant firstResponseAt, Instant firstResponseDue, Instant resolutionDue) {
        boolean firstLate = firstResponseAt == null && firstResponseDue != null && firstResponseDue.isBefore(now);
        return firstLate || (resolutionDue != null && resolutionDue.isBefore(now));
    }
}
