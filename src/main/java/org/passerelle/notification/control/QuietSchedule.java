package org.passerelle.notification.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import org.passerelle.notification.entity.QuietHours;
import org.passerelle.pool.control.BusinessCalendar;
import org.passerelle.pool.control.HolidayProvider;
import org.passerelle.pool.control.QuebecHolidays;

/**
 * When a held notification goes out. A person's working period is a {@link BusinessCalendar}
 * (their hours, their days, Québec holidays or none) in America/Montreal, so the digest time is
 * wall-clock correct across daylight saving changes exactly as the SLA clocks are.
 */
public final class QuietSchedule {
    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private QuietSchedule() {
    }

    public static BusinessCalendar workingPeriods(QuietHours hours) {
        EnumSet<DayOfWeek> days = hours.isWeekends()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.allOf(DayOfWeek.class);
        HolidayProvider holidays = hours.isHolidays() ? QuebecHolidays.defaults() : HolidayProvider.none();
        return new BusinessCalendar(ZONE, days, hours.getWorkStarts(), hours.getWorkEnds(), holidays);
    }

    /**
     * Empty if the notification may go now; otherwise the start of the next working period, when
     * it goes out in the digest. A "haute" urgency breaks quiet hours only for who opted in.
     */
    public static Optional<Instant> heldUntil(QuietHours hours, Instant now, boolean urgent) {
        if (urgent && hours.isUrgentBreaks()) {
            return Optional.empty();
        }
        BusinessCalendar calendar = workingPeriods(hours);
        return calendar.isOpen(now) ? Optional.empty() : Optional.of(calendar.nextOpening(now));
    }
}
