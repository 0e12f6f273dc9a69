package org.passerelle.pool.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.pool.entity.SupportPool;

class BusinessCalendarTest {
    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** 9:00–17:00 Monday to Friday in Montréal, default Québec holidays: the usual pool. */
    final BusinessCalendar cut = new BusinessCalendar(MONTREAL, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
            QuebecHolidays.defaults());

    static Instant montreal(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MONTREAL).toInstant();
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    @Nested
    class OpeningHours {

        @Test
        void isOpenFromOpeningTimeUntilJustBeforeClosingTime() {
            // Tuesday 20 January 2026
            assertFalse(cut.isOpen(montreal("2026-01-20T08:59:59")));
            assertTrue(cut.isOpen(montreal("2026-01-20T09:00")));
            assertTrue(cut.isOpen(montreal("2026-01-20T16:59:59")));
            assertFalse(cut.isOpen(montreal("2026-01-20T17:00")));
        }

        @Test
        void isClosedOnWeekendsAndHolidays() {
            assertFalse(cut.isOpen(montreal("2026-01-17T12:00")), "Saturday");
            assertFalse(cut.isOpen(montreal("2026-01-18T12:00")), "Sunday");
            assertFalse(cut.isOpen(montreal("2026-04-03T12:00")), "Good Friday");
            assertFalse(cut.isOpen(montreal("2026-06-24T12:00")), "Fête nationale");
            assertTrue(cut.isOpen(montreal("2026-06-23T12:00")));
        }

        @Test
        void nextOpeningIsTheInstantItselfWhenOpen() {
            Instant tuesdayNoon = montreal("2026-01-20T12:00");
            assertEquals(tuesdayNoon, cut.nextOpening(tuesdayNoon));
        }

        @Test
        void nextOpeningSkipsNightsWeekendsAndHolidays() {
            assertEquals(montreal("2026-01-21T09:00"), cut.nextOpening(montreal("2026-01-20T17:00")));
            assertEquals(montreal("2026-01-20T09:00"), cut.nextOpening(montreal("2026-01-20T03:00")));
            assertEquals(montreal("2026-01-19T09:00"), cut.nextOpening(montreal("2026-01-16T17:00")), "Friday evening");
            assertEquals(montreal("2026-04-07T09:00"), cut.nextOpening(montreal("2026-04-02T17:30")), "Easter weekend");
        }

        @Test
        void readsTheCalendarOfAPool() {
            SupportPool pool = new SupportPool("Montérégie", false);
            pool.setBusinessHours(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                    LocalTime.of(8, 30), LocalTime.of(16, 0));
            BusinessCalendar calendar = BusinessCalendar.forPool(pool, HolidayProvider.none());
            assertEquals(MONTREAL, calendar.zone());
            assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), calendar.workingDays());
            assertEquals(LocalTime.of(8, 30), calendar.opens());
            assertEquals(LocalTime.of(16, 0), calendar.closes());
            assertEquals(montreal("2026-01-19T08:30"), calendar.nextOpening(montreal("2026-01-15T16:00")),
                    "Thursday closing to Monday opening");
        }
    }

    @Nested
    class DueTimes {

        @Test
        void addsWithinTheSameDay() {
            assertEquals(montreal("2026-01-20T13:15"), cut.addBusinessTime(montreal("2026-01-20T10:00"), Duration.ofMinutes(195)));
        }

        @Test
        void carriesOverTheWeekendFromFridayAfternoon() {
            // Friday 16 January 2026, 16:30 EST (21:30Z) + 1 h -> Monday 19 January 9:30 EST
            assertEquals(Instant.parse("2026-01-19T14:30:00Z"),
                    cut.addBusinessTime(Instant.parse("2026-01-16T21:30:00Z"), hours(1)));
        }

        @Test
        void reachingTheTargetAtClosingTimeGivesClosingTimeNotNextMorning() {
            assertEquals(montreal("2026-01-16T17:00"), cut.addBusinessTime(montreal("2026-01-16T16:30"), Duration.ofMinutes(30)));
            assertEquals(montreal("2026-01-20T17:00"), cut.addBusinessTime(montreal("2026-01-20T09:00"), hours(8)));
        }

        @Test
        void startsTheClockAtTheNextOpeningWhenCreatedOutsideHours() {
            assertEquals(montreal("2026-01-21T10:00"), cut.addBusinessTime(montreal("2026-01-20T22:00"), hours(1)), "at night");
            assertEquals(montreal("2026-01-20T10:00"), cut.addBusinessTime(montreal("2026-01-20T06:00"), hours(1)), "early morning");
            assertEquals(montreal("2026-01-19T11:00"), cut.addBusinessTime(montreal("2026-01-17T12:00"), hours(2)), "Saturday");
            assertEquals(montreal("2026-01-19T11:00"), cut.addBusinessTime(montreal("2026-01-18T23:59:59"), hours(2)), "Sunday night");
        }

        @Test
        void skipsGoodFridayAndEasterMondayFromTheThursdayBefore() {
            // Thursday 2 April 2026, 16:00 EDT (20:00Z) + 2 h -> Tuesday 7 April 10:00 EDT
            assertEquals(Instant.parse("2026-04-07T14:00:00Z"),
                    cut.addBusinessTime(Instant.parse("2026-04-02T20:00:00Z"), hours(2)));
        }

        @Test
        void opensOnEasterMondayWhenThePoolDoesNotObserveIt() {
            BusinessCalendar withoutEasterMonday = new BusinessCalendar(MONTREAL, WEEKDAYS, LocalTime.of(9, 0),
                    LocalTime.of(17, 0), QuebecHolidays.parse("NEW_YEAR,GOOD_FRIDAY,CHRISTMAS", null));
            assertEquals(Instant.parse("2026-04-06T14:00:00Z"),
                    withoutEasterMonday.addBusinessTime(Instant.parse("2026-04-02T20:00:00Z"), hours(2)));
        }

        @Test
        void startsAfterTheHolidayWhenCreatedOnIt() {
            assertEquals(montreal("2026-04-07T10:00"), cut.addBusinessTime(montreal("2026-04-03T10:00"), hours(1)));
        }

        @Test
        void skipsExtraClosedDaysOfTheHolidaySeason() {
            BusinessCalendar withHolidaySeason = new BusinessCalendar(MONTREAL, WEEKDAYS, LocalTime.of(9, 0),
                    LocalTime.of(17, 0), QuebecHolidays.parse(QuebecHolidays.DEFAULT_CODES,
                            "2026-12-28,2026-12-29,2026-12-30,2026-12-31,2027-01-02"));
            // Thursday 24 December 2026 16:00 + 2 h: Christmas, the closed week, New Year's Day, the weekend
            assertEquals(montreal("2027-01-04T10:00"), withHolidaySeason.addBusinessTime(montreal("2026-12-24T16:00"), hours(2)));
        }

        @Test
        void zeroBusinessTimeIsTheStartWhenOpenOrTheNextOpening() {
            Instant tuesdayNoon = montreal("2026-01-20T12:00");
            assertEquals(tuesdayNoon, cut.addBusinessTime(tuesdayNoon, Duration.ZERO));
            assertEquals(montreal("2026-01-19T09:00"), cut.addBusinessTime(montreal("2026-01-17T12:00"), Duration.ZERO));
        }

        @Test
        void refusesNegativeBusinessTime() {
            var error = assertThrows(IllegalArgumentException.class,
                    () -> cut.addBusinessTime(montreal("2026-01-20T12:00"), Duration.ofMinutes(-1)));
            assertEquals("business time must not be negative: PT-1M", error.getMessage());
        }

        @Test
        void keepsSubMinutePrecision() {
            assertEquals(montreal("2026-01-20T16:59:59.5").plusNanos(1),
                    cut.addBusinessTime(montreal("2026-01-20T16:59:59"), Duration.ofMillis(500).plusNanos(1)));
        }
    }

    @Nested
    class ElapsedBusinessTime {

        @Test
        void countsOnlyOpenHours() {
            assertEquals(hours(3), cut.businessTimeBetween(montreal("2026-01-20T15:00"), montreal("2026-01-21T10:00")));
            assertEquals(hours(1), cut.businessTimeBetween(montreal("2026-01-16T16:30"), montreal("2026-01-19T09:30")),
                    "the round trip of Friday 16:30 + 1 h");
            assertEquals(Duration.ZERO, cut.businessTimeBetween(montreal("2026-01-16T17:00"), montreal("2026-01-19T09:00")),
                    "a whole weekend");
            assertEquals(Duration.ZERO, cut.businessTimeBetween(montreal("2026-01-20T18:00"), montreal("2026-01-20T23:00")));
        }

        @Test
        void skipsNewYearsDay() {
            // Wednesday 31 December 2025 16:00 to Friday 2 January 2026 10:00
            assertEquals(hours(2), cut.businessTimeBetween(montreal("2025-12-31T16:00"), montreal("2026-01-02T10:00")));
        }

        @Test
        void isZeroWhenTheEndIsNotAfterTheStart() {
            Instant noon = montreal("2026-01-20T12:00");
            assertEquals(Duration.ZERO, cut.businessTimeBetween(noon, noon));
            assertEquals(Duration.ZERO, cut.businessTimeBetween(noon, noon.minusSeconds(3600)));
        }

        @Test
        void countsAMonthWithANewYearHoliday() {
            // January 2026: 22 weekdays, minus 1 January = 21 days of 8 hours
            assertEquals(hours(168), cut.businessTimeBetween(montreal("2026-01-01T00:00"), montreal("2026-02-01T00:00")));
            assertEquals(Instant.parse("2026-01-30T22:00:00Z"), cut.addBusinessTime(montreal("2026-01-01T00:00"), hours(168)));
        }

        @Test
        void countsAMonthAcrossTheSpringChange() {
            // March 2026: 22 weekdays, no holiday; the clocks change on Sunday 8 March
            assertEquals(hours(176), cut.businessTimeBetween(montreal("2026-03-01T00:00"), montreal("2026-04-01T00:00")));
            assertEquals(Instant.parse("2026-03-31T21:00:00Z"), cut.addBusinessTime(montreal("2026-03-01T00:00"), hours(176)));
        }

        @Test
        void countsAWholeYear() {
            // 2026: 261 weekdays, the nine default holidays all fall on weekdays -> 252 days
            assertEquals(hours(2016), cut.businessTimeBetween(montreal("2026-01-01T00:00"), montreal("2027-01-01T00:00")));
            assertEquals(Instant.parse("2026-12-31T22:00:00Z"), cut.addBusinessTime(montreal("2026-01-01T00:00"), hours(2016)));
        }
    }

    @Nested
    class DaylightSavingTime {
        final BusinessCalendar everyDay = new BusinessCalendar(MONTREAL, EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(9, 0), LocalTime.of(17, 0), HolidayProvider.none());

        @Test
        void springForwardWeekendKeepsWallClockHours() {
            // Friday 6 March 2026 16:00 EST (21:00Z) + 2 h -> Monday 9 March 10:00 EDT (14:00Z)
            assertEquals(Instant.parse("2026-03-09T14:00:00Z"),
                    cut.addBusinessTime(Instant.parse("2026-03-06T21:00:00Z"), hours(2)));
            // Friday 9:00 EST to Monday 17:00 EDT: 79 hours elapse, 16 of them business hours
            Instant fridayOpening = Instant.parse("2026-03-06T14:00:00Z");
            Instant mondayClosing = Instant.parse("2026-03-09T21:00:00Z");
            assertEquals(hours(79), Duration.between(fridayOpening, mondayClosing));
            assertEquals(hours(16), cut.businessTimeBetween(fridayOpening, mondayClosing));
        }

        @Test
        void fallBackWeekendKeepsWallClockHours() {
            // Friday 30 October 2026 16:00 EDT (20:00Z) + 2 h -> Monday 2 November 10:00 EST (15:00Z)
            assertEquals(Instant.parse("2026-11-02T15:00:00Z"),
                    cut.addBusinessTime(Instant.parse("2026-10-30T20:00:00Z"), hours(2)));
            Instant fridayOpening = Instant.parse("2026-10-30T13:00:00Z");
            Instant mondayClosing = Instant.parse("2026-11-02T22:00:00Z");
            assertEquals(hours(81), Duration.between(fridayOpening, mondayClosing));
            assertEquals(hours(16), cut.businessTimeBetween(fridayOpening, mondayClosing));
        }

        @Test
        void theDayOfTheSpringChangeStillHasEightHoursFromNineToFive() {
            assertEquals(hours(8), everyDay.businessTimeBetween(montreal("2026-03-08T00:00"), montreal("2026-03-09T00:00")));
            // 9:00 is 14:00Z on Saturday (EST) but 13:00Z on Sunday (EDT)
            assertTrue(everyDay.isOpen(Instant.parse("2026-03-08T13:00:00Z")));
            assertFalse(everyDay.isOpen(Instant.parse("2026-03-08T12:59:59Z")));
            assertFalse(everyDay.isOpen(Instant.parse("2026-03-07T13:00:00Z")));
            assertEquals(Instant.parse("2026-03-08T21:00:00Z"), everyDay.addBusinessTime(Instant.parse("2026-03-08T13:00:00Z"), hours(8)));
            // Saturday closing is 17:00 EST (22:00Z); 8 h later it is Sunday closing, 17:00 EDT (21:00Z)
            assertEquals(Instant.parse("2026-03-08T21:00:00Z"), everyDay.addBusinessTime(Instant.parse("2026-03-07T22:00:00Z"), hours(8)));
            assertEquals(Instant.parse("2026-03-09T14:00:00Z"), everyDay.addBusinessTime(Instant.parse("2026-03-07T22:00:00Z"), hours(9)));
        }

        @Test
        void theDayOfTheFallChangeStillHasEightHoursFromNineToFive() {
            assertEquals(hours(8), everyDay.businessTimeBetween(montreal("2026-11-01T00:00"), montreal("2026-11-02T00:00")));
            assertEquals(Instant.parse("2026-11-01T14:00:00Z"), everyDay.nextOpening(Instant.parse("2026-11-01T05:00:00Z")));
            assertEquals(Instant.parse("2026-11-01T22:00:00Z"), everyDay.addBusinessTime(Instant.parse("2026-11-01T14:00:00Z"), hours(8)));
        }

        @Test
        void aWindowContainingTheChangeCountsTheHoursReallyWorked() {
            BusinessCalendar nightShift = new BusinessCalendar(MONTREAL, EnumSet.allOf(DayOfWeek.class),
                    LocalTime.of(0, 0), LocalTime.of(6, 0), HolidayProvider.none());
            // 0:00 EST (05:00Z) to 6:00 EDT (10:00Z)
            assertEquals(hours(5), nightShift.businessTimeBetween(montreal("2026-03-08T00:00"), montreal("2026-03-09T00:00")));
            assertEquals(Instant.parse("2026-03-08T10:00:00Z"), nightShift.addBusinessTime(Instant.parse("2026-03-08T05:00:00Z"), hours(5)));
            // 0:00 EDT (04:00Z) to 6:00 EST (11:00Z)
            assertEquals(hours(7), nightShift.businessTimeBetween(montreal("2026-11-01T00:00"), montreal("2026-11-02T00:00")));
            assertEquals(Instant.parse("2026-11-01T11:00:00Z"), nightShift.addBusinessTime(Instant.parse("2026-11-01T04:00:00Z"), hours(7)));
        }

        @Test
        void anOpeningTimeSkippedInSpringOpensAtTheFirstValidTimeAfterIt() {
            BusinessCalendar earlyShift = new BusinessCalendar(MONTREAL, EnumSet.allOf(DayOfWeek.class),
                    LocalTime.of(2, 30), LocalTime.of(4, 0), HolidayProvider.none());
            // 2:30 does not exist on 8 March 2026: opens at 3:30 EDT (07:30Z), closes 4:00 EDT (08:00Z)
            assertEquals(Instant.parse("2026-03-08T07:30:00Z"), earlyShift.nextOpening(Instant.parse("2026-03-08T06:00:00Z")));
            assertEquals(Duration.ofMinutes(30), earlyShift.businessTimeBetween(montreal("2026-03-08T00:00"), montreal("2026-03-09T00:00")));
        }

        @Test
        void anOpeningTimeRepeatedInFallIsTakenAtItsFirstOccurrence() {
            BusinessCalendar earlyShift = new BusinessCalendar(MONTREAL, EnumSet.allOf(DayOfWeek.class),
                    LocalTime.of(1, 30), LocalTime.of(3, 0), HolidayProvider.none());
            // 1:30 EDT (05:30Z) to 3:00 EST (08:00Z)
            assertEquals(Instant.parse("2026-11-01T05:30:00Z"), earlyShift.nextOpening(Instant.parse("2026-11-01T04:00:00Z")));
            assertEquals(Duration.ofMinutes(150), earlyShift.businessTimeBetween(montreal("2026-11-01T00:00"), montreal("2026-11-02T00:00")));
        }

        @Test
        void otherZonesUseTheirOwnWallClock() {
            BusinessCalendar vancouver = new BusinessCalendar(ZoneId.of("America/Vancouver"), WEEKDAYS,
                    LocalTime.of(9, 0), LocalTime.of(17, 0), HolidayProvider.none());
            assertEquals(Instant.parse("2026-01-20T17:00:00Z"), vancouver.nextOpening(Instant.parse("2026-01-20T14:00:00Z")));
        }
    }

    @Nested
    class Configuration {

        @Test
        void needsAtLeastOneWorkingDay() {
            var error = assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(MONTREAL,
                    Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0), HolidayProvider.none()));
            assertEquals("a business calendar needs at least one working day", error.getMessage());
        }

        @Test
        void needsToOpenBeforeItCloses() {
            var error = assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(MONTREAL,
                    WEEKDAYS, LocalTime.of(17, 0), LocalTime.of(9, 0), HolidayProvider.none()));
            assertEquals("opening time 17:00 must be before closing time 09:00 (hours spanning midnight are not supported)",
                    error.getMessage());
            assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(MONTREAL,
                    WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(9, 0), HolidayProvider.none()));
        }

        @Test
        void namesTheMissingPart() {
            var error = assertThrows(NullPointerException.class, () -> new BusinessCalendar(null,
                    WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0), HolidayProvider.none()));
            assertEquals("a business calendar needs a time zone", error.getMessage());
            assertThrows(NullPointerException.class, () -> new BusinessCalendar(MONTREAL,
                    WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0), null));
        }

        @Test
        void copiesTheWorkingDays() {
            Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY);
            BusinessCalendar calendar = new BusinessCalendar(MONTREAL, days, LocalTime.of(9, 0), LocalTime.of(17, 0),
                    HolidayProvider.none());
            days.add(DayOfWeek.TUESDAY);
            assertEquals(Set.of(DayOfWeek.MONDAY), calendar.workingDays());
            assertThrows(UnsupportedOperationException.class, () -> calendar.workingDays().add(DayOfWeek.SUNDAY));
        }

        @Test
        void reportsACalendarThatNeverOpensInsteadOfLoopingForever() {
            BusinessCalendar closedForever = new BusinessCalendar(MONTREAL, WEEKDAYS, LocalTime.of(9, 0),
                    LocalTime.of(17, 0), date -> true);
            var error = assertThrows(IllegalStateException.class,
                    () -> closedForever.addBusinessTime(montreal("2026-01-20T12:00"), hours(1)));
            assertTrue(error.getMessage().startsWith("business calendar never opens in the 1098 days from 2026-01-20"),
                    error.getMessage());
            assertEquals(Duration.ZERO, closedForever.businessTimeBetween(montreal("2026-01-01T00:00"), montreal("2027-01-01T00:00")));
        }
    }
}
