package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * What makes a password acceptable: at least 12 characters, not one of the common passwords that
 * attackers try first (the list shipped with Django, about 20,000 entries, plus common French
 * ones), and not the person's own login or email. Length beats composition rules (NIST SP 800-63B),
 * so there are no "one digit, one symbol" rules.
 */
@ApplicationScoped
public class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;
    static final String TOO_SHORT = "account.password.tooShort";
    static final String TOO_LONG = "account.password.tooLong";
    static final String COMMON = "account.password.common";
    static final String PERSONAL = "account.password.personal";

    private final Set<String> common;

    public PasswordPolicy() {
        Set<String> words = new HashSet<>(25_000);
        read("/org/passerelle/identity/common-passwords.txt.gz", true, words);
        read("/org/passerelle/identity/common-passwords-fr.txt", false, words);
        this.common = Set.copyOf(words);
    }

    /** The bundle keys of what is wrong with this password (empty: acceptable); {0} is the minimum length. */
    public List<String> problems(String password, String... personal) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(TOO_SHORT);
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(TOO_LONG);
            return problems;
        }
        String normalized = password.strip().toLowerCase(Locale.ROOT);
        if (common.contains(normalized)) {
            problems.add(COMMON);
        }
        for (String own : personal) {
            if (own != null && !own.isBlank() && normalized.contains(own.strip().toLowerCase(Locale.ROOT))
                    && own.strip().length() >= 4) {
                problems.add(PERSONAL);
                break;
            }
        }
        return problems;
    }

    public boolean isCommon(String password) {
        return password != null && common.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    int commonCount() {
        return common.size();
    }

    private static void read(String resource, boolean gzipped, Set<String> into) {
        try (InputStream raw = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    into.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
