package org.passerelle.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a person does not want to be pinged: outside {@code workStarts}–{@code workEnds}
 * (America/Montreal wall-clock time), and on weekends and Québec holidays if so chosen.
 * No row means the defaults ({@link #defaults}). Only support agents have quiet hours: mail to
 * members is never held, they always get it at once.
 */
@Entity
@Table(name = "quiet_hours")
public class QuietHours {
    public static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    public static final LocalTime DEFAULT_END = LocalTime.of(17, 0);

    @Id
    @Column(name = "member_id")
    private Long memberId;
    private LocalTime workStarts;
    private LocalTime workEnds;
    private boolean weekends;
    private boolean holidays;
    /** Agents only: a "haute" urgency request reaches them even during quiet hours. */
    private boolean urgentBreaks;
    @Version
    private long version;

    protected QuietHours() {
    }

    public static QuietHours defaults(Long memberId) {
        QuietHours hours = new QuietHours();
        hours.memberId = Objects.requireNonNull(memberId);
        hours.workStarts = DEFAULT_START;
        hours.workEnds = DEFAULT_END;
        hours.weekends = true;
        hours.holidays = true;
        hours.urgentBreaks = false;
        return hours;
    }

    public void change(LocalTime starts, LocalTime ends, boolean quietWeekends, boolean quietHolidays,
                       boolean urgent) {
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("the working day must start before it ends");
        }
        this.workStarts = starts;
        this.workEnds = ends;
        this.weekends = quietWeekends;
        this.holidays = quietHolidays;
        this.urgentBreaks = urgent;
    }

    public Long getMemberId() {
        return memberId;
    }

    public LocalTime getWorkStarts() {
        return workStarts;
    }

    public LocalTime getWorkEnds() {
        return workEnds;
    }

    public boolean isWeekends() {
        return weekends;
    }

    public boolean isHolidays() {
        return holidays;
    }

    public boolean isUrgentBreaks() {
        return urgentBreaks;
    }

    public long getVersion() {
        return version;
    }
}
