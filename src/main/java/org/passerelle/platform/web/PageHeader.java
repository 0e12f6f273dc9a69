package org.passerelle.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import org.passerelle.identity.entity.Role;
import org.passerelle.notification.control.NotificationCenter;
import org.passerelle.toolbox.control.Contributions;

/**
 * The counts beside the navigation of every page: unread notifications, unseen notices about my
 * contributions and, for moderators, contributions waiting for review. They are read together, in one
 * transaction, once per request, because the header is on every page and a transaction each made it
 * cost more than the rest of most pages (docs/performance.md).
 */
@Named
@RequestScoped
public class PageHeader {
    @Inject
    NotificationCenter notifications;
    @Inject
    Contributions contributions;
    @Inject
    SecurityContext security;

    private Counts counts;

    /** What the header shows; zero for everyone before login. */
    public record Counts(long unread, long unseen, long waiting) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    @Transactional
    public Counts getCounts() {
        if (counts == null) {
            Principal caller = security.getCallerPrincipal();
            counts = caller == null ? Counts.NONE : countsOf(caller.getName());
        }
        return counts;
    }

    private Counts countsOf(String login) {
        boolean moderator = security.isCallerInRole(Role.AGENT.roleName()) || security.isCallerInRole(Role.POOL_LEAD.roleName());
        return new Counts(notifications.unreadCount(login), contributions.unseenNotices(login),
                moderator ? contributions.queueSize() : 0);
    }
}
