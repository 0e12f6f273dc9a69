package org.passerelle.notification.entity;

import java.util.EnumSet;
import java.util.Set;

/** What a person can be told about; each has its own preference (email, in-app, both, none). */
public enum NotificationEvent {
    REQUEST_RECEIVED, PUBLIC_REPLY, WAITING_ON_YOU, RESOLVED, NEW_IN_POOL, ASSIGNED, MENTION, CONTRIBUTION_REVIEWED,
    /** Invitations and password resets: always mailed, never held, not a preference. */
    ACCOUNT,
    /** Notifications held during quiet hours, sent together. */
    DIGEST;

    /** The events a person chooses a channel for. */
    public static Set<NotificationEvent> choosable() {
        return EnumSet.range(REQUEST_RECEIVED, CONTRIBUTION_REVIEWED);
    }

    /** The bundle key suffix: notification.event.requestReceived… */
    public String key() {
        String[] words = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
