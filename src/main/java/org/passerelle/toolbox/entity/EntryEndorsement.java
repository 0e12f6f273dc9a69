package org.passerelle.toolbox.entity;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * "Cette fiche m'a été utile": a signed-in person endorses a published entry, once. Only the
 * count is ever shown; who endorsed what stays private.
 */
@Entity
public class EntryEndorsement {

    /** The entry and the person: one endorsement each. */
    @Embeddable
    public record Key(Long entryId, Long memberId) implements Serializable {
    }

    @EmbeddedId
    private Key id;
    private Instant createdAt;

    protected EntryEndorsement() {
    }

    public EntryEndorsement(Long entryId, Long memberId, Instant at) {
        this.id = new Key(Objects.requireNonNull(entryId), Objects.requireNonNull(memberId));
        this.createdAt = Objects.requireNonNull(at);
    }

    public Key getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
