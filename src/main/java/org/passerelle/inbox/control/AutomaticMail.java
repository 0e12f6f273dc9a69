package org.passerelle.inbox.control;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Mail sent by a machine: auto-replies ("absent du bureau"), bounces, mailing-list traffic and our
 * own notifications coming back. Such mail never opens a request nor gets an answer, which is what
 * makes a mail loop between two robots impossible.
 */
public final class AutomaticMail {
    private AutomaticMail() {
    }

    /**
     * Why this mail is automatic, or empty for a person's mail.
     *
     * @param header the first value of a header, or null when absent
     */
    public static Optional<String> reason(Function<String, String> header, String fromAddress, String contentType) {
        String autoSubmitted = lower(header.apply("Auto-Submitted"));
        if (autoSubmitted != null && !autoSubmitted.strip().startsWith("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted.strip());
        }
        String precedence = lower(header.apply("Precedence"));
        if (precedence != null && precedence.strip().matches("bulk|list|junk|auto_reply")) {
            return Optional.of("Precedence: " + precedence.strip());
        }
        String returnPath = header.apply("Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of("Return-Path: <>");
        }
        for (String name : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "List-Id",
                "List-Unsubscribe", "X-Loop"}) {
            if (header.apply(name) != null) {
                return Optional.of(name);
            }
        }
        String messageId = header.apply("Message-ID");
        if (messageId != null && messageId.strip().toUpperCase(Locale.ROOT).startsWith("<PAS-")) {
            return Optional.of("Passerelle's own mail");
        }
        String local = fromAddress == null ? "" : lower(fromAddress).replaceFirst("@.*", "");
        if (local.equals("mailer-daemon") || local.equals("postmaster")) {
            return Optional.of("From: " + fromAddress);
        }
        if (contentType != null && lower(contentType).startsWith("multipart/report")) {
            return Optional.of("delivery report");
        }
        return Optional.empty();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
