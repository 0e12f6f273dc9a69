package org.passerelle.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TicketNumbersTest {

    @Test
    void formatsSequenceValues() {
        assertEquals("PAS-1042", TicketNumbers.format(1042));
    }

    @Test
    void normalizesWhatPeopleType() {
        assertEquals("PAS-1042", TicketNumbers.normalize(" pas-1042 "));
        assertEquals("PAS-1042", TicketNumbers.normalize("1042"));
        assertNull(TicketNumbers.normalize("PAS-10x2"));
        assertNull(TicketNumbers.normalize(null));
    }
}
