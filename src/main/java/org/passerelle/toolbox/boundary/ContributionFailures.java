package org.passerelle.toolbox.boundary;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.passerelle.platform.web.Messages;
import org.passerelle.toolbox.control.ContributionProblem;

/** Turns what can go wrong with a contribution into translated messages on the page. */
final class ContributionFailures {
    private ContributionFailures() {
    }

    /** Shows the problem when the person can act on it; rethrows anything else. */
    static void show(RuntimeException failure, Messages messages) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ContributionProblem problem) {
                problem.getKeys().forEach(key -> messages.error(null, key));
                return;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                messages.error(null, "contrib.changedMeanwhile");
                return;
            }
        }
        throw failure;
    }
}
