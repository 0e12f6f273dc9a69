package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.passerelle.platform.demo.DemoData;

class PasswordHasherTest {
    private final PasswordHasher cut = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = cut.hash("correct horse battery".toCharArray());
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"));
        assertTrue(cut.verify("correct horse battery".toCharArray(), hash));
        assertFalse(cut.verify("correct horse batterY".toCharArray(), hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(cut.hash("demo".toCharArray()), cut.hash("demo".toCharArray()));
    }

    @Test
    void theDemoAccountsPrecomputedHashIsTheDemoPasswordAtTheCurrentCost() {
        assertTrue(DemoData.PASSWORD_HASH.startsWith(PasswordHasher.ALGORITHM + ":" + PasswordHasher.ITERATIONS + ":"));
        assertTrue(cut.verify(DemoData.PASSWORD.toCharArray(), DemoData.PASSWORD_HASH));
        assertFalse(cut.verify("Demo".toCharArray(), DemoData.PASSWORD_HASH));
    }

    @Test
    void refusesMissingOrForeignHashes() {
        assertFalse(cut.verify("demo".toCharArray(), null));
        assertFalse(cut.verify("demo".toCharArray(), "md5:abc"));
    }
}
