package org.passerelle.notification.entity;

import java.util.Locale;
import java.util.Objects;

/** A mail as the templates wrote it, before it is stored in the outbox. */
public record MailContent(String to, Locale locale, NotificationEvent event, String ticketNumber, String subject,
        String text, String html, String references, String replyTo) {

    public MailContent {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
