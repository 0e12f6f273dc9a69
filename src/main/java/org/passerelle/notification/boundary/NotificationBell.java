package org.passerelle.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.passerelle.notification.control.NotificationCenter;

/** The bell in the page header: how many of my notifications are unread (computed once per request). */
@Named
@RequestScoped
public class NotificationBell {
    @Inject
    NotificationCenter center;
    @Inject
    SecurityContext security;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            Principal caller = security.getCallerPrincipal();
            unread = caller == null ? 0L : center.unreadCount(caller.getName());
        }
        return unread;
    }
}
