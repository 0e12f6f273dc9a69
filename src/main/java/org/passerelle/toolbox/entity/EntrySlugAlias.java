package org.passerelle.toolbox.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Objects;

/** An address a renamed entry had before: links people saved keep working (301 to the new slug). */
@Entity
public class EntrySlugAlias {
    @Id
    private String oldSlug;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id")
    private ToolboxEntry entry;
    private Instant createdAt;

    protected EntrySlugAlias() {
    }

    public EntrySlugAlias(String oldSlug, ToolboxEntry entry, Instant at) {
        this.oldSlug = Objects.requireNonNull(oldSlug);
        this.entry = Objects.requireNonNull(entry);
        this.createdAt = Objects.requireNonNull(at);
    }

    public String getOldSlug() {
        return oldSlug;
    }

    public ToolboxEntry getEntry() {
        return entry;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
