package org.passerelle.inbox.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The raw mails of src/test/resources/mail, with their placeholders filled: %ID% (a fresh
 * Message-ID each time unless given), %FROM% (the sender), %NUMBER% (the request answered).
 * The files are byte-exact MIME: the replacement works on ISO-8859-1 so no byte is re-encoded.
 */
public final class MailFixtures {
    private MailFixtures() {
    }

    public static byte[] mail(String name, Map<String, String> values) {
        try (InputStream in = MailFixtures.class.getResourceAsStream("/mail/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture mail/" + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            text = text.replace("%ID%", values.getOrDefault("ID", UUID.randomUUID().toString()));
            text = text.replace("%FROM%", values.getOrDefault("FROM", "julie.tremblay@example.org"));
            text = text.replace("%NUMBER%", values.getOrDefault("NUMBER", "1042"));
            return text.getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] mail(String name) {
        return mail(name, Map.of());
    }
}
