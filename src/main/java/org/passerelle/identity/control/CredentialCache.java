package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for {@link #TTL}, that a login and password were checked successfully, so that an API
 * client sending HTTP Basic on every call does not pay PBKDF2 (about half a second on the
 * project's machine) each time. The password itself is never kept: only an HMAC-SHA-256 of it
 * under a random key drawn when the server starts, which is useless outside this process. An
 * entry also names the stored hash it was checked against, so a changed password never matches
 * an old entry even before {@link #forget} is called. Failed checks are never remembered; the
 * login throttle is asked before this cache (a locked account stays locked). Bounded: beyond
 * {@link #MAX_ENTRIES} logins the least recently used one is dropped.
 */
@ApplicationScoped
public class CredentialCache {
    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 10_000;
    private static final String MAC = "HmacSHA256";

    private final Clock clock;
    private final Duration ttl;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;
    /** Striped locks, so that checks of one login wait for each other without a lock per login. */
    private final Object[] stripes = new Object[64];

    public CredentialCache() {
        this(Clock.systemUTC(), TTL, MAX_ENTRIES);
    }

    CredentialCache(Clock clock, Duration ttl, int maxEntries) {
        this.clock = clock;
        this.ttl = ttl;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
        // access order: the eldest entry is the least recently used one
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** Whether this password was checked successfully against this stored hash less than a TTL ago. */
    public boolean matches(String login, char[] password, String storedHash) {
        if (login == null || password == null || storedHash == null) {
            return false;
        }
        String k = LoginThrottle.key(login);
        Entry entry;
        synchronized (entries) {
            entry = entries.get(k);
            if (entry != null && !clock.instant().isBefore(entry.expires)) {
                entries.remove(k);
                entry = null;
            }
        }
        return entry != null && entry.storedHash.equals(storedHash)
                && MessageDigest.isEqual(entry.passwordMac, mac(login, password));
    }

    /** Call only after a successful check: the password matched this stored hash. */
    public void remember(String login, char[] password, String storedHash) {
        if (login == null || password == null || storedHash == null) {
            return;
        }
        Entry entry = new Entry(mac(login, password), storedHash, clock.instant().plus(ttl));
        synchronized (entries) {
            entries.put(LoginThrottle.key(login), entry);
        }
    }

    /** The password changed, the account was deactivated or locked: the next call checks for real. */
    public void forget(String login) {
        synchronized (entries) {
            entries.remove(LoginThrottle.key(login));
        }
    }

    /** The lock that the password checks of this login share (a few other logins share it too). */
    public Object lockFor(String login) {
        return stripes[Math.floorMod(LoginThrottle.key(login).hashCode(), stripes.length)];
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The login is part of the MAC so that an entry cannot be used for another account. */
    private byte[] mac(String login, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            mac.update(LoginThrottle.key(login).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(raw);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }

    private record Entry(byte[] passwordMac, String storedHash, Instant expires) {
        Entry {
            Objects.requireNonNull(passwordMac);
            Objects.requireNonNull(storedHash);
        }
    }
}
