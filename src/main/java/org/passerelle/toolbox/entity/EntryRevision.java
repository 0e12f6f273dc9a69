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
    private String licenseKind;
    private String costForNonprofits;
    private String hostingOptions;
    private String dataLocationNotes;
    private String frenchUi;
    private String alternativeTo;
    private String website;
    private String difficulty;

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
        ToolCardDetails details = entry.getDetails();
        this.licenseKind = details.licenseKind();
        this.costForNonprofits = details.costForNonprofits();
        this.hostingOptions = details.hostingOptions();
        this.dataLocationNotes = details.dataLocationNotes();
        this.frenchUi = details.frenchUi();
        this.alternativeTo = details.alternativeTo();
        this.website = details.website();
        this.difficulty = details.difficulty();
    }

    /** The tool card fields as they were in this revision (all empty for a guide). */
    public ToolCardDetails getDetails() {
        return new ToolCardDetails(licenseKind, costForNonprofits, hostingOptions, dataLocationNotes, frenchUi,
                alternativeTo, website, difficulty);
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
