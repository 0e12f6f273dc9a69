package org.passerelle.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;

class StatusTest {

    @Test
    void aClosedRequestCannotMove() {
        assertTrue(Status.CLOSED.next().isEmpty());
        assertFalse(Status.RESOLVED.canMoveTo(Status.NEW));
    }

    @Test
    void aMembersReplyReopensAResolvedRequest() {
        Member member = new Member("membre", "Julie Tremblay", "j@example.org", null, EnumSet.of(Role.MEMBER));
        Ticket ticket = new Ticket("PAS-1001", member, Category.AUTRE, Urgency.NORMAL, "s", "b", Instant.EPOCH);
        ticket.moveTo(Status.RESOLVED, Instant.EPOCH.plusSeconds(60));
        ticket.post(member, Visibility.PUBLIC, "Ça ne marche plus", Instant.EPOCH.plusSeconds(120));
        assertEquals(Status.OPEN, ticket.getStatus());
        assertEquals(null, ticket.getResolvedAt());
    }

    @Test
    void illegalTransitionsAreRefused() {
        Member member = new Member("membre", "Julie Tremblay", "j@example.org", null, EnumSet.of(Role.MEMBER));
        Ticket ticket = new Ticket("PAS-1002", member, Category.AUTRE, Urgency.NORMAL, "s", "b", Instant.EPOCH);
        ticket.moveTo(Status.CLOSED, Instant.EPOCH);
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> ticket.moveTo(Status.OPEN, Instant.EPOCH));
        assertEquals(Status.CLOSED, e.getFrom());
    }

    @Test
    void internalNotesAreNotPublic() {
        Member member = new Member("membre", "Julie Tremblay", "j@example.org", null, EnumSet.of(Role.MEMBER));
        Member agent = new Member("agent", "Marc", "m@example.org", null, EnumSet.of(Role.AGENT));
        Ticket ticket = new Ticket("PAS-1003", member, Category.AUTRE, Urgency.NORMAL, "s", "b", Instant.EPOCH);
        ticket.post(agent, Visibility.INTERNAL, "secret", Instant.EPOCH);
        ticket.post(agent, Visibility.PUBLIC, "réponse", Instant.EPOCH);
        assertEquals(1, ticket.getPublicMessages().size());
        assertEquals("réponse", ticket.getPublicMessages().get(0).getBody());
    }
}
