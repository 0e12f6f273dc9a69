package org.passerelle.pool.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuebecHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2024,2024-03-31", "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28",
            "2019,2019-04-21", "2000,2000-04-23", "2008,2008-03-23", "2038,2038-04-25", "2285,2285-03-22"})
    void computesEasterSundayIncludingTheEarliestAndLatestPossibleDates(int year, LocalDate easter) {
        assertEquals(easter, QuebecHoliday.easterSunday(year));
    }

    @Test
    void listsTheNineDefaultHolidaysOf2026() {
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 18), LocalDate.of(2026, 6, 24), LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 25)),
                List.copyOf(QuebecHolidays.defaults().datesIn(2026)));
    }

    @Test
    void computesMovableHolidaysFromTheirRules() {
        assertEquals(LocalDate.of(2025, 4, 18), QuebecHoliday.GOOD_FRIDAY.dateIn(2025));
        assertEquals(LocalDate.of(2025, 4, 21), QuebecHoliday.EASTER_MONDAY.dateIn(2025));
        assertEquals(LocalDate.of(2025, 5, 19), QuebecHoliday.PATRIOTS.dateIn(2025));
        assertEquals(LocalDate.of(2026, 5, 18), QuebecHoliday.PATRIOTS.dateIn(2026));
        assertEquals(LocalDate.of(2026, 9, 7), QuebecHoliday.LABOUR.dateIn(2026));
        assertEquals(LocalDate.of(2025, 9, 1), QuebecHoliday.LABOUR.dateIn(2025));
        assertEquals(LocalDate.of(2026, 10, 12), QuebecHoliday.THANKSGIVING.dateIn(2026));
        assertEquals(LocalDate.of(2025, 10, 13), QuebecHoliday.THANKSGIVING.dateIn(2025));
    }

    @Test
    void patriotsDayIsTheTwentyFourthWhenThatIsAMonday() {
        // 25 May 2027 is a Tuesday: the Monday preceding it is the 24th, not the 17th
        assertEquals(LocalDate.of(2027, 5, 24), QuebecHoliday.PATRIOTS.dateIn(2027));
    }

    @Test
    void feteNationaleAndCanadaDayMoveToMondayWhenTheyFallOnSunday() {
        // in 2018 both 24 June and 1 July were Sundays
        assertEquals(LocalDate.of(2018, 6, 25), QuebecHoliday.FETE_NATIONALE.observedIn(2018));
        assertEquals(LocalDate.of(2018, 7, 2), QuebecHoliday.CANADA_DAY.observedIn(2018));
        QuebecHolidays holidays = QuebecHolidays.defaults();
        assertTrue(holidays.isHoliday(LocalDate.of(2018, 6, 25)));
        assertTrue(holidays.isHoliday(LocalDate.of(2018, 7, 2)));
        assertTrue(holidays.isHoliday(LocalDate.of(2018, 7, 1)), "the Sunday itself stays a holiday for pools open on Sundays");
        assertFalse(holidays.isHoliday(LocalDate.of(2026, 7, 2)), "no move when 1 July is a weekday");
        assertFalse(holidays.isHoliday(LocalDate.of(2026, 6, 25)));
    }

    @Test
    void otherHolidaysAreNotMovedOffTheWeekend() {
        // Christmas 2027 is a Saturday: the law does not move it, a pool lists a substitute as an extra date
        QuebecHolidays holidays = QuebecHolidays.defaults();
        assertEquals(LocalDate.of(2027, 12, 25), QuebecHoliday.CHRISTMAS.observedIn(2027));
        assertFalse(holidays.isHoliday(LocalDate.of(2027, 12, 27)));
    }

    @Test
    void parsesConfiguredCodesAndExtraDates() {
        QuebecHolidays holidays = QuebecHolidays.parse(" new_year , CHRISTMAS,", "2026-12-26, 2026-12-31");
        assertEquals(EnumSet.of(QuebecHoliday.NEW_YEAR, QuebecHoliday.CHRISTMAS), holidays.rules());
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26),
                LocalDate.of(2026, 12, 31)), List.copyOf(holidays.datesIn(2026)));
        assertFalse(holidays.isHoliday(LocalDate.of(2026, 4, 3)), "Good Friday was not configured");
        assertTrue(holidays.isHoliday(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void defaultCodesParseToTheDefaults() {
        assertEquals(QuebecHolidays.defaults(), QuebecHolidays.parse(QuebecHolidays.DEFAULT_CODES, null));
    }

    @Test
    void blankConfigurationMeansNoHolidays() {
        QuebecHolidays holidays = QuebecHolidays.parse("  ", null);
        assertEquals(Set.of(), holidays.rules());
        assertTrue(holidays.datesIn(2026).isEmpty());
        assertFalse(holidays.isHoliday(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void namesTheUnknownCode() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> QuebecHolidays.parse("NEW_YEAR,BOXING_DAY,CHRISTMAS", ""));
        assertTrue(error.getMessage().startsWith("unknown holiday code 'BOXING_DAY'"), error.getMessage());
        assertTrue(error.getMessage().contains("EASTER_MONDAY"), "lists the known codes: " + error.getMessage());
    }

    @Test
    void namesTheUnreadableDate() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> QuebecHolidays.parse("NEW_YEAR", "2026-12-26,2026-13-01"));
        assertEquals("invalid extra holiday date '2026-13-01'; expected yyyy-MM-dd, e.g. 2026-12-26", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuebecHolidays.parse("", "26/12/2026"));
    }

    @Test
    void isImmutable() {
        QuebecHolidays holidays = QuebecHolidays.defaults();
        assertThrows(UnsupportedOperationException.class, () -> holidays.rules().clear());
        assertThrows(UnsupportedOperationException.class, () -> holidays.extraDates().add(LocalDate.of(2026, 1, 2)));
    }

    @Test
    void fixedListProviderKnowsOnlyItsDates() {
        HolidayProvider provider = HolidayProvider.of(Set.of(LocalDate.of(2026, 3, 2)));
        assertTrue(provider.isHoliday(LocalDate.of(2026, 3, 2)));
        assertFalse(provider.isHoliday(LocalDate.of(2026, 3, 3)));
        assertFalse(HolidayProvider.none().isHoliday(LocalDate.of(2026, 12, 25)));
    }
}
