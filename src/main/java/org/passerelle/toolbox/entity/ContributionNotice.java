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
import java.time.Instant;
import java.util.Objects;
import org.passerelle.identity.entity.Member;

/**
 * An in-app notification to a contribution's author: a moderator approved it, asked for changes
 * or rejected it, with their comment. Unseen until the author opens "Mes contributions".
 */
@Entity
@NamedQuery(name = ContributionNotice.FOR_RECIPIENT, query = "select n from ContributionNotice n"
        + " join fetch n.contribution where n.recipient = :recipient order by n.createdAt desc, n.id desc")
@NamedQuery(name = ContributionNotice.UNSEEN_COUNT, query = "select count(n) from ContributionNotice n"
        + " where n.recipient.login = :login and n.seenAt is null")
public class ContributionNotice {
    public static final String FOR_RECIPIENT = "ContributionNotice.forRecipient";
    public static final String UNSEEN_COUNT = "ContributionNotice.unseenCount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contribution_id")
    private Contribution contribution;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Member recipient;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Member actor;
    @Enumerated(EnumType.STRING)
    private ContributionStatus status;
    private String comment;
    private Instant createdAt;
    private Instant seenAt;

    protected ContributionNotice() {
    }

    /** Tells the author what just happened to their contribution. */
    public static ContributionNotice of(Contribution contribution, Instant at) {
        ContributionNotice notice = new ContributionNotice();
        notice.contribution = Objects.requireNonNull(contribution);
        notice.recipient = contribution.getAuthor();
        notice.actor = contribution.getModerator();
        notice.status = contribution.getStatus();
        notice.comment = contribution.getModeratorComment();
        notice.createdAt = Objects.requireNonNull(at);
        return notice;
    }

    public void seen(Instant at) {
        if (seenAt == null) {
            seenAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Contribution getContribution() {
        return contribution;
    }

    public Member getRecipient() {
        return recipient;
    }

    public Member getActor() {
        return actor;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
