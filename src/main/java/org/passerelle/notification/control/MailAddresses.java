package org.passerelle.notification.control;

import java.util.Locale;

/**
 * Message-ID and References of Passerelle's mails. The request number is in both, so the
 * incoming side threads a reply by In-Reply-To/References even when the subject was changed.
 */
public final class MailAddresses {
    private MailAddresses() {
    }

    /** The domain of an address such as {@code Passerelle <soutien@example.org>}. */
    public static String domainOf(String address) {
        String plain = address.strip();
        int open = plain.lastIndexOf('<');
        if (open >= 0) {
            int close = plain.indexOf('>', open);
            plain = plain.substring(open + 1, close < 0 ? plain.length() : close);
        }
        int at = plain.lastIndexOf('@');
        String domain = at < 0 ? "" : plain.substring(at + 1).strip();
        return domain.isEmpty() ? "localhost" : domain.toLowerCase(Locale.ROOT);
    }

    /** {@code <PAS-1042.17@example.org>}, or {@code <passerelle.17@example.org>} outside a request. */
    public static String messageId(String ticketNumber, long outboxId, String domain) {
        return "<" + (ticketNumber == null ? "passerelle" : ticketNumber) + "." + outboxId + "@" + domain + ">";
    }

    /** {@code <PAS-1042@example.org>}: the thread every mail about that request belongs to. */
    public static String thread(String ticketNumber, String domain) {
        return "<" + ticketNumber + "@" + domain + ">";
    }
}
