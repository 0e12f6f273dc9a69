package org.passerelle.toolbox.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.passerelle.identity.entity.Member;

/**
 * A member's proposal for the toolbox: a new entry ({@link #getEntry()} is null) or an edit of a
 * published entry, written against the revision {@link #getBaseRevision()}. Nothing reaches the
 * public toolbox until a moderator approves it; the lifecycle is enforced here.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──approve──▶ APPROVED
 *   ▲                 │  │
 *   └─(edit, submit)─ CHANGES_REQUESTED ◀──┘ └──reject──▶ REJECTED
 * </pre>
 */
@Entity
@NamedQuery(name = Contribution.BY_AUTHOR, query = "select c from Contribution c left join fetch c.entry"
        + " where c.author = :author order by c.updatedAt desc, c.id desc")
@NamedQuery(name = Contribution.BY_STATUS, query = "select c from Contribution c join fetch c.author"
        + " left join fetch c.entry where c.status = :status order by c.submittedAt, c.id")
public class Contribution {
    public static final String BY_AUTHOR = "Contribution.byAuthor";
    public static final String BY_STATUS = "Contribution.byStatus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entry_id")
    private ToolboxEntry entry;
    private Integer baseRevision;
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    private String category;
    private String title;
    private String summary;
    private String body;
    private String licenseKind;
    private String costForNonprofits;
    private String hostingOptions;
    private String dataLocationNotes;
    private String frenchUi;
    private String alternativeTo;
    private String website;
    private String difficulty;
    private String changeSummary;
    @Enumerated(EnumType.STRING)
    private ContributionStatus status;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moderator_id")
    private Member moderator;
    private String moderatorComment;
    private Integer publishedRevision;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant decidedAt;
    @Version
    private long version;

    protected Contribution() {
    }

    private Contribution(Member author, EntryKind kind, Instant at) {
        this.author = Objects.requireNonNull(author);
        this.kind = Objects.requireNonNull(kind);
        this.status = ContributionStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(at);
        this.updatedAt = at;
    }

    /** A proposal for an entry that does not exist yet. */
    public static Contribution newEntry(Member author, EntryKind kind, ContributionText text, Instant at) {
        Contribution contribution = new Contribution(author, kind, at);
        contribution.write(text, at);
        return contribution;
    }

    /** A proposed edit of a published entry, based on its current revision. */
    public static Contribution editOf(ToolboxEntry entry, Member author, ContributionText text, Instant at) {
        Contribution contribution = new Contribution(author, entry.getKind(), at);
        contribution.entry = entry;
        contribution.baseRevision = entry.getCurrentRevisionNumber();
        contribution.write(text, at);
        return contribution;
    }

    /** The author changes the text; only while it is theirs to write. */
    public void rewrite(ContributionText text, Instant at) {
        requireStatus(ContributionStatus.EDITABLE.contains(status), "rewrite");
        write(text, at);
    }

    private void write(ContributionText text, Instant at) {
        this.category = Objects.requireNonNull(text.category());
        this.title = Objects.requireNonNull(text.title());
        this.summary = text.summary();
        this.body = text.body();
        this.changeSummary = Objects.requireNonNull(text.changeSummary());
        ToolCardDetails details = kind == EntryKind.TOOL && text.details() != null ? text.details()
                : new ToolCardDetails(null, null, null, null, null, null, null, null);
        this.licenseKind = details.licenseKind();
        this.costForNonprofits = details.costForNonprofits();
        this.hostingOptions = details.hostingOptions();
        this.dataLocationNotes = details.dataLocationNotes();
        this.frenchUi = details.frenchUi();
        this.alternativeTo = details.alternativeTo();
        this.website = details.website();
        this.difficulty = details.difficulty();
        this.updatedAt = at;
    }

    /**
     * The author reworked the edit on the revision now published: it is no longer stale. Only
     * while it is theirs to write.
     */
    public void rebaseOn(int revisionNumber, Instant at) {
        requireStatus(ContributionStatus.EDITABLE.contains(status) && entry != null, "rebase");
        this.baseRevision = revisionNumber;
        this.updatedAt = at;
    }

    public void submit(Instant at) {
        requireStatus(ContributionStatus.EDITABLE.contains(status), "submit");
        this.status = ContributionStatus.SUBMITTED;
        this.submittedAt = at;
        this.updatedAt = at;
    }

    public void requestChanges(Member by, String comment, Instant at) {
        decide(ContributionStatus.CHANGES_REQUESTED, by, Objects.requireNonNull(comment), at);
    }

    public void reject(Member by, String reason, Instant at) {
        decide(ContributionStatus.REJECTED, by, Objects.requireNonNull(reason), at);
    }

    /** Approved and published: {@code published} is the revision it became. */
    public void approve(Member by, String comment, ToolboxEntry published, int revisionNumber, Instant at) {
        decide(ContributionStatus.APPROVED, by, comment, at);
        this.entry = Objects.requireNonNull(published);
        this.publishedRevision = revisionNumber;
    }

    private void decide(ContributionStatus outcome, Member by, String comment, Instant at) {
        requireStatus(status == ContributionStatus.SUBMITTED, outcome.name());
        this.status = outcome;
        this.moderator = Objects.requireNonNull(by);
        this.moderatorComment = comment;
        this.decidedAt = at;
        this.updatedAt = at;
    }

    private void requireStatus(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("cannot " + what + " a contribution that is " + status);
        }
    }

    /** True when the entry was published again since this edit was written. */
    public boolean isStale() {
        return entry != null && baseRevision != null && status != ContributionStatus.APPROVED
                && entry.getCurrentRevisionNumber() != baseRevision;
    }

    public boolean isNewEntry() {
        return baseRevision == null;
    }

    public boolean isWrittenBy(Member member) {
        return member != null && author.getId().equals(member.getId());
    }

    public ContributionText getText() {
        return new ContributionText(category, title, summary, body, changeSummary, kind == EntryKind.TOOL
                ? new ToolCardDetails(licenseKind, costForNonprofits, hostingOptions, dataLocationNotes, frenchUi,
                alternativeTo, website, difficulty) : null);
    }

    public Long getId() {
        return id;
    }

    public ToolboxEntry getEntry() {
        return entry;
    }

    public Integer getBaseRevision() {
        return baseRevision;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public Member getAuthor() {
        return author;
    }

    public Member getModerator() {
        return moderator;
    }

    public String getModeratorComment() {
        return moderatorComment;
    }

    public Integer getPublishedRevision() {
        return publishedRevision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
