package org.passerelle.toolbox.entity;

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

/** A published state of a toolbox entry: who changed what, when and why. Never modified. */
@Entity
public class EntryRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private ToolboxEntry entry;
    private int revisionNumber;
    private String title;
    private String summary;
    private String body;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Member author;
    private String changeSummary;
    private Instant createdAt;

    protected EntryRevision() {
    }

    EntryRevision(ToolboxEntry entry, int revisionNumber, Member author, String changeSummary, Instant createdAt) {
        this.entry = Objects.requireNonNull(entry);
        this.revisionNumber = revisionNumber;
        this.title = entry.getTitle();
        this.summary = entry.getSummary();
        this.body = entry.getBody();
        this.author = author;
        this.changeSummary = Objects.requireNonNull(changeSummary);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public ToolboxEntry getEntry() {
        return entry;
    }

    public int getRevisionNumber() {
        return revisionNumber;
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

    public Member getAuthor() {
        return author;
    }

    public String getChangeSummary() {
        return changeSummary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
