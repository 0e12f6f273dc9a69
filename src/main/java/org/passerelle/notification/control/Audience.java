package org.passerelle.notification.control;

import java.util.Map;
import org.passerelle.identity.entity.Member;
import org.passerelle.notification.entity.Channel;
import org.passerelle.notification.entity.NotificationEvent;
import org.passerelle.notification.entity.QuietHours;

/**
 * The notification preferences and quiet hours of the people one change concerns (a new request's
 * requester and its pool's agents), read in two queries for all of them instead of two per person
 * ({@link NotificationPreferences#audience}): the same answers as {@link NotificationPreferences#channel} and
 * {@link NotificationPreferences#quietHours(Long)} person by person.
 */
public final class Audience {
    private final Map<Long, Map<NotificationEvent, Channel>> channels;
    private final Map<Long, QuietHours> quietHours;

    Audience(Map<Long, Map<NotificationEvent, Channel>> channels, Map<Long, QuietHours> quietHours) {
        this.channels = channels;
        this.quietHours = quietHours;
    }

    /** The person's choice for the event; {@link Channel#BOTH} when they made none. */
    Channel channel(Member person, NotificationEvent event) {
        return channels.getOrDefault(person.getId(), Map.of()).getOrDefault(event, Channel.BOTH);
    }

    /** Their stored quiet hours, or the defaults; only read for staff, the only ones who have some. */
    QuietHours quietHours(Member person) {
        QuietHours hours = quietHours.get(person.getId());
        return hours == null ? QuietHours.defaults(person.getId()) : hours;
    }
}
