package org.passerelle.privacy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.passerelle.admin.boundary.AdminFailures;
import org.passerelle.platform.web.Messages;
import org.passerelle.privacy.control.Retention;

/**
 * "Conservation des demandes": what the next retention run would change (a dry run, nothing is
 * touched), and "Appliquer maintenant" once the administrator ticked the confirmation.
 */
@Named
@RequestScoped
public class RetentionPage {
    @Inject
    Retention retention;
    @Inject
    SecurityContext security;
    @Inject
    AdminFailures failures;
    @Inject
    Messages messages;

    private Retention.Preview preview;
    private boolean confirmed;

    public Retention.Preview getPreview() {
        if (preview == null) {
            try {
                preview = retention.preview(login());
            } catch (RuntimeException e) {
                failures.handle(null, e);
            }
        }
        return preview;
    }

    public void apply() {
        if (!confirmed) {
            messages.error("apply:confirmed", "retention.confirm.required");
            return;
        }
        Retention.Outcome[] outcome = new Retention.Outcome[1];
        if (failures.attempt(null, () -> outcome[0] = retention.runNow(login()))) {
            messages.info(null, "retention.applied", outcome[0].count());
            confirmed = false;
            preview = null;
        }
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public int getListed() {
        return Retention.LISTED;
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }
}
