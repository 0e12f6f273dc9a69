package org.passerelle.pool.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Tells a {@link BusinessCalendar} which days the pool is closed although they are working days.
 * An interface because there are two ways to know: Québec rules ({@link QuebecHolidays}) and a
 * plain list of dates.
 */
@FunctionalInterface
public interface HolidayProvider {

    boolean isHoliday(LocalDate date);

    /** A calendar without holidays, e.g. for a pool that works on statutory holidays. */
    static HolidayProvider none() {
        return date -> false;
    }

    /** A fixed list of dates, for tests and for pools outside Québec rules. */
    static HolidayProvider of(Set<LocalDate> dates) {
        Set<LocalDate> copy = Set.copyOf(Objects.requireNonNull(dates, "holiday dates are required"));
        return copy::contains;
    }
}
