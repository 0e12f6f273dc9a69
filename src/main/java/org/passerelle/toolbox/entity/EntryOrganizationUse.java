package org.passerelle.toolbox.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * "Utilisé par N organismes": a member says their organization uses a tool. The key is the entry
 * and the organization, so an organization counts once however many of its members say so.
 */
@Entity
@Table(name = "entry_organization_use")
public class EntryOrganizationUse {

    /** The entry and the organization: one each. */
    @Embeddable
    public record Key(Long entryId, Long organizationId) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    /** Who said so, for the record; never shown. */
    private Long memberId;
    private Instant createdAt;

    protected EntryOrganizationUse() {
    }

    public EntryOrganizationUse(Key key, Long memberId, Instant at) {
        this.id = Objects.requireNonNull(key);
        this.memberId = Objects.requireNonNull(memberId);
        this.createdAt = Objects.requireNonNull(at);
    }

    public Key getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
