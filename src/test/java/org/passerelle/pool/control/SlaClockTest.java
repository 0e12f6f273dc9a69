package org.passerelle.pool.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.passerelle.ticket.entity.Urgency;

class SlaClockTest {
    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    /** 9:00–17:00 Monday to Friday with the default Québec holidays. */
    final SlaClock cut = new SlaClock(new BusinessCalendar(MONTREAL, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(17, 0), QuebecHolidays.defaults()));

    static Instant at(String montrealDateTime) {
        return LocalDateTime.parse(montrealDateTime).atZone(MONTREAL).toInstant();
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }

    @Nested
    class Running {

        @Test
        void countsDownDuringBusinessHours() {
            // Tuesday 20 January 2026
            SlaStatus status = cut.status(at("2026-01-20T10:00"), hours(2), List.of(), at("2026-01-20T11:00"));
            assertEquals(new SlaStatus(hours(2), hours(1), at("2026-01-20T12:00"), false, false), status);
            assertEquals(hours(1), status.remaining());
        }

        @Test
        void carriesOverTheWeekend() {
            // high urgency resolution (8 h) for a request sent Friday 16:30: Friday 30 min, Monday 9:00-10:00
            SlaStatus status = cut.status(at("2026-01-16T16:30"), SlaTargets.defaults().forUrgency(Urgency.HIGH).resolution(),
                    List.of(), at("2026-01-19T10:00"));
            assertEquals(minutes(90), status.consumed());
            assertEquals(at("2026-01-19T16:30"), status.due());
            assertFalse(status.overdue());
        }

        @Test
        void startsAtTheNextOpeningWhenCreatedOnASaturday() {
            SlaStatus status = cut.status(at("2026-01-17T11:00"), hours(2), List.of(), at("2026-01-17T20:00"));
            assertEquals(new SlaStatus(hours(2), Duration.ZERO, at("2026-01-19T11:00"), false, false), status);
        }

        @Test
        void isOverdueOnceTheDueTimeHasPassed() {
            SlaStatus status = cut.status(at("2026-01-20T10:00"), hours(2), List.of(), at("2026-01-20T15:00"));
            assertEquals(new SlaStatus(hours(2), hours(5), at("2026-01-20T12:00"), false, true), status);
            assertEquals(Duration.ZERO, status.remaining());
        }

        @Test
        void isOverdueOverTheWeekendEvenThoughNoBusinessTimePasses() {
            // due Friday at closing; on Saturday exactly the target is consumed, but the deadline is behind us
            SlaStatus status = cut.status(at("2026-01-16T15:00"), hours(2), List.of(), at("2026-01-17T10:00"));
            assertEquals(new SlaStatus(hours(2), hours(2), at("2026-01-16T17:00"), false, true), status);
        }

        @Test
        void isNotOverdueAtTheDueInstantItself() {
            SlaStatus status = cut.status(at("2026-01-20T10:00"), hours(2), List.of(), at("2026-01-20T12:00"));
            assertFalse(status.overdue());
            assertEquals(Duration.ZERO, status.remaining());
        }

        @Test
        void judgesAStoppedClockAtTheInstantItStopped() {
            Instant created = at("2026-01-20T10:00");
            assertFalse(cut.status(created, hours(2), List.of(), at("2026-01-20T11:59")).overdue(), "answered in time");
            assertTrue(cut.status(created, hours(2), List.of(), at("2026-01-20T12:01")).overdue(), "answered late");
        }

        @Test
        void skipsTheEasterWeekend() {
            // normal urgency first response (8 h) from Thursday 2 April 2026 15:00: 2 h Thursday, 6 h Tuesday
            SlaStatus status = cut.status(at("2026-04-02T15:00"), hours(8), List.of(), at("2026-04-06T12:00"));
            assertEquals(hours(2), status.consumed());
            assertEquals(at("2026-04-07T15:00"), status.due());
        }

        @Test
        void runsAcrossTheSpringChange() {
            // created Friday 6 March 2026 16:00 EST (21:00Z), 2 h -> Monday 9 March 10:00 EDT (14:00Z)
            SlaStatus status = cut.status(Instant.parse("2026-03-06T21:00:00Z"), hours(2), List.of(),
                    Instant.parse("2026-03-09T13:30:00Z"));
            assertEquals(minutes(90), status.consumed());
            assertEquals(Instant.parse("2026-03-09T14:00:00Z"), status.due());
        }

        @Test
        void runsAcrossTheFallChange() {
            // created Friday 30 October 2026 16:00 EDT (20:00Z), 2 h -> Monday 2 November 10:00 EST (15:00Z)
            SlaStatus status = cut.status(Instant.parse("2026-10-30T20:00:00Z"), hours(2), List.of(),
                    Instant.parse("2026-11-02T16:00:00Z"));
            assertEquals(hours(3), status.consumed());
            assertEquals(Instant.parse("2026-11-02T15:00:00Z"), status.due());
            assertTrue(status.overdue());
        }
    }

    @Nested
    class Paused {

        @Test
        void extendsTheDueTimeByThePausedBusinessTime() {
            // 8 h from Tuesday 9:00 would be due Tuesday 17:00; waiting 11:00-14:00 moves it 3 h later
            SlaStatus status = cut.status(at("2026-01-20T09:00"), hours(8),
                    List.of(Pause.between(at("2026-01-20T11:00"), at("2026-01-20T14:00"))), at("2026-01-21T10:00"));
            assertEquals(new SlaStatus(hours(8), hours(6), at("2026-01-21T12:00"), false, false), status);
        }

        @Test
        void aPauseOverTheWeekendExtendsOnlyByTheBusinessHoursItCovered() {
            // 24 h from Thursday 15 January 10:00 would be due Tuesday 20 10:00; waiting from Friday 16:00 to
            // Monday 10:00 covers 2 business hours, not 66 hours
            SlaStatus status = cut.status(at("2026-01-15T10:00"), hours(24),
                    List.of(Pause.between(at("2026-01-16T16:00"), at("2026-01-19T10:00"))), at("2026-01-19T12:00"));
            assertEquals(hours(16), status.consumed());
            assertEquals(at("2026-01-20T12:00"), status.due());
            assertEquals(hours(8), status.remaining());
        }

        @Test
        void aPauseOutsideBusinessHoursChangesNothing() {
            SlaStatus withoutPause = cut.status(at("2026-01-15T10:00"), hours(24), List.of(), at("2026-01-19T12:00"));
            SlaStatus withWeekendPause = cut.status(at("2026-01-15T10:00"), hours(24),
                    List.of(Pause.between(at("2026-01-17T10:00"), at("2026-01-18T20:00"))), at("2026-01-19T12:00"));
            assertEquals(at("2026-01-20T10:00"), withoutPause.due());
            assertEquals(withoutPause, withWeekendPause);
        }

        @Test
        void hasNoDueTimeWhileWaitingOnTheMember() {
            SlaStatus status = cut.status(at("2026-01-20T09:00"), hours(8),
                    List.of(Pause.since(at("2026-01-20T11:00"))), at("2026-01-21T10:00"));
            assertEquals(new SlaStatus(hours(8), hours(2), null, true, false), status);
            assertEquals(hours(6), status.remaining());
        }

        @Test
        void resumesWithTheTimeThatWasLeft() {
            Instant created = at("2026-01-20T09:00");
            Pause waiting = Pause.since(at("2026-01-20T11:00"));
            assertNull(cut.status(created, hours(8), List.of(waiting), at("2026-01-22T09:30")).due());
            // the member answers Thursday 9:30: 6 h left -> Thursday 15:30
            Pause answered = Pause.between(waiting.start(), at("2026-01-22T09:30"));
            SlaStatus resumed = cut.status(created, hours(8), List.of(answered), at("2026-01-22T09:30"));
            assertEquals(new SlaStatus(hours(8), hours(2), at("2026-01-22T15:30"), false, false), resumed);
        }

        @Test
        void staysOverdueWhenPausedAfterTheDueTime() {
            SlaStatus status = cut.status(at("2026-01-20T09:00"), hours(2),
                    List.of(Pause.since(at("2026-01-20T14:00"))), at("2026-01-21T10:00"));
            assertEquals(new SlaStatus(hours(2), hours(5), at("2026-01-20T11:00"), true, true), status);
        }

        @Test
        void countsOverlappingPausesOnceWhateverTheirOrder() {
            // 11:00-14:00 Tuesday (overlapping records, one nested in another) and 9:00-10:00 Wednesday:
            // 4 business hours paused
            List<Pause> pauses = List.of(Pause.between(at("2026-01-21T09:00"), at("2026-01-21T10:00")),
                    Pause.between(at("2026-01-20T12:00"), at("2026-01-20T14:00")),
                    Pause.between(at("2026-01-20T11:00"), at("2026-01-20T13:00")),
                    Pause.between(at("2026-01-20T12:15"), at("2026-01-20T12:45")));
            SlaStatus status = cut.status(at("2026-01-20T09:00"), hours(8), pauses, at("2026-01-21T12:00"));
            assertEquals(hours(7), status.consumed());
            assertEquals(at("2026-01-21T13:00"), status.due());
        }

        @Test
        void ignoresThePartOfAPauseBeforeTheClockStarted() {
            SlaStatus status = cut.status(at("2026-01-20T09:00"), hours(2),
                    List.of(Pause.between(at("2026-01-19T15:00"), at("2026-01-20T10:00"))), at("2026-01-20T10:30"));
            // only 9:00-10:00 on Tuesday counts as paused: 2 h from 10:00
            assertEquals(minutes(30), status.consumed());
            assertEquals(at("2026-01-20T12:00"), status.due());
        }

        @Test
        void aPauseEndingExactlyNowHasResumed() {
            SlaStatus status = cut.status(at("2026-01-20T09:00"), hours(2),
                    List.of(Pause.between(at("2026-01-20T10:00"), at("2026-01-20T12:00"))), at("2026-01-20T12:00"));
            assertEquals(new SlaStatus(hours(2), hours(1), at("2026-01-20T13:00"), false, false), status);
        }

        @Test
        void aFinishedPauseStillRunningAtTheEvaluatedInstantCountsAsPaused() {
            // evaluating the past: on Tuesday 11:00 the request was waiting, though it has resumed since
            SlaStatus status = cut.status(at("2026-01-20T09:00"), hours(2),
                    List.of(Pause.between(at("2026-01-20T10:00"), at("2026-01-20T12:00"))), at("2026-01-20T11:00"));
            assertEquals(new SlaStatus(hours(2), hours(1), null, true, false), status);
        }

        @Test
        void pausesAcrossTheSpringChange() {
            // created Friday 6 March 2026 16:00 EST (21:00Z), waiting from 16:30 EST to Monday 9:30 EDT (13:30Z)
            SlaStatus status = cut.status(Instant.parse("2026-03-06T21:00:00Z"), hours(2),
                    List.of(Pause.between(Instant.parse("2026-03-06T21:30:00Z"), Instant.parse("2026-03-09T13:30:00Z"))),
                    Instant.parse("2026-03-09T14:00:00Z"));
            assertEquals(hours(1), status.consumed());
            assertEquals(Instant.parse("2026-03-09T15:00:00Z"), status.due());
        }
    }

    @Nested
    class EdgeCases {

        @Test
        void nowBeforeCreationConsumesNothing() {
            SlaStatus status = cut.status(at("2026-01-20T10:00"), hours(2), List.of(), at("2026-01-20T09:59"));
            assertEquals(new SlaStatus(hours(2), Duration.ZERO, at("2026-01-20T12:00"), false, false), status);
        }

        @Test
        void aZeroTargetIsDueWhenTheClockStarts() {
            SlaStatus status = cut.status(at("2026-01-17T11:00"), Duration.ZERO, List.of(), at("2026-01-19T09:00"));
            assertEquals(new SlaStatus(Duration.ZERO, Duration.ZERO, at("2026-01-19T09:00"), false, false), status);
            assertTrue(cut.status(at("2026-01-17T11:00"), Duration.ZERO, List.of(), at("2026-01-19T09:01")).overdue());
        }

        @Test
        void refusesANegativeTarget() {
            var error = assertThrows(IllegalArgumentException.class,
                    () -> cut.status(at("2026-01-20T10:00"), hours(-1), List.of(), at("2026-01-20T11:00")));
            assertEquals("an SLA target must not be negative: PT-1H", error.getMessage());
        }

        @Test
        void refusesTwoOngoingPauses() {
            var error = assertThrows(IllegalArgumentException.class, () -> cut.status(at("2026-01-20T10:00"), hours(2),
                    List.of(Pause.since(at("2026-01-20T10:30")), Pause.since(at("2026-01-20T11:00"))), at("2026-01-20T12:00")));
            assertEquals("at most one pause can be ongoing, got 2", error.getMessage());
        }

        @Test
        void refusesAPauseThatEndsBeforeItStarts() {
            var error = assertThrows(IllegalArgumentException.class,
                    () -> Pause.between(Instant.parse("2026-01-20T16:00:00Z"), Instant.parse("2026-01-20T15:00:00Z")));
            assertEquals("a pause cannot end (2026-01-20T15:00:00Z) before it starts (2026-01-20T16:00:00Z)", error.getMessage());
            assertThrows(NullPointerException.class, () -> Pause.between(Instant.parse("2026-01-20T16:00:00Z"), null));
        }

        @Test
        void namesMissingArguments() {
            var error = assertThrows(NullPointerException.class, () -> cut.status(at("2026-01-20T10:00"), hours(2), null,
                    at("2026-01-20T11:00")));
            assertEquals("pauses are required (may be empty)", error.getMessage());
            assertThrows(NullPointerException.class, () -> new SlaClock(null));
        }
    }
}
