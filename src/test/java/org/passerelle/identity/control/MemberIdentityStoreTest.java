package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemberIdentityStoreTest {

    /** The real PBKDF2, counted. */
    static final class CountingHasher extends PasswordHasher {
        final AtomicInteger verifications = new AtomicInteger();

        @Override
        public boolean verify(char[] password, String stored) {
            verifications.incrementAndGet();
            return super.verify(password, stored);
        }
    }

    private final CountingHasher hasher = new CountingHasher();
    private final MemberIdentityStore store = new MemberIdentityStore();

    MemberIdentityStoreTest() {
        store.hasher = hasher;
        store.recent = new CredentialCache();
    }

    @Test
    void thirtyTwoClientsStartingTogetherCostOneHash() throws Exception {
        String stored = hasher.hash("Bonjour-2026!".toCharArray());
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Callable<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                checks.add(() -> store.passwordMatches("membre", "Bonjour-2026!".toCharArray(), stored));
            }
            for (Future<Boolean> result : pool.invokeAll(checks)) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, hasher.verifications.get(), "the others found the first check remembered");
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        String stored = hasher.hash("Bonjour-2026!".toCharArray());

        assertFalse(store.passwordMatches("membre", "mauvais".toCharArray(), stored));
        assertFalse(store.passwordMatches("membre", "mauvais".toCharArray(), stored));
        assertEquals(2, hasher.verifications.get());
        assertTrue(store.passwordMatches("membre", "Bonjour-2026!".toCharArray(), stored));
        assertTrue(store.passwordMatches("membre", "Bonjour-2026!".toCharArray(), stored));
        assertEquals(3, hasher.verifications.get(), "the right one is hashed once, then remembered");
    }
}
