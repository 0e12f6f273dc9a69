package org.passerelle.notification.control;

import java.util.Optional;
import org.passerelle.platform.config.Settings;

/** How to reach the SMTP server, read afresh for every round so that a changed setting applies. */
public record SmtpSettings(String host, int port, Optional<String> user, String password, boolean tls,
        String from) {

    /** Empty when no SMTP host is set: the outbox keeps everything and the sender stays idle. */
    public static Optional<SmtpSettings> from(Settings settings) {
        return settings.smtpHost().map(host -> new SmtpSettings(host, settings.smtpPort(), settings.smtpUser(),
                settings.smtpPassword(), settings.smtpTls(), settings.mailFrom()));
    }

    @Override
    public String toString() {
        return "smtp://" + user.map(u -> u + "@").orElse("") + host + ":" + port + (tls ? " (STARTTLS)" : "");
    }
}
