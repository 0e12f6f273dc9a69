package org.passerelle.ticket.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;

class TicketAnonymisationTest {
    private final Member julie = new Member("membre", "Julie Tremblay", "j@example.org", null, EnumSet.of(Role.MEMBER));
    private final Member marc = new Member("agent", "Marc Bouchard", "m@example.org", null, EnumSet.of(Role.AGENT));
    private final Instant later = Instant.EPOCH.plusSeconds(3600);

    private Ticket closedRequest() {
        Ticket ticket = new Ticket("PAS-9", julie, Category.AUTRE, Urgency.NORMAL, "Zoom de Julie", "Mon texte",
                Instant.EPOCH);
        ticket.contactBy(PreferredContact.PHONE, "418 555-0199");
        ticket.post(julie, Visibility.PUBLIC, "Ma réponse", Instant.EPOCH.plusSeconds(1));
        ticket.post(marc, Visibility.PUBLIC, "La réponse de l'agent", Instant.EPOCH.plusSeconds(2));
        ticket.post(null, Visibility.PUBLIC, "Avis de Passerelle", Instant.EPOCH.plusSeconds(3));
        ticket.moveTo(Status.RESOLVED, marc, Instant.EPOCH.plusSeconds(4));
        ticket.rate(4, "Merci Marc", julie, Instant.EPOCH.plusSeconds(5));
        ticket.moveTo(Status.CLOSED, Instant.EPOCH.plusSeconds(6));
        return ticket;
    }

    @Test
    void theRequesterIsGoneAndEveryTextRewrittenButTheCountedFieldsStay() {
        Ticket ticket = closedRequest();
        ticket.anonymise(later, s -> "[sujet]", s -> "[texte]");
        assertNull(ticket.getRequester());
        assertNull(ticket.getContactPhone());
        assertEquals("[sujet]", ticket.getSubject());
        assertEquals("[texte]", ticket.getBody());
        assertEquals("[texte]", ticket.getRatingComment());
        assertEquals(4, ticket.getRating());
        assertEquals(Status.CLOSED, ticket.getStatus());
        assertEquals(Category.AUTRE, ticket.getCategory());
        assertEquals(3, ticket.getMessages().size());
        assertTrue(ticket.getMessages().stream().allMatch(m -> m.getBody().equals("[texte]")));
        TicketMessage fromJulie = ticket.getMessages().get(0);
        assertNull(fromJulie.getAuthor());
        assertTrue(fromJulie.isFormerAuthor());
        assertEquals(Member.FORMER_MEMBER, fromJulie.getAuthorName());
        assertSame(marc, ticket.getMessages().get(1).getAuthor(), "the agent still signs their answer");
        assertNull(ticket.getMessages().get(2).getAuthorName(), "Passerelle's own notice stays unsigned");
        assertTrue(ticket.getEvents().stream().noneMatch(e -> e.getActor() == julie));
        assertTrue(ticket.getEvents().stream().anyMatch(e -> e.getActor() == marc));
        assertEquals(later, ticket.getAnonymisedAt());
    }

    @Test
    void asecondAnonymisationChangesNothing() {
        Ticket ticket = closedRequest();
        ticket.anonymise(later, s -> "[sujet]", s -> "[texte]");
        ticket.anonymise(later.plusSeconds(60), s -> "autre", s -> "autre");
        assertEquals("[sujet]", ticket.getSubject());
        assertEquals(later, ticket.getAnonymisedAt());
        assertFalse(ticket.getMessages().stream().anyMatch(m -> m.getBody().equals("autre")));
    }
}
