package org.passerelle.identity.entity;

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
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time link sent by mail (an invitation or a forgotten password). Only the SHA-256 of the
 * token is stored; it is good once, until it expires.
 */
@Entity
@NamedQuery(name = AccountToken.BY_HASH, query = "select t from AccountToken t join fetch t.member where t.tokenHash = :hash")
@NamedQuery(name = AccountToken.OPEN_FOR, query = "select t from AccountToken t where t.member = :member and t.purpose = :purpose and t.usedAt is null")
public class AccountToken {
    public static final String BY_HASH = "AccountToken.byHash";
    public static final String OPEN_FOR = "AccountToken.openFor";

    public enum Purpose { INVITATION, PASSWORD_RESET }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    private Member createdBy;

    protected AccountToken() {
    }

    public AccountToken(Member member, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt,
                        Member createdBy) {
        this.member = Objects.requireNonNull(member);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.createdBy = createdBy;
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant at) {
        if (usedAt != null) {
            throw new IllegalStateException("token already used");
        }
        this.usedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
