package org.passerelle.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.passerelle.notification.control.NotificationCenter;
import org.passerelle.notification.entity.AppNotification;

/** "Mes notifications": my latest in-app notifications, newest first; each can be marked read. */
@Named
@RequestScoped
public class NotificationsPage {
    @Inject
    NotificationCenter center;
    @Inject
    SecurityContext security;

    private List<AppNotification> notifications;

    public List<AppNotification> getNotifications() {
        if (notifications == null) {
            notifications = center.latest(login());
        }
        return notifications;
    }

    /** Marks it read and opens what it is about. */
    public String open(AppNotification notification) {
        center.markRead(login(), notification.getId());
        return notification.getLink() == null ? null : notification.getLink() + "&faces-redirect=true";
    }

    public String markRead(long id) {
        center.markRead(login(), id);
        return "/app/notifications?faces-redirect=true";
    }

    public String markAllRead() {
        center.markAllRead(login());
        return "/app/notifications?faces-redirect=true";
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }
}
