package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";

    private final LoginThrottleTest.TestClock clock = new LoginThrottleTest.TestClock();
    private final CredentialCache cache = new CredentialCache(clock, Duration.ofSeconds(60), 3);

    @Test
    void aRememberedPasswordMatchesUntilItExpires() {
        cache.remember("membre", "Bonjour-2026!".toCharArray(), HASH);

        assertTrue(cache.matches("membre", "Bonjour-2026!".toCharArray(), HASH));
        clock.advance(Duration.ofSeconds(59));
        assertTrue(cache.matches("membre", "Bonjour-2026!".toCharArray(), HASH));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(cache.matches("membre", "Bonjour-2026!".toCharArray(), HASH), "60 s later it is checked again");
        assertEquals(0, cache.size(), "the expired entry is dropped");
    }

    @Test
    void anotherPasswordOrAnotherLoginDoesNotMatch() {
        cache.remember("membre", "Bonjour-2026!".toCharArray(), HASH);

        assertFalse(cache.matches("membre", "bonjour-2026!".toCharArray(), HASH));
        assertFalse(cache.matches("membre", "Bonjour-2026".toCharArray(), HASH));
        assertFalse(cache.matches("agent", "Bonjour-2026!".toCharArray(), HASH));
        assertFalse(cache.matches("membre", new char[0], HASH));
    }

    @Test
    void aChangedStoredHashDoesNotMatchEvenWithoutForget() {
        cache.remember("membre", "Bonjour-2026!".toCharArray(), HASH);

        assertFalse(cache.matches("membre", "Bonjour-2026!".toCharArray(), HASH + "x"),
                "the password changed elsewhere: the old entry must not open the account");
    }

    @Test
    void forgetMakesTheNextCallCheckForReal() {
        cache.remember("membre", "Bonjour-2026!".toCharArray(), HASH);
        cache.remember("agent", "Soutien-2026!".toCharArray(), HASH);

        cache.forget("Membre ");

        assertFalse(cache.matches("membre", "Bonjour-2026!".toCharArray(), HASH));
        assertTrue(cache.matches("agent", "Soutien-2026!".toCharArray(), HASH), "other accounts are kept");
    }

    @Test
    void theCacheHoldsAtMostItsBoundAndDropsTheLeastRecentlyUsed() {
        cache.remember("a", "pa".toCharArray(), HASH);
        cache.remember("b", "pb".toCharArray(), HASH);
        cache.remember("c", "pc".toCharArray(), HASH);
        assertTrue(cache.matches("a", "pa".toCharArray(), HASH)); // a is now the most recently used

        cache.remember("d", "pd".toCharArray(), HASH);

        assertEquals(3, cache.size());
        assertFalse(cache.matches("b", "pb".toCharArray(), HASH), "b was the least recently used");
        assertTrue(cache.matches("a", "pa".toCharArray(), HASH));
        assertTrue(cache.matches("c", "pc".toCharArray(), HASH));
        assertTrue(cache.matches("d", "pd".toCharArray(), HASH));
    }

    @Test
    void nothingIsRememberedWithoutAStoredHash() {
        cache.remember("membre", "Bonjour-2026!".toCharArray(), null);

        assertEquals(0, cache.size());
        assertFalse(cache.matches("membre", "Bonjour-2026!".toCharArray(), null));
    }
}
