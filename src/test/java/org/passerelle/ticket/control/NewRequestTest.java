package org.passerelle.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Urgency;

class NewRequestTest {

    @Test
    void aCompleteRequestHasNoProblem() {
        assertEquals(List.of(), new NewRequest(Category.VISIOCONFERENCE, "Zoom ou Teams?", "Notre AGA est en juin.",
                Urgency.HIGH, PreferredContact.EMAIL, null, false).problems());
    }

    @Test
    void everyProblemIsNamed() {
        assertEquals(List.of("request.category.required", "request.subject.length", "request.description.length",
                        "request.urgency.required", "request.phone.invalid"),
                new NewRequest(null, "Zoom", "   court   ", null, PreferredContact.PHONE, "555", false).problems());
    }

    @Test
    void phoneNumbersAsPeopleWriteThem() {
        assertTrue(NewRequest.isPlausiblePhone("418 555-0123"));
        assertTrue(NewRequest.isPlausiblePhone("(514) 555-0199 poste 22"));
        assertTrue(NewRequest.isPlausiblePhone("+1 819.555.0100"));
        assertFalse(NewRequest.isPlausiblePhone("555-0123"));
        assertFalse(NewRequest.isPlausiblePhone("appelez-moi"));
        assertFalse(NewRequest.isPlausiblePhone(null));
    }
}
