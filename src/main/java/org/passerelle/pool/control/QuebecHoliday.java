package org.passerelle.pool.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * One Québec statutory holiday (jour férié), as a rule that gives its date in any year. The
 * constant names are the codes used in configuration.
 *
 * <p>Only the Fête nationale and Canada Day move when they fall on a Sunday: the Loi sur la fête
 * nationale and the Loi sur les normes du travail name 25 June and 2 July as the days off. The
 * other holidays are not moved by law; a pool that closes on a substitute day lists it as an
 * extra date in {@link QuebecHolidays}.
 */
public enum QuebecHoliday {
    /** Jour de l'An. */
    NEW_YEAR,
    /** Vendredi saint. */
    GOOD_FRIDAY,
    /** Lundi de Pâques: the law lets employers choose it instead of Good Friday; many give both. */
    EASTER_MONDAY,
    /** Journée nationale des patriotes: the Monday before 25 May. */
    PATRIOTS,
    /** Fête nationale du Québec, 24 June (25 June when the 24th is a Sunday). */
    FETE_NATIONALE,
    /** Fête du Canada, 1 July (2 July when the 1st is a Sunday). */
    CANADA_DAY,
    /** Fête du Travail: first Monday of September. */
    LABOUR,
    /** Action de grâce: second Monday of October. */
    THANKSGIVING,
    /** Noël. */
    CHRISTMAS;

    /** The calendar date of the holiday in that year, before any move for a Sunday. */
    public LocalDate dateIn(int year) {
        return switch (this) {
            case NEW_YEAR -> LocalDate.of(year, Month.JANUARY, 1);
            case GOOD_FRIDAY -> easterSunday(year).minusDays(2);
            case EASTER_MONDAY -> easterSunday(year).plusDays(1);
            // "the Monday preceding 25 May" may be 24 May itself, hence previousOrSame from the 24th
            case PATRIOTS -> LocalDate.of(year, Month.MAY, 24).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case FETE_NATIONALE -> LocalDate.of(year, Month.JUNE, 24);
            case CANADA_DAY -> LocalDate.of(year, Month.JULY, 1);
            case LABOUR -> LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case THANKSGIVING -> LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
            case CHRISTMAS -> MonthDay.of(Month.DECEMBER, 25).atYear(year);
        };
    }

    /** The day off in that year: {@link #dateIn(int)}, or the Monday after for the two Sunday rules. */
    public LocalDate observedIn(int year) {
        LocalDate date = dateIn(year);
        boolean movesOffSunday = this == FETE_NATIONALE || this == CANADA_DAY;
        return movesOffSunday && date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
    }

    /** Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
