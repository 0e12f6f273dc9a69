package org.passerelle.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.platform.web.Messages;

/** Shared by the account forms: puts an account problem's messages on the page. */
@RequestScoped
public class AccountForms {
    @Inject
    Messages messages;

    public void show(String clientId, AccountProblem problem) {
        for (String key : problem.keys()) {
            messages.error(clientId, key, problem.arguments());
        }
    }

    /** False (with a message on the confirmation field) when the two passwords differ. */
    public boolean confirmed(String password, String confirmation, String confirmationId) {
        if (!Objects.equals(password, confirmation)) {
            messages.error(confirmationId, "account.password.mismatch");
            return false;
        }
        return true;
    }
}
