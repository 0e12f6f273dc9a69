package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertEquals(List.of(), policy.problems("cheval agrafe pile correcte"));
        assertEquals(List.of(), policy.problems("Vélo-Rimouski-1987"));
    }

    @Test
    void fewerThanTwelveCharactersIsRefused() {
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.problems("Court-1234!"));
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.problems(""));
        assertEquals(List.of(PasswordPolicy.TOO_SHORT), policy.problems(null));
        // twelve characters, counted as people see them (é is one)
        assertEquals(List.of(), policy.problems("éléphant-bleu".substring(0, 12)));
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheCase() {
        assertTrue(policy.commonCount() > 10_000, "the shipped list is loaded: " + policy.commonCount());
        assertEquals(List.of(PasswordPolicy.COMMON), policy.problems("123456789012"));
        assertEquals(List.of(PasswordPolicy.COMMON), policy.problems("MotDePasse123"));
        assertEquals(List.of(PasswordPolicy.COMMON), policy.problems("qwertyuiop123"));
        assertTrue(policy.isCommon("password"));
    }

    @Test
    void thePersonsOwnLoginOrEmailIsRefused() {
        assertEquals(List.of(PasswordPolicy.PERSONAL),
                policy.problems("julie.tremblay@example.org", "jtremblay", "julie.tremblay@example.org"));
        assertEquals(List.of(PasswordPolicy.PERSONAL), policy.problems("jtremblay-2026!", "jtremblay"));
        assertEquals(List.of(), policy.problems("une phrase assez longue", "jt", null));
    }

    @Test
    void absurdlyLongPasswordsAreRefusedBeforeHashing() {
        assertEquals(List.of(PasswordPolicy.TOO_LONG), policy.problems("x".repeat(201)));
    }
}
