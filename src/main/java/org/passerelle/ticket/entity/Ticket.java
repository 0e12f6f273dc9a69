package org.passerelle.ticket.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.Role;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.search.control.Analyzers;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * A demande d'aide: a member's question and the conversation with the support pool until it is
 * resolved. The lifecycle is enforced here, and every change is written to the history here, so
 * no caller can skip either.
 */
@Entity
@Indexed(index = "tickets")
@NamedQuery(name = Ticket.BY_NUMBER, query = "select t from Ticket t where t.number = :number")
@NamedQuery(name = Ticket.COUNT, query = "select count(t) from Ticket t")
public class Ticket {
    public static final String BY_NUMBER = "Ticket.byNumber";
    public static final String COUNT = "Ticket.count";
    public static final String FIELD_CREATED = "created";
    public static final String FIELD_STATUS = "status";
    public static final String FIELD_ASSIGNEE = "assignee";
    public static final String FIELD_URGENCY = "urgency";
    public static final String FIELD_CATEGORY = "category";
    public static final String FIELD_POOL = "pool";
    public static final String FIELD_TAGS = "tags";
    public static final String FIELD_LINK = "link";
    public static final String FIELD_MERGED = "merged";
    public static final String FIELD_HELPER = "helper";
    public static final String FIELD_RATING = "rating";
    public static final String FIELD_GUIDE = "guide";
    public static final String SEARCH_PUBLIC_MESSAGES = "publicMessages";
    public static final String SEARCH_INTERNAL_NOTES = "internalNotes";
    public static final String SEARCH_POOL = "poolId";
    public static final String SEARCH_NETWORK = "networkId";
    public static final String SEARCH_HELPERS = "helperIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @KeywordField(normalizer = Analyzers.SORT)
    private String number;
    @FullTextField(analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
    @FullTextField(name = "subject_plain", analyzer = Analyzers.FRENCH_PLAIN)
    private String subject;
    @FullTextField(analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
    @FullTextField(name = "body_plain", analyzer = Analyzers.FRENCH_PLAIN)
    private String body;
    @Enumerated(EnumType.STRING)
    private Category category;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Enumerated(EnumType.STRING)
    private Status status = Status.NEW;
    /** Null once the retention period anonymised the request (Loi 25): it no longer points to the person. */
    @ManyToOne(fetch = FetchType.LAZY)
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
    /** Indexed so that every change of the request (a new message included) refreshes its index entry. */
    @GenericField
    private Instant updatedAt;
    private Instant firstResponseAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Instant firstResponseDueAt;
    private Instant resolutionDueAt;
    private Integer rating;
    private String ratingComment;
    private Instant ratedAt;
    /** When the retention job removed the person from the request; null while it is kept whole. */
    private Instant anonymisedAt;
    /** The agent who opened it on the member's behalf (taken by phone), if not the member. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "opened_by_id")
    private Member openedBy;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Ticket mergedInto;
    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<TicketMessage> messages = new ArrayList<>();
    @OneToMany(mappedBy = "ticket", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<TicketEvent> events = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "ticket_tag", joinColumns = @JoinColumn(name = "ticket_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "ticket_link", joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    private Set<Ticket> linked = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "ticket_helper", joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> helpers = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "ticket_solution", joinColumns = @JoinColumn(name = "ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "entry_id"))
    private Set<ToolboxEntry> solutions = new HashSet<>();
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
        record(requester, createdAt, FIELD_CREATED, null, number);
    }

    /** Records that an agent opened this request for the member (a phone call, a hallway chat). */
    public void openedOnBehalfBy(Member agent) {
        this.openedBy = Objects.requireNonNull(agent);
        events.get(0).changeActor(agent);
    }

    /** Adds a message; a member's public reply reopens a resolved or waiting request; author null is Passerelle. */
    public TicketMessage post(Member author, Visibility visibility, String text, Instant at) {
        TicketMessage message = new TicketMessage(this, author, visibility, text, at);
        messages.add(message);
        touch(at);
        boolean fromRequesterSide = author != null && !isStaff(author) && !isHelper(author);
        if (visibility == Visibility.PUBLIC && fromRequesterSide
                && (status == Status.RESOLVED || status == Status.WAITING_ON_MEMBER)) {
            moveTo(Status.OPEN, author, at);
        }
        // a message without author is Passerelle's own notice (a refused attachment), not an answer
        if (visibility == Visibility.PUBLIC && author != null && !fromRequesterSide && firstResponseAt == null) {
            firstResponseAt = at;
        }
        return message;
    }

    private static boolean isStaff(Member author) {
        return author.hasRole(Role.AGENT) || author.hasRole(Role.POOL_LEAD);
    }

    /** A change made by the system (automatic closing, overflow), not by a person. */
    public void moveTo(Status target, Instant at) {
        moveTo(target, null, at);
    }

    /** Changes the status if the lifecycle allows it, and stamps when it was resolved or closed. */
    public void moveTo(Status target, Member actor, Instant at) {
        if (target == status) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
        record(actor, at, FIELD_STATUS, status.name(), target.name());
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
        assignTo(agent, agent, at);
    }

    /** Gives the request to an agent (or to nobody); a new request taken by someone is open. */
    public void assignTo(Member agent, Member actor, Instant at) {
        if (sameMember(agent, assignee)) {
            return;
        }
        record(actor, at, FIELD_ASSIGNEE, nameOf(assignee), nameOf(agent));
        this.assignee = agent;
        if (agent != null && status == Status.NEW) {
            moveTo(Status.OPEN, actor, at);
        }
        touch(at);
    }

    public void routeTo(SupportPool target) {
        this.pool = target;
    }

    /** Moves the request to another pool, e.g. the province-wide one when nobody took it in time. */
    public void routeTo(SupportPool target, Member actor, Instant at) {
        if (target == pool) {
            return;
        }
        record(actor, at, FIELD_POOL, pool == null ? null : pool.getName(), target == null ? null : target.getName());
        this.pool = target;
        touch(at);
    }

    public void changeUrgency(Urgency target, Member actor, Instant at) {
        if (target != urgency) {
            record(actor, at, FIELD_URGENCY, urgency.name(), Objects.requireNonNull(target).name());
            urgency = target;
            touch(at);
        }
    }

    public void changeCategory(Category target, Member actor, Instant at) {
        if (target != category) {
            record(actor, at, FIELD_CATEGORY, category.name(), Objects.requireNonNull(target).name());
            category = target;
            touch(at);
        }
    }

    public void retag(Set<String> newTags, Member actor, Instant at) {
        Set<String> wanted = new TreeSet<>(newTags);
        if (!wanted.equals(new TreeSet<>(tags))) {
            record(actor, at, FIELD_TAGS, String.join(", ", new TreeSet<>(tags)), String.join(", ", wanted));
            tags.clear();
            tags.addAll(wanted);
            touch(at);
        }
    }

    /** Links two related requests, both ways. */
    public void linkTo(Ticket other, Member actor, Instant at) {
        if (other != this && linked.add(other)) {
            other.linked.add(this);
            record(actor, at, FIELD_LINK, null, other.number);
            other.record(actor, at, FIELD_LINK, null, number);
        }
    }

    /**
     * Merges this duplicate into the survivor: its messages (and their attachments) move there, it
     * is closed and points to the survivor.
     */
    public void mergeInto(Ticket survivor, Member actor, Instant at) {
        if (survivor == this || mergedInto != null || survivor.mergedInto != null) {
            throw new IllegalStateException("cannot merge " + number + " into " + survivor.number);
        }
        for (TicketMessage message : List.copyOf(messages)) {
            messages.remove(message);
            message.moveTo(survivor);
            survivor.messages.add(message);
        }
        survivor.messages.sort(java.util.Comparator.comparing(TicketMessage::getCreatedAt));
        mergedInto = survivor;
        record(actor, at, FIELD_MERGED, null, survivor.number);
        survivor.record(actor, at, FIELD_MERGED, number, survivor.number);
        survivor.touch(at);
        if (status != Status.CLOSED) {
            moveTo(Status.CLOSED, actor, at);
        }
    }

    /** Records that an answer pointed to this toolbox entry: the entry helped solve this request. */
    public void solvedWith(ToolboxEntry entry) {
        solutions.add(Objects.requireNonNull(entry));
    }

    public Set<ToolboxEntry> getSolutions() {
        return Set.copyOf(solutions);
    }

    /** Records that a toolbox guide draft was written from this request. */
    public void noteGuideDraft(long contributionId, Member actor, Instant at) {
        record(actor, at, FIELD_GUIDE, null, String.valueOf(contributionId));
    }

    /** Invites a peer helper onto this request only. */
    public void invite(Member helper, Member actor, Instant at) {
        if (helpers.add(helper)) {
            record(actor, at, FIELD_HELPER, null, helper.getDisplayName());
            touch(at);
        }
    }

    /** The requester's rating of the help, once resolved; given once. */
    public void rate(int stars, String comment, Member actor, Instant at) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("rating out of range: " + stars);
        }
        if (rating != null || (status != Status.RESOLVED && status != Status.CLOSED)) {
            throw new IllegalStateException("cannot rate " + number);
        }
        rating = stars;
        ratingComment = comment;
        ratedAt = at;
        record(actor, at, FIELD_RATING, null, String.valueOf(stars));
    }

    /** Where the SLA clock stands: null due times while it is paused or stopped. */
    public void scheduleDueTimes(Instant firstResponseDue, Instant resolutionDue) {
        this.firstResponseDueAt = firstResponseDue;
        this.resolutionDueAt = resolutionDue;
    }

    /**
     * The end of the retention period (Loi 25, art. 23): the request no longer points to its
     * requester nor carries their contact details, their messages and history lines lose their
     * author, and every text (subject, description, messages, rating comment) becomes what
     * {@code text} makes of it: scrubbed if the member agreed to its reuse, a placeholder otherwise.
     * Category, organization, dates, status and rating stay, so statistics do not change.
     */
    public void anonymise(Instant at, java.util.function.UnaryOperator<String> subjectText,
                          java.util.function.UnaryOperator<String> text) {
        if (anonymisedAt != null) {
            return;
        }
        Member former = requester;
        requester = null;
        contactPhone = null;
        preferredContact = PreferredContact.EMAIL;
        subject = subjectText.apply(subject);
        body = text.apply(body);
        ratingComment = ratingComment == null ? null : text.apply(ratingComment);
        for (TicketMessage message : messages) {
            message.anonymise(former, text);
        }
        for (TicketEvent event : events) {
            if (former != null && sameMember(event.getActor(), former)) {
                event.changeActor(null);
            }
        }
        anonymisedAt = Objects.requireNonNull(at);
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    private void record(Member actor, Instant at, String field, String oldValue, String newValue) {
        events.add(new TicketEvent(this, actor, at, field, oldValue, newValue));
    }

    private static boolean sameMember(Member a, Member b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }

    private static String nameOf(Member member) {
        return member == null ? null : member.getDisplayName();
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

    public Instant getFirstResponseDueAt() {
        return firstResponseDueAt;
    }

    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    public Integer getRating() {
        return rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public Instant getRatedAt() {
        return ratedAt;
    }

    public Member getOpenedBy() {
        return openedBy;
    }

    public Ticket getMergedInto() {
        return mergedInto;
    }

    public List<TicketEvent> getEvents() {
        return List.copyOf(events);
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public Set<Ticket> getLinked() {
        return Set.copyOf(linked);
    }

    public Set<Member> getHelpers() {
        return Set.copyOf(helpers);
    }

    public boolean isHelper(Member member) {
        return helpers.stream().anyMatch(h -> sameMember(h, member));
    }

    public List<TicketMessage> getMessages() {
        return List.copyOf(messages);
    }

    /** The public conversation as one text, for the search index. */
    @FullTextField(name = SEARCH_PUBLIC_MESSAGES, analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
    @FullTextField(name = SEARCH_PUBLIC_MESSAGES + "_plain", analyzer = Analyzers.FRENCH_PLAIN)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "messages")))
    public String getPublicMessagesText() {
        return messagesText(Visibility.PUBLIC);
    }

    /** The internal notes as one text, in their own index field: only staff search them. */
    @FullTextField(name = SEARCH_INTERNAL_NOTES, analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
    @FullTextField(name = SEARCH_INTERNAL_NOTES + "_plain", analyzer = Analyzers.FRENCH_PLAIN)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "messages")))
    public String getInternalNotesText() {
        return messagesText(Visibility.INTERNAL);
    }

    private String messagesText(Visibility visibility) {
        String text = messages.stream().filter(m -> m.getVisibility() == visibility).map(TicketMessage::getBody)
                .collect(java.util.stream.Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    /** The pool the request is routed to, for narrowing a search to someone's scope. */
    @GenericField(name = SEARCH_POOL)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "pool")))
    public Long getPoolIdForSearch() {
        return pool == null ? null : pool.getId();
    }

    /**
     * The requester's network, for narrowing a search to someone's scope. An organization moving
     * to another network is not followed until the next rebuild; the database check that follows
     * every search keeps the scope exact anyway.
     */
    @GenericField(name = SEARCH_NETWORK)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organization")))
    public Long getNetworkIdForSearch() {
        return organization == null || organization.getNetwork() == null ? null : organization.getNetwork().getId();
    }

    /** The peer helpers invited onto the request, for narrowing a search to someone's scope. */
    @GenericField(name = SEARCH_HELPERS)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "helpers")))
    public List<Long> getHelperIdsForSearch() {
        return helpers.stream().map(Member::getId).filter(Objects::nonNull).toList();
    }

    /** What the member may read: public messages only, never internal notes. */
    public List<TicketMessage> getPublicMessages() {
        return messages.stream().filter(m -> m.getVisibility() == Visibility.PUBLIC).toList();
    }

    public long getVersion() {
        return version;
    }
}
