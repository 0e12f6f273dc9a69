package org.passerelle.inbox.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.passerelle.identity.entity.Member;

/**
 * A mail no request could take, waiting for an agent in the "à vérifier" list: attached to a
 * member (which opens the request) or discarded with a reason. Never deleted, so nothing that
 * reached the mailbox disappears without a trace.
 */
@Entity
@Table(name = "inbox_held_mail")
public class HeldMail {

    /** Why the mail was held. */
    public enum Reason {
        UNKNOWN_SENDER, NOT_ALLOWED, UNREADABLE
    }

    /** Where it stands. */
    public enum State {
        PENDING, ATTACHED, DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String messageKey;
    private String sender;
    private String senderName;
    private String subject;
    private String body;
    private String fileNames;
    /** The raw mail, under the data directory's inbox folder: attaching re-reads it, files included. */
    private String storageKey;
    @Enumerated(EnumType.STRING)
    private Reason reason;
    private Instant receivedAt;
    @Enumerated(EnumType.STRING)
    private State status = State.PENDING;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Member decidedBy;
    private Instant decidedAt;
    private String discardReason;
    private String ticketNumber;
    @Version
    private long version;

    protected HeldMail() {
    }

    public HeldMail(String messageKey, String sender, String senderName, String subject, String body,
                    String fileNames, String storageKey, Reason reason, Instant receivedAt) {
        this.messageKey = Objects.requireNonNull(messageKey);
        this.sender = ProcessedMail.cut(sender, 320);
        this.senderName = ProcessedMail.cut(senderName, 200);
        this.subject = ProcessedMail.cut(subject == null ? "" : subject, 300);
        this.body = body == null ? "" : body;
        this.fileNames = ProcessedMail.cut(fileNames, 2000);
        this.storageKey = Objects.requireNonNull(storageKey);
        this.reason = Objects.requireNonNull(reason);
        this.receivedAt = Objects.requireNonNull(receivedAt);
    }

    public void attached(Member agent, String number, Instant at) {
        decide(agent, at);
        this.status = State.ATTACHED;
        this.ticketNumber = Objects.requireNonNull(number);
    }

    public void discarded(Member agent, String why, Instant at) {
        decide(agent, at);
        this.status = State.DISCARDED;
        this.discardReason = Objects.requireNonNull(why);
    }

    private void decide(Member agent, Instant at) {
        if (status != State.PENDING) {
            throw new IllegalStateException("held mail " + id + " is already " + status);
        }
        this.decidedBy = Objects.requireNonNull(agent);
        this.decidedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getSender() {
        return sender;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getFileNames() {
        return fileNames;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public Reason getReason() {
        return reason;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public State getStatus() {
        return status;
    }

    public Member getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDiscardReason() {
        return discardReason;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public long getVersion() {
        return version;
    }
}
