package org.passerelle.notification.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.passerelle.notification.control.NotificationPreferences;
import org.passerelle.notification.control.NotificationProblem;
import org.passerelle.notification.entity.Channel;
import org.passerelle.notification.entity.NotificationEvent;
import org.passerelle.notification.entity.QuietHours;
import org.passerelle.platform.web.Messages;

/** "Préférences de notification": a channel per event, and quiet hours for the support staff. */
@Named
@ViewScoped
public class NotificationPreferencesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient NotificationPreferences preferences;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;

    private List<Row> rows = new ArrayList<>();
    private boolean staff;
    private String starts;
    private String ends;
    private boolean weekends;
    private boolean holidays;
    private boolean urgentBreaks;
    private long quietVersion;
    private boolean quietStored;

    /** One event and the channel chosen for it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final NotificationEvent event;
        private Channel channel;

        Row(NotificationEvent event, Channel channel) {
            this.event = event;
            this.channel = channel;
        }

        public NotificationEvent getEvent() {
            return event;
        }

        public String getKey() {
            return event.key();
        }

        public Channel getChannel() {
            return channel;
        }

        public void setChannel(Channel channel) {
            this.channel = channel;
        }
    }

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        preferences.channels(login()).forEach((event, channel) -> rows.add(new Row(event, channel)));
        staff = security.isCallerInRole("agent") || security.isCallerInRole("pool-lead");
        QuietHours hours = preferences.quietHours(login());
        starts = hours.getWorkStarts().toString();
        ends = hours.getWorkEnds().toString();
        weekends = hours.isWeekends();
        holidays = hours.isHolidays();
        urgentBreaks = hours.isUrgentBreaks();
        quietVersion = hours.getVersion();
        quietStored = preferences.quietHoursStored(login());
    }

    public void saveChannels() {
        Map<NotificationEvent, Channel> choices = new EnumMap<>(NotificationEvent.class);
        rows.forEach(r -> choices.put(r.event, r.channel));
        preferences.choose(login(), choices);
        messages.info(null, "notification.prefs.saved");
    }

    public void saveQuietHours() {
        LocalTime from;
        LocalTime to;
        try {
            from = LocalTime.parse(starts.strip());
            to = LocalTime.parse(ends.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            messages.error("quiet:starts", "notification.quiet.order");
            return;
        }
        try {
            preferences.changeQuietHours(login(), from, to, weekends, holidays, urgentBreaks,
                    quietStored ? quietVersion : -1);
            load();
            messages.info(null, "notification.quiet.saved");
        } catch (NotificationProblem e) {
            messages.error("quiet:starts", e.key());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    messages.error(null, "notification.changedMeanwhile");
                    return;
                }
                if (t instanceof NotificationProblem problem) {
                    messages.error("quiet:starts", problem.key());
                    return;
                }
            }
            throw e;
        }
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isStaff() {
        return staff;
    }

    public String getStarts() {
        return starts;
    }

    public void setStarts(String starts) {
        this.starts = starts;
    }

    public String getEnds() {
        return ends;
    }

    public void setEnds(String ends) {
        this.ends = ends;
    }

    public boolean isWeekends() {
        return weekends;
    }

    public void setWeekends(boolean weekends) {
        this.weekends = weekends;
    }

    public boolean isHolidays() {
        return holidays;
    }

    public void setHolidays(boolean holidays) {
        this.holidays = holidays;
    }

    public boolean isUrgentBreaks() {
        return urgentBreaks;
    }

    public void setUrgentBreaks(boolean urgentBreaks) {
        this.urgentBreaks = urgentBreaks;
    }
}
