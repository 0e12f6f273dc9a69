package org.passerelle.ticket.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import org.passerelle.identity.entity.Member;

/** One message of a request's conversation: a public reply or an internal note. */
@Entity
public class TicketMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Member author;
    @Enumerated(EnumType.STRING)
    private Visibility visibility;
    private String body;
    private Instant createdAt;
    /** The author was the requester, removed when the request was anonymised: shown as a former member. */
    private boolean formerAuthor;

    protected TicketMessage() {
    }

    TicketMessage(Ticket ticket, Member author, Visibility visibility, String body, Instant createdAt) {
        this.ticket = Objects.requireNonNull(ticket);
        this.author = author;
        this.visibility = Objects.requireNonNull(visibility);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A merge moves the conversation of a duplicate to the surviving request. */
    void moveTo(Ticket survivor) {
        this.ticket = Objects.requireNonNull(survivor);
    }

    /** Part of {@link Ticket#anonymise}: the requester's messages lose their author, every text is rewritten. */
    void anonymise(Member formerRequester, java.util.function.UnaryOperator<String> text) {
        if (formerRequester != null && author != null && (author == formerRequester
                || (author.getId() != null && author.getId().equals(formerRequester.getId())))) {
            author = null;
            formerAuthor = true;
        }
        body = text.apply(body);
    }

    public boolean isFormerAuthor() {
        return formerAuthor;
    }

    /** Who signs the message: the author, "ancien·ne membre" once anonymised, null for Passerelle itself. */
    public String getAuthorName() {
        if (author != null) {
            return author.getDisplayName();
        }
        return formerAuthor ? Member.FORMER_MEMBER : null;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Member getAuthor() {
        return author;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public boolean isInternal() {
        return visibility == Visibility.INTERNAL;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
