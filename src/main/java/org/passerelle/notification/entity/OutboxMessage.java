package org.passerelle.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One mail in the outbox. It is written in the transaction of the change that causes it, so a
 * rolled-back change never mails anybody and a committed one is never lost; the sender then
 * claims it, hands it to SMTP and marks it sent (ADR 0012).
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {
    public static final int SUBJECT_MAX = 400;
    public static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    @Column(name = "recipient_id")
    private Long recipientId;
    private String locale;
    @Enumerated(EnumType.STRING)
    private NotificationEvent event;
    private String ticketNumber;
    private String subject;
    private String textBody;
    private String htmlBody;
    private String messageId;
    @Column(name = "references_header")
    private String references;
    private String replyTo;
    @Enumerated(EnumType.STRING)
    private OutboxStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant claimedAt;
    private Instant sentAt;
    private String lastError;
    private Instant createdAt;
    @Column(name = "digest_id")
    private Long digestId;

    protected OutboxMessage() {
    }

    public OutboxMessage(MailContent content, Long recipientId, Instant now, Instant heldUntil) {
        Objects.requireNonNull(content, "content");
        this.recipient = content.to();
        this.recipientId = recipientId;
        this.locale = content.locale().toLanguageTag();
        this.event = content.event();
        this.ticketNumber = content.ticketNumber();
        this.subject = content.subject().length() > SUBJECT_MAX ? content.subject().substring(0, SUBJECT_MAX)
                : content.subject();
        this.textBody = content.text();
        this.htmlBody = content.html();
        this.references = content.references();
        this.replyTo = content.replyTo();
        this.createdAt = Objects.requireNonNull(now);
        this.status = heldUntil == null ? OutboxStatus.PENDING : OutboxStatus.HELD;
        this.nextAttemptAt = heldUntil == null ? now : heldUntil;
    }

    /** Message-ID needs the row's id, known only once it is stored. */
    public void identify(String messageId) {
        this.messageId = messageId;
    }

    /** A held message that went out inside the digest {@code digest}. */
    public void digestedInto(OutboxMessage digest) {
        this.status = OutboxStatus.DIGESTED;
        this.digestId = digest.getId();
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getLocale() {
        return locale;
    }

    public NotificationEvent getEvent() {
        return event;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getReferences() {
        return references;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getDigestId() {
        return digestId;
    }
}
