package org.passerelle.toolbox.entity;

import jakarta.persistence.Entity;
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
 * A member's comment on a published entry. Moderators hide a comment with a reason instead of
 * deleting it, so what happened stays visible to them.
 */
@Entity
@NamedQuery(name = EntryComment.FOR_ENTRY, query = "select c from EntryComment c join fetch c.author a"
        + " left join fetch a.organization left join fetch c.hiddenBy where c.entry = :entry"
        + " order by c.createdAt, c.id")
public class EntryComment {
    public static final String FOR_ENTRY = "EntryComment.forEntry";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private ToolboxEntry entry;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Member author;
    private String body;
    private Instant createdAt;
    private Instant hiddenAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "hidden_by_id")
    private Member hiddenBy;
    private String hiddenReason;
    @Version
    private long version;

    protected EntryComment() {
    }

    public EntryComment(ToolboxEntry entry, Member author, String body, Instant at) {
        this.entry = Objects.requireNonNull(entry);
        this.author = Objects.requireNonNull(author);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(at);
    }

    /** A moderator takes the comment out of public view; hiding twice keeps the first decision. */
    public void hide(Member moderator, String reason, Instant at) {
        if (hiddenAt != null) {
            throw new IllegalStateException("comment " + id + " is already hidden");
        }
        this.hiddenBy = Objects.requireNonNull(moderator);
        this.hiddenReason = Objects.requireNonNull(reason);
        this.hiddenAt = Objects.requireNonNull(at);
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Long getId() {
        return id;
    }

    public ToolboxEntry getEntry() {
        return entry;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public Member getHiddenBy() {
        return hiddenBy;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public long getVersion() {
        return version;
    }
}
