package org.passerelle.platform.mail;

import java.util.Locale;
import java.util.Objects;

/**
 * A mail about a person's account (invitation, forgotten password) that is not tied to a request.
 * Fire it as a CDI event inside the transaction that creates its reason (the invitation, the
 * one-time link): the notification outbox observes it synchronously, stores it in that same
 * transaction and sends it afterwards, so a rollback never sends it and a crash never loses it.
 * Account mails ignore quiet hours: the person is waiting for them.
 */
public record AccountMail(String to, Locale locale, String subject, String text) {

    public AccountMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
