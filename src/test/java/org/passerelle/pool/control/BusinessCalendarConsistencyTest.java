package org.passerelle.pool.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the day-by-day arithmetic against a naive minute-by-minute count over weeks that contain
 * a weekend, a holiday and a daylight-saving change, for random (but seeded, so reproducible)
 * intervals. Catches off-by-one-day and offset mistakes the hand-picked cases might miss.
 */
class BusinessCalendarConsistencyTest {
    static final ZoneId MONTREAL = ZoneId.of("America/Montreal");

    static Stream<Arguments> calendarsAndWeeks() {
        BusinessCalendar office = new BusinessCalendar(MONTREAL, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0), QuebecHolidays.defaults());
        BusinessCalendar nightShift = new BusinessCalendar(MONTREAL, EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(0, 30), LocalTime.of(5, 45), QuebecHolidays.defaults());
        return Stream.of("2026-03-02T00:00", "2026-10-26T00:00", "2026-03-30T00:00", "2026-12-21T00:00")
                .flatMap(monday -> Stream.of(Arguments.of(office, monday), Arguments.of(nightShift, monday)));
    }

    @ParameterizedTest
    @MethodSource("calendarsAndWeeks")
    void agreesWithAMinuteByMinuteCount(BusinessCalendar cut, String monday) {
        Instant origin = LocalDateTime.parse(monday).atZone(MONTREAL).toInstant();
        int minutes = 14 * 24 * 60;
        int[] openBefore = new int[minutes + 1];
        for (int m = 0; m < minutes; m++) {
            openBefore[m + 1] = openBefore[m] + (cut.isOpen(origin.plusSeconds(60L * m)) ? 1 : 0);
        }
        Random random = new Random(20260308L);
        for (int i = 0; i < 400; i++) {
            int a = random.nextInt(minutes);
            int b = random.nextInt(minutes);
            int from = Math.min(a, b);
            int to = Math.max(a, b);
            Instant start = origin.plusSeconds(60L * from);
            Duration expected = Duration.ofMinutes(openBefore[to] - openBefore[from]);
            assertEquals(expected, cut.businessTimeBetween(start, origin.plusSeconds(60L * to)), "from minute " + from + " to " + to);
            if (!expected.isZero()) {
                Instant due = cut.addBusinessTime(start, expected);
                assertEquals(expected, cut.businessTimeBetween(start, due), "round trip from minute " + from);
                assertTrue(cut.businessTimeBetween(start, due.minusSeconds(60)).compareTo(expected) < 0,
                        "the due time is the earliest one, from minute " + from);
                assertTrue(!due.isAfter(origin.plusSeconds(60L * to)), "due by minute " + to);
            }
        }
    }
}
