package org.passerelle.pool.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.passerelle.pool.entity.SupportPool;

/**
 * When a pool is on duty: working days from {@code opens} to {@code closes}, local wall-clock time
 * in {@code zone}, except holidays. Every SLA and overflow delay is counted on this calendar so
 * that staff are never "late" at night, on weekends or on a jour férié.
 *
 * <p>Business time is real elapsed time inside those windows. Because hours are wall-clock, a
 * 9:00–17:00 day is eight hours also on the days daylight saving time changes; only a window that
 * contains the change itself (e.g. 0:00–6:00) is an hour shorter or longer, as the staff on duty
 * really worked. A wall-clock time skipped by the spring change counts from the first valid
 * time after it; a time repeated in the fall is taken at its first occurrence.
 *
 * <p>Computations walk day by day, not minute by minute, so spans of months stay cheap.
 */
public record BusinessCalendar(ZoneId zone, Set<DayOfWeek> workingDays, LocalTime opens, LocalTime closes,
        HolidayProvider holidays) {

    /**
     * How many consecutive closed days {@link #addBusinessTime} and {@link #nextOpening} accept
     * before concluding the calendar never opens (e.g. a holiday list covering every working day),
     * which would otherwise loop forever.
     */
    private static final int SEARCH_LIMIT_DAYS = 3 * 366;

    public BusinessCalendar {
        Objects.requireNonNull(zone, "a business calendar needs a time zone");
        Objects.requireNonNull(workingDays, "a business calendar needs working days");
        Objects.requireNonNull(opens, "a business calendar needs an opening time");
        Objects.requireNonNull(closes, "a business calendar needs a closing time");
        Objects.requireNonNull(holidays, "a business calendar needs a holiday provider (HolidayProvider.none() for none)");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one working day");
        }
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("opening time " + opens + " must be before closing time " + closes
                    + " (hours spanning midnight are not supported)");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
    }

    /** The calendar of a pool as configured on its entity, with the holidays it observes. */
    public static BusinessCalendar forPool(SupportPool pool, HolidayProvider holidays) {
        return new BusinessCalendar(pool.getTimeZone(), pool.getBusinessDays(), pool.getOpensAt(), pool.getClosesAt(),
                holidays);
    }

    /** Whether the pool is on duty at that instant (opening time included, closing time excluded). */
    public boolean isOpen(Instant instant) {
        return window(localDate(instant)).filter(window -> window.contains(instant)).isPresent();
    }

    /** The earliest instant at or after {@code instant} when the pool is open: the instant itself if open. */
    public Instant nextOpening(Instant instant) {
        return addBusinessTime(instant, Duration.ZERO);
    }

    /**
     * The instant at which {@code businessTime} of business time has elapsed since {@code start}: a
     * due time. Outside hours the count starts at the next opening. A target reached exactly at
     * closing time gives the closing time, not the next morning. Zero gives {@link #nextOpening}.
     *
     * @throws IllegalArgumentException if {@code businessTime} is negative
     * @throws IllegalStateException if the calendar has no open day in about three years
     */
    public Instant addBusinessTime(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start is required");
        Objects.requireNonNull(businessTime, "business time is required");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative: " + businessTime);
        }
        Duration left = businessTime;
        Window window = nextWindow(localDate(start));
        while (true) {
            Instant from = start.isAfter(window.start()) ? start : window.start();
            if (from.isBefore(window.end())) {
                Duration available = Duration.between(from, window.end());
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
            window = nextWindow(window.date().plusDays(1));
        }
    }

    /** Business time elapsed from {@code from} (inclusive) to {@code to} (exclusive); zero if {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            Optional<Window> window = window(date);
            if (window.isPresent()) {
                total = total.plus(window.get().overlap(from, to));
            }
        }
        return total;
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private Window nextWindow(LocalDate date) {
        for (int day = 0; day < SEARCH_LIMIT_DAYS; day++) {
            Optional<Window> window = window(date.plusDays(day));
            if (window.isPresent()) {
                return window.get();
            }
        }
        throw new IllegalStateException("business calendar never opens in the " + SEARCH_LIMIT_DAYS
                + " days from " + date + ": do the holidays cover every working day?");
    }

    private Optional<Window> window(LocalDate date) {
        if (!workingDays.contains(date.getDayOfWeek()) || holidays.isHoliday(date)) {
            return Optional.empty();
        }
        // ZonedDateTime.of moves a time in the spring gap forward and takes the earlier offset in the fall overlap
        return Optional.of(new Window(date, ZonedDateTime.of(date, opens, zone).toInstant(),
                ZonedDateTime.of(date, closes, zone).toInstant()));
    }

    /** The open hours of one day, as instants. */
    private record Window(LocalDate date, Instant start, Instant end) {

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }

        Duration overlap(Instant from, Instant to) {
            Instant begin = from.isAfter(start) ? from : start;
            Instant finish = to.isBefore(end) ? to : end;
            return finish.isAfter(begin) ? Duration.between(begin, finish) : Duration.ZERO;
        }
    }
}
