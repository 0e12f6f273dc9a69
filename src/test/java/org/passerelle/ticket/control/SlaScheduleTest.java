package org.passerelle.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.pool.entity.ResponseTarget;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.Urgency;

class SlaScheduleTest {
    private static final ZoneId MONTREAL = ZoneId.of("America/Montreal");
    private final SlaSchedule schedule = new SlaSchedule();
    private final Member julie = new Member("membre", "Julie", "j@example.org", null, EnumSet.of(Role.MEMBER));
    private final Member marc = new Member("agent", "Marc", "m@example.org", null, EnumSet.of(Role.AGENT));

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(MONTREAL).toInstant();
    }

    private Ticket highUrgencyFridayAfternoon(SupportPool pool) {
        Ticket ticket = new Ticket("PAS-1", julie, Category.AUTRE, Urgency.HIGH, "s", "b", local("2026-11-20T16:00"));
        ticket.routeTo(pool);
        return ticket;
    }

    @Test
    void dueTimesCountOnlyBusinessHoursAndPauseWhileWaitingOnTheMember() {
        Ticket ticket = highUrgencyFridayAfternoon(new SupportPool("Équipe", true));
        schedule.reschedule(ticket, local("2026-11-20T16:00"));
        assertEquals(local("2026-11-23T10:00"), ticket.getFirstResponseDueAt(), "2 h: 1 on Friday, 1 on Monday");
        assertEquals(local("2026-11-23T16:00"), ticket.getResolutionDueAt(), "8 h");

        ticket.moveTo(Status.WAITING_ON_MEMBER, marc, local("2026-11-23T10:00"));
        schedule.reschedule(ticket, local("2026-11-23T10:00"));
        assertNull(ticket.getResolutionDueAt(), "paused");

        ticket.moveTo(Status.OPEN, julie, local("2026-11-24T10:00"));
        schedule.reschedule(ticket, local("2026-11-24T10:00"));
        assertEquals(local("2026-11-24T16:00"), ticket.getResolutionDueAt(), "6 h left after the pause");

        ticket.moveTo(Status.RESOLVED, marc, local("2026-11-24T11:00"));
        schedule.reschedule(ticket, local("2026-11-24T11:00"));
        assertNull(ticket.getResolutionDueAt());
        assertNull(ticket.getFirstResponseDueAt());
    }

    @Test
    void aPoolsOwnTargetsAndHolidaysApply() {
        SupportPool pool = new SupportPool("Équipe", true);
        pool.setTarget(new ResponseTarget(Urgency.HIGH, Duration.ofHours(1), Duration.ofHours(9)));
        pool.setHolidays("2026-11-23");
        Ticket ticket = highUrgencyFridayAfternoon(pool);
        schedule.reschedule(ticket, local("2026-11-20T16:00"));
        assertEquals(local("2026-11-20T17:00"), ticket.getFirstResponseDueAt());
        assertEquals(local("2026-11-24T17:00"), ticket.getResolutionDueAt(), "Monday is a holiday here: 1 h Friday, 8 h Tuesday");
    }

    @Test
    void aRequestWithoutAPoolHasNoDueTime() {
        Ticket ticket = new Ticket("PAS-2", julie, Category.AUTRE, Urgency.LOW, "s", "b", Instant.EPOCH);
        schedule.reschedule(ticket, Instant.EPOCH);
        assertNull(ticket.getResolutionDueAt());
    }
}
