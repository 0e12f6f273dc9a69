package org.passerelle.pool.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The holidays a Québec pool closes on: a configurable list of statutory holiday rules plus fixed
 * extra dates (the week between Christmas and New Year, a substitute day, a team retreat...).
 *
 * <p>Dates are computed from the rules on demand rather than stored per year, so the calendar is
 * right in any year without yearly maintenance.
 */
public record QuebecHolidays(Set<QuebecHoliday> rules, Set<LocalDate> extraDates) implements HolidayProvider {

    /** The default rule codes, in calendar order: the nine days most community employers give. */
    public static final String DEFAULT_CODES =
            "NEW_YEAR,GOOD_FRIDAY,EASTER_MONDAY,PATRIOTS,FETE_NATIONALE,CANADA_DAY,LABOUR,THANKSGIVING,CHRISTMAS";

    public QuebecHolidays {
        Objects.requireNonNull(rules, "holiday rules are required (may be empty)");
        Objects.requireNonNull(extraDates, "extra holiday dates are required (may be empty)");
        rules = rules.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rules));
        extraDates = Set.copyOf(extraDates);
    }

    /** All nine rules of {@link #DEFAULT_CODES}, no extra dates. */
    public static QuebecHolidays defaults() {
        return new QuebecHolidays(EnumSet.allOf(QuebecHoliday.class), Set.of());
    }

    /**
     * Reads the configuration form: comma-separated rule codes (case and spaces ignored) and
     * comma-separated ISO dates. A null or blank argument means none, so a pool can drop every rule
     * explicitly; callers that want the defaults pass {@link #DEFAULT_CODES}.
     *
     * @throws IllegalArgumentException naming the first unknown code or unreadable date
     */
    public static QuebecHolidays parse(String codes, String extraDates) {
        return new QuebecHolidays(parseCodes(codes), parseDates(extraDates));
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        if (extraDates.contains(date)) {
            return true;
        }
        int year = date.getYear();
        // the calendar date stays a holiday when it is moved off a Sunday: a pool open on Sundays closes both days
        return rules.stream().anyMatch(rule -> rule.dateIn(year).equals(date) || rule.observedIn(year).equals(date));
    }

    /** The days off in that year (observed dates and extra dates), sorted; for display and checks. */
    public SortedSet<LocalDate> datesIn(int year) {
        SortedSet<LocalDate> dates = new TreeSet<>();
        for (QuebecHoliday rule : rules) {
            dates.add(rule.dateIn(year));
            dates.add(rule.observedIn(year));
        }
        extraDates.stream().filter(date -> date.getYear() == year).forEach(dates::add);
        return dates;
    }

    private static Set<QuebecHoliday> parseCodes(String codes) {
        Set<QuebecHoliday> rules = EnumSet.noneOf(QuebecHoliday.class);
        for (String token : tokens(codes)) {
            try {
                rules.add(QuebecHoliday.valueOf(token.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("unknown holiday code '" + token + "'; known codes: "
                        + Arrays.stream(QuebecHoliday.values()).map(Enum::name).collect(Collectors.joining(",")));
            }
        }
        return rules;
    }

    private static Set<LocalDate> parseDates(String dates) {
        Set<LocalDate> parsed = new HashSet<>();
        for (String token : tokens(dates)) {
            try {
                parsed.add(LocalDate.parse(token));
            } catch (DateTimeParseException unreadable) {
                throw new IllegalArgumentException("invalid extra holiday date '" + token + "'; expected yyyy-MM-dd, e.g. 2026-12-26");
            }
        }
        return parsed;
    }

    /** Empty tokens are skipped so that a trailing comma in a configuration file is harmless. */
    private static String[] tokens(String list) {
        if (list == null || list.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(list.split(",")).map(String::trim).filter(token -> !token.isEmpty()).toArray(String[]::new);
    }
}
