package org.passerelle.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.platform.web.Messages;

/**
 * How the administration pages answer a refusal: out of scope is a 403 page (the same as for a
 * page one may not open), bad input a message next to the form, a stale edit the usual "changed
 * meanwhile" message.
 */
@RequestScoped
public class AdminFailures {
    @Inject
    FacesContext faces;
    @Inject
    Messages messages;

    /** Runs an action; false when it was refused (and the refusal shown). */
    public boolean attempt(String clientId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            handle(clientId, e);
            return false;
        }
    }

    public void handle(String clientId, RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccountProblem problem) {
                if (problem.isForbidden()) {
                    forbidden();
                    return;
                }
                for (String key : problem.keys()) {
                    messages.error(clientId, key, problem.arguments());
                }
                return;
            }
            if (t instanceof OptimisticLockException) {
                messages.error(clientId, "request.changedMeanwhile");
                return;
            }
        }
        throw e;
    }

    public void forbidden() {
        try {
            faces.getExternalContext().responseSendError(403, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
