package org.passerelle.toolbox.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.passerelle.toolbox.control.Contributions;

/** The counts the navigation shows: my unseen contribution notices, the moderation queue. */
@Named
@RequestScoped
public class ContributionBadge {
    @Inject
    Contributions contributions;
    @Inject
    SecurityContext security;

    private Long unseen;
    private Long waiting;

    /** Unseen notices of the signed-in person (computed once per request). */
    public long getUnseen() {
        if (unseen == null) {
            Principal caller = security.getCallerPrincipal();
            unseen = caller == null ? 0L : contributions.unseenNotices(caller.getName());
        }
        return unseen;
    }

    /** Contributions waiting for a moderator (computed once per request). */
    public long getWaiting() {
        if (waiting == null) {
            waiting = contributions.queueSize();
        }
        return waiting;
    }
}
