package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
    void refusesMissingOrForeignHashes() {
        assertFalse(cut.verify("demo".toCharArray(), null));
        assertFalse(cut.verify("demo".toCharArray(), "md5:abc"));
    }
}
