package org.passerelle.notification.entity;

/** Where a mail of the outbox stands. */
public enum OutboxStatus {
    /** Waiting for the end of its recipient's quiet hours, to go out in one digest. */
    HELD,
    /** To send at {@code nextAttemptAt}. */
    PENDING,
    /** Claimed by a sender; if it stays so, the sender died around the SMTP hand-over (ADR 0012). */
    SENDING,
    SENT,
    /** Went out inside a digest. */
    DIGESTED,
    /** Refused for good by the SMTP server, or too many attempts. */
    FAILED
}
