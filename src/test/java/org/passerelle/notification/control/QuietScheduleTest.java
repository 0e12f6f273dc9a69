package org.passerelle.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.notification.entity.QuietHours;

/** When a held notification goes out: the start of the next working period, Montréal wall-clock time. */
class QuietScheduleTest {

    private static QuietHours defaults() {
        return QuietHours.defaults(1L);
    }

    private static Instant montreal(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), QuietSchedule.ZONE).toInstant();
    }

    @Test
    void duringWorkingHoursNothingIsHeld() {
        assertEquals(Optional.empty(), QuietSchedule.heldUntil(defaults(), montreal("2026-03-04T10:30"), false));
    }

    @Test
    void anEveningNotificationWaitsForNineTheNextMorning() {
        assertEquals(Optional.of(montreal("2026-03-05T09:00")),
                QuietSchedule.heldUntil(defaults(), montreal("2026-03-04T17:00"), false), "17:00 is already quiet");
        assertEquals(Optional.of(montreal("2026-03-05T09:00")),
                QuietSchedule.heldUntil(defaults(), montreal("2026-03-05T06:59"), false));
    }

    @Test
    void fridayEveningBeforeTheSpringChangeGoesOutMondayAtNineDaylightTime() {
        // 2026-03-08 02:00 the clocks jump to 03:00 (EST UTC-5 → EDT UTC-4)
        Instant friday = Instant.parse("2026-03-07T01:00:00Z"); // Friday 20:00 EST
        Instant release = QuietSchedule.heldUntil(defaults(), friday, false).orElseThrow();
        assertEquals(Instant.parse("2026-03-09T13:00:00Z"), release, "Monday 09:00 EDT is 13:00 UTC");
    }

    @Test
    void fridayEveningBeforeTheFallChangeGoesOutMondayAtNineStandardTime() {
        // 2026-11-01 02:00 the clocks go back to 01:00 (EDT UTC-4 → EST UTC-5)
        Instant friday = Instant.parse("2026-10-30T22:00:00Z"); // Friday 18:00 EDT
        Instant release = QuietSchedule.heldUntil(defaults(), friday, false).orElseThrow();
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"), release, "Monday 09:00 EST is 14:00 UTC");
    }

    @Test
    void aSaturdayNightInsideTheFallChangeWaitsForMonday() {
        Instant duringRepeatedHour = Instant.parse("2026-11-01T05:30:00Z"); // Sunday 01:30 EDT, repeated later
        assertEquals(Instant.parse("2026-11-02T14:00:00Z"),
                QuietSchedule.heldUntil(defaults(), duringRepeatedHour, false).orElseThrow());
    }

    @Test
    void aQuebecHolidayIsQuietUnlessThePersonWorksHolidays() {
        // Thanksgiving 2026: Monday October 12
        Instant holidayMorning = montreal("2026-10-12T10:00");
        assertEquals(Optional.of(montreal("2026-10-13T09:00")),
                QuietSchedule.heldUntil(defaults(), holidayMorning, false));
        QuietHours worksHolidays = defaults();
        worksHolidays.change(LocalTime.of(9, 0), LocalTime.of(17, 0), true, false, false);
        assertEquals(Optional.empty(), QuietSchedule.heldUntil(worksHolidays, holidayMorning, false));
    }

    @Test
    void weekendsAreWorkingDaysForWhoSaysSo() {
        QuietHours weekendWorker = defaults();
        weekendWorker.change(LocalTime.of(8, 0), LocalTime.of(12, 0), false, true, false);
        assertEquals(Optional.empty(), QuietSchedule.heldUntil(weekendWorker, montreal("2026-03-07T11:00"), false));
        assertEquals(Optional.of(montreal("2026-03-08T08:00")),
                QuietSchedule.heldUntil(weekendWorker, montreal("2026-03-07T12:00"), false),
                "Sunday 08:00 EDT, the day the clocks change");
    }

    @Test
    void highUrgencyBreaksQuietHoursOnlyForWhoOptedIn() {
        Instant night = montreal("2026-03-04T23:00");
        assertTrue(QuietSchedule.heldUntil(defaults(), night, true).isPresent(), "not opted in: held");
        QuietHours optedIn = defaults();
        optedIn.change(LocalTime.of(9, 0), LocalTime.of(17, 0), true, true, true);
        assertEquals(Optional.empty(), QuietSchedule.heldUntil(optedIn, night, true));
        assertTrue(QuietSchedule.heldUntil(optedIn, night, false).isPresent(), "only haute urgency breaks through");
    }
}
