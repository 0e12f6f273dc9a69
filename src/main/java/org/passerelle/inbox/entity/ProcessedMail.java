package org.passerelle.inbox.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A mail that was processed, by its Message-ID (or a hash of the raw mail when it has none). The
 * key is unique in the database, so two rounds reading the same mail cannot both commit.
 */
@Entity
@Table(name = "inbox_processed_mail")
@NamedQuery(name = ProcessedMail.COUNT_BY_KEY,
        query = "select count(p) from ProcessedMail p where p.messageKey = :key")
public class ProcessedMail {
    public static final String COUNT_BY_KEY = "ProcessedMail.countByKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageKey;
    @Enumerated(EnumType.STRING)
    private MailOutcome outcome;
    private String sender;
    private String subject;
    private String ticketNumber;
    private String detail;
    private Instant processedAt;

    protected ProcessedMail() {
    }

    public ProcessedMail(String messageKey, MailOutcome outcome, String sender, String subject, String ticketNumber,
                         String detail, Instant processedAt) {
        this.messageKey = Objects.requireNonNull(messageKey);
        this.outcome = Objects.requireNonNull(outcome);
        this.sender = cut(sender, 320);
        this.subject = cut(subject, 300);
        this.ticketNumber = ticketNumber;
        this.detail = cut(detail, 300);
        this.processedAt = Objects.requireNonNull(processedAt);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public MailOutcome getOutcome() {
        return outcome;
    }

    public String getSender() {
        return sender;
    }

    public String getSubject() {
        return subject;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
