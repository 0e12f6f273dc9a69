package org.passerelle.ticket.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Organization;
import org.passerelle.pool.entity.SupportPool;

/**
 * A demande d'aide: a member's question and the conversation with the support pool until it is
 * resolved. The lifecycle is enforced here, so no caller can skip it.
 */
@Entity
@NamedQuery(name = Ticket.BY_NUMBER, query = "select t from Ticket t where t.number = :number")
@NamedQuery(name = Ticket.COUNT, query = "select count(t) from Ticket t")
public class Ticket {
    public static final String BY_NUMBER = "Ticket.byNumber";
    public static final String COUNT = "Ticket.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    private String subject;
    private String body;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    private Status status = Status.NEW;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id")
    private Member requester;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pool_id")
    private SupportPool pool;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Member assignee;
    @Enumerated(EnumType.STRING)
    private PreferredContact preferredContact = PreferredContact.EMAIL;
    private String contactPhone;
    /** Loi 25: the member agreed that the anonymised question and answer may enrich the toolbox. */
    private boolean reuseConsent;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant closedAt;
    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<TicketMessage> messages = new ArrayList<>();
    @Version
    private long version;

    protected Ticket() {
    }

    public Ticket(String number, Member requester, Category category, Urgency urgency, String subject, String body,
                  Instant createdAt) {
        this.number = Objects.requireNonNull(number);
        this.requester = Objects.requireNonNull(requester);
        this.organization = requester.getOrganization();
        this.category = Objects.requireNonNull(category);
        this.urgency = Objects.requireNonNull(urgency);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = createdAt;
    }

    /** Adds a message; a member's public reply reopens a resolved or waiting request. */
    public TicketMessage post(Member author, Visibility visibility, String text, Instant at) {
        TicketMessage message = new TicketMessage(this, author, visibility, text, at);
        messages.add(message);
        touch(at);
        boolean fromRequesterSide = author != null && !isStaff(author);
        if (visibility == Visibility.PUBLIC && fromRequesterSide
                && (status == Status.RESOLVED || status == Status.WAITING_ON_MEMBER)) {
            moveTo(Status.OPEN, at);
        }
        if (visibility == Visibility.PUBLIC && !fromRequesterSide && firstResponseAt == null) {
            firstResponseAt = at;
        }
        return message;
    }

    private static boolean isStaff(Member author) {
        return author.hasRole(org.passerelle.identity.entity.Role.AGENT)
                || author.hasRole(org.passerelle.identity.entity.Role.POOL_LEAD)
                || author.hasRole(org.passerelle.identity.entity.Role.PEER_HELPER);
    }

    /** Changes the status if the lifecycle allows it, and stamps when it was resolved or closed. */
    public void moveTo(Status target, Instant at) {
        if (target == status) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        status = target;
        if (target == Status.RESOLVED) {
            resolvedAt = at;
        } else if (target == Status.CLOSED) {
            closedAt = at;
        } else {
            resolvedAt = null;
        }
        touch(at);
    }

    public void assignTo(Member agent, Instant at) {
        this.assignee = agent;
        if (agent != null && status == Status.NEW) {
            status = Status.OPEN;
        }
        touch(at);
    }

    public void routeTo(SupportPool target) {
        this.pool = target;
    }

    public void contactBy(PreferredContact contact, String phone) {
        this.preferredContact = Objects.requireNonNull(contact);
        this.contactPhone = phone;
    }

    public void consentToReuse(boolean consent) {
        this.reuseConsent = consent;
    }

    private void touch(Instant at) {
        if (updatedAt == null || at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Category getCategory() {
        return category;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Status getStatus() {
        return status;
    }

    public Member getRequester() {
        return requester;
    }

    public Organization getOrganization() {
        return organization;
    }

    public SupportPool getPool() {
        return pool;
    }

    public Member getAssignee() {
        return assignee;
    }

    public PreferredContact getPreferredContact() {
        return preferredContact;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isReuseConsent() {
        return reuseConsent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<TicketMessage> getMessages() {
        return List.copyOf(messages);
    }

    /** What the member may read: public messages only, never internal notes. */
    public List<TicketMessage> getPublicMessages() {
        return messages.stream().filter(m -> m.getVisibility() == Visibility.PUBLIC).toList();
    }

    public long getVersion() {
        return version;
    }
}
