package org.passerelle.ticket.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.enterprise.context.ApplicationScoped;
import org.passerelle.pool.control.BusinessCalendar;
import org.passerelle.pool.control.Pause;
import org.passerelle.pool.control.QuebecHolidays;
import org.passerelle.pool.control.SlaClock;
import org.passerelle.pool.control.SlaStatus;
import org.passerelle.pool.control.SlaTarget;
import org.passerelle.pool.control.SlaTargets;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketEvent;

/**
 * Keeps a request's due times in step with its pool's promises: counted in the pool's business
 * hours, paused while the request waits on the member, cleared once it is resolved. The due times
 * are stored so that the queue can sort and filter on them without computing anything.
 */
@ApplicationScoped
public class SlaSchedule {

    public void reschedule(Ticket ticket, Instant now) {
        SupportPool pool = ticket.getPool();
        if (pool == null || ticket.getStatus() == Status.RESOLVED || ticket.getStatus() == Status.CLOSED) {
            ticket.scheduleDueTimes(null, null);
            return;
        }
        SlaClock clock = new SlaClock(calendarOf(pool));
        SlaTarget target = pool.targetFor(ticket.getUrgency())
                .map(t -> new SlaTarget(t.getFirstResponse(), t.getResolution()))
                .orElseGet(() -> SlaTargets.defaults().forUrgency(ticket.getUrgency()));
        List<Pause> pauses = pausesOf(ticket);
        Instant firstResponseDue = ticket.getFirstResponseAt() != null ? null
                : clock.status(ticket.getCreatedAt(), target.firstResponse(), pauses, now).due();
        SlaStatus resolution = clock.status(ticket.getCreatedAt(), target.resolution(), pauses, now);
        ticket.scheduleDueTimes(firstResponseDue, resolution.paused() ? null : resolution.due());
    }

    static BusinessCalendar calendarOf(SupportPool pool) {
        List<String> tokens = Arrays.stream(pool.getHolidays().split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        String dates = tokens.stream().filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2}")).collect(Collectors.joining(","));
        String codes = tokens.stream().filter(t -> !t.matches("\\d{4}-\\d{2}-\\d{2}")).collect(Collectors.joining(","));
        return BusinessCalendar.forPool(pool, QuebecHolidays.parse(codes, dates));
    }

    /** The stretches the request spent waiting on the member, read from its history. */
    static List<Pause> pausesOf(Ticket ticket) {
        List<Pause> pauses = new ArrayList<>();
        Instant pausedSince = null;
        for (TicketEvent event : ticket.getEvents()) {
            if (!Ticket.FIELD_STATUS.equals(event.getField())) {
                continue;
            }
            boolean intoWaiting = Status.WAITING_ON_MEMBER.name().equals(event.getNewValue());
            if (intoWaiting && pausedSince == null) {
                pausedSince = event.getAt();
            } else if (!intoWaiting && pausedSince != null) {
                pauses.add(Pause.between(pausedSince, event.getAt()));
                pausedSince = null;
            }
        }
        if (pausedSince != null) {
            pauses.add(Pause.since(pausedSince));
        }
        return pauses;
    }
}
