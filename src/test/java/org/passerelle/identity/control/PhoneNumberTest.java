package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

    @Test
    void acceptsTheWaysPeopleWriteNumbersAndExtensions() {
        for (String ok : List.of("418 555-0142", "(514) 555-0199", "+1 514 555 0199", "514.555.0199",
                "418 555-0142 poste 12", "418-555-0142, ext. 4", "5145550199x22", "819 555-0100 #301", "555-0142")) {
            assertTrue(PhoneNumber.isValid(ok), ok);
        }
    }

    @Test
    void refusesLettersTooFewOrTooManyDigitsAndStrayPlusSigns() {
        for (String bad : List.of("appelez-moi", "418 555", "12345678901234567", "418+555-0142", "418 555-0142 poste",
                "418 555-0142 poste 1234567", "418; DROP", "")) {
            assertFalse(PhoneNumber.isValid(bad), bad);
        }
    }

    @Test
    void theProfileNamesEachProblem() {
        assertEquals(List.of(), Profiles.problems(new Profiles.Details("Julie Tremblay", "", "en")));
        assertEquals(List.of("profile.name.required", "profile.phone.invalid", "profile.language.invalid"),
                Profiles.problems(new Profiles.Details(" ", "pas un numéro", "de")));
        assertEquals(List.of("profile.name.tooLong"),
                Profiles.problems(new Profiles.Details("x".repeat(121), null, "fr")));
    }
}
