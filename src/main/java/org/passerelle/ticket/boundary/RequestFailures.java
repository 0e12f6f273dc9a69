package org.passerelle.ticket.boundary;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.control.RequestProblem;

/** Turns what can go wrong with a request into translated messages on the page. */
final class RequestFailures {
    private RequestFailures() {
    }

    /** Shows the problem and returns true when it is one the person can act on; rethrows otherwise. */
    static void show(RuntimeException failure, Messages messages) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestProblem problem) {
                problem.getKeys().forEach(key -> messages.error(null, key, problem.getArguments()));
                return;
            }
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                messages.error(null, "request.changedMeanwhile");
                return;
            }
        }
        throw failure;
    }
}
