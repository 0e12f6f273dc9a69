package org.passerelle.ticket.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;
import org.passerelle.identity.entity.Member;

/**
 * One line of a request's history: who changed what, when, from which value to which. Written by
 * {@link Ticket} itself, so that no change can bypass it. A null actor is the system (overflow,
 * automatic closing).
 */
@Entity
public class TicketEvent {
    static final int VALUE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Member actor;
    private Instant at;
    private String field;
    private String oldValue;
    private String newValue;

    protected TicketEvent() {
    }

    TicketEvent(Ticket ticket, Member actor, Instant at, String field, String oldValue, String newValue) {
        this.ticket = Objects.requireNonNull(ticket);
        this.actor = actor;
        this.at = Objects.requireNonNull(at);
        this.field = Objects.requireNonNull(field);
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }

    void changeActor(Member newActor) {
        this.actor = newActor;
    }

    public Long getId() {
        return id;
    }

    public Member getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    /** What changed: one of the {@code Ticket.FIELD_*} names. */
    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
