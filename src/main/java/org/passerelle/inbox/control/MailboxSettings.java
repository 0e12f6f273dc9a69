package org.passerelle.inbox.control;

import java.util.Optional;
import java.util.Properties;
import org.passerelle.platform.config.Settings;

/**
 * Where the pool's mailbox is: PASSERELLE_IMAP_HOST and friends. No host means no mailbox, and so
 * no poller; everything else has a default (port 993 with TLS, 143 without; folder INBOX; a round
 * every 60 seconds).
 */
public record MailboxSettings(String host, int port, String user, String password, String folder, boolean tls,
                              int pollSeconds) {
    public static final int DEFAULT_POLL_SECONDS = 60;

    public static Optional<MailboxSettings> from(Settings settings) {
        Optional<String> host = settings.get(Settings.IMAP_HOST);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        boolean tls = settings.flag(Settings.IMAP_TLS, true);
        int port = number(settings, Settings.IMAP_PORT, tls ? 993 : 143, 1, 65_535);
        int poll = number(settings, Settings.IMAP_POLL_SECONDS, DEFAULT_POLL_SECONDS, 5, 86_400);
        return Optional.of(new MailboxSettings(host.get(), port, settings.get(Settings.IMAP_USER, ""),
                settings.get(Settings.IMAP_PASSWORD, ""), settings.get(Settings.IMAP_FOLDER, "INBOX"), tls, poll));
    }

    private static int number(Settings settings, String property, int defaultValue, int min, int max) {
        String value = settings.get(property, String.valueOf(defaultValue));
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Settings.variableName(property) + ": expected a whole number from "
                    + min + " to " + max + ", got '" + value + "'");
        }
    }

    /** The Jakarta Mail session properties: timeouts so a dead server never hangs the poller. */
    public Properties sessionProperties() {
        String protocol = protocol();
        Properties properties = new Properties();
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".host", host);
        properties.setProperty("mail." + protocol + ".port", String.valueOf(port));
        properties.setProperty("mail." + protocol + ".connectiontimeout", "15000");
        properties.setProperty("mail." + protocol + ".timeout", "60000");
        properties.setProperty("mail." + protocol + ".writetimeout", "60000");
        // a 25 MB attachment in 16 KB chunks (the default) is 2,000 round trips; 1 MB chunks are a few dozen
        properties.setProperty("mail." + protocol + ".fetchsize", String.valueOf(1024 * 1024));
        // reading a message must not mark it \\Seen: the poller does that once the request is committed
        properties.setProperty("mail." + protocol + ".peek", "true");
        return properties;
    }

    public String protocol() {
        return tls ? "imaps" : "imap";
    }

    /** For the log: never the password. */
    @Override
    public String toString() {
        return protocol() + "://" + user + "@" + host + ":" + port + "/" + folder + " every " + pollSeconds + " s";
    }
}
