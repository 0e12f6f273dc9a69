package org.passerelle.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;

class TicketHistoryTest {
    private final Member julie = new Member("membre", "Julie Tremblay", "j@example.org", null, EnumSet.of(Role.MEMBER));
    private final Member marc = new Member("agent", "Marc Bouchard", "m@example.org", null, EnumSet.of(Role.AGENT));
    private final Member sophie = new Member("pair", "Sophie Gagnon", "s@example.org", null,
            EnumSet.of(Role.MEMBER, Role.PEER_HELPER));

    private Ticket ticket(String number) {
        return new Ticket(number, julie, Category.AUTRE, Urgency.NORMAL, "sujet", "texte", Instant.EPOCH);
    }

    private static List<String> lines(Ticket ticket) {
        return ticket.getEvents().stream().map(e -> e.getField() + ":" + e.getOldValue() + "->" + e.getNewValue())
                .toList();
    }

    @Test
    void changesAreRecordedOnceWithOldAndNewValues() {
        Ticket ticket = ticket("PAS-1");
        ticket.assignTo(marc, marc, Instant.EPOCH);
        ticket.changeUrgency(Urgency.HIGH, marc, Instant.EPOCH);
        ticket.changeUrgency(Urgency.HIGH, marc, Instant.EPOCH);
        ticket.retag(Set.of("zoom", "aga"), marc, Instant.EPOCH);
        ticket.retag(Set.of("aga", "zoom"), marc, Instant.EPOCH);
        assertEquals(List.of("created:null->PAS-1", "assignee:null->Marc Bouchard", "status:NEW->OPEN",
                "urgency:NORMAL->HIGH", "tags:->aga, zoom"), lines(ticket));
    }

    @Test
    void anInvitedPeerHelpersReplyDoesNotReopenButTheRequestersDoes() {
        Ticket ticket = ticket("PAS-2");
        ticket.invite(sophie, marc, Instant.EPOCH);
        ticket.moveTo(Status.WAITING_ON_MEMBER, marc, Instant.EPOCH);
        ticket.post(sophie, Visibility.PUBLIC, "Astuce de pair", Instant.EPOCH);
        assertEquals(Status.WAITING_ON_MEMBER, ticket.getStatus());
        ticket.post(julie, Visibility.PUBLIC, "Merci", Instant.EPOCH);
        assertEquals(Status.OPEN, ticket.getStatus());
    }

    @Test
    void mergingMovesTheConversationAndClosesTheDuplicate() {
        Ticket survivor = ticket("PAS-3");
        Ticket duplicate = ticket("PAS-4");
        duplicate.post(julie, Visibility.PUBLIC, "précision", Instant.EPOCH.plusSeconds(5));
        duplicate.mergeInto(survivor, marc, Instant.EPOCH.plusSeconds(10));
        assertEquals(Status.CLOSED, duplicate.getStatus());
        assertTrue(duplicate.getMessages().isEmpty());
        assertEquals("précision", survivor.getMessages().get(0).getBody());
        assertEquals(survivor, survivor.getMessages().get(0).getTicket());
        assertThrows(IllegalStateException.class, () -> survivor.mergeInto(duplicate, marc, Instant.EPOCH));
    }

    @Test
    void theHelpIsRatedOnceAndOnlyWhenResolved() {
        Ticket ticket = ticket("PAS-5");
        assertThrows(IllegalStateException.class, () -> ticket.rate(5, null, julie, Instant.EPOCH));
        ticket.moveTo(Status.RESOLVED, marc, Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> ticket.rate(0, null, julie, Instant.EPOCH));
        ticket.rate(5, "merci", julie, Instant.EPOCH);
        assertThrows(IllegalStateException.class, () -> ticket.rate(4, null, julie, Instant.EPOCH));
        assertEquals(5, ticket.getRating());
    }
}
