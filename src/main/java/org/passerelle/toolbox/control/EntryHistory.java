package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.passerelle.identity.entity.Member;
import org.passerelle.toolbox.control.ContributionViews.Comparison;
import org.passerelle.toolbox.control.ContributionViews.Side;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.EntryRevision;
import org.passerelle.toolbox.entity.ToolCardDetails;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * The life of a published entry: its revisions, two of them side by side, a rollback to an
 * earlier one (moderators, as a new revision), and the "à revoir" list: entries someone flagged
 * and entries nobody reviewed for {@link #REVIEW_AFTER}.
 */
@ApplicationScoped
@Transactional
public class EntryHistory {
    public static final Duration REVIEW_AFTER = Duration.ofDays(365);

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public record RevisionRow(int number, String authorName, Instant at, String changeSummary, boolean current) {
    }

    public record History(String slug, String title, EntryKind kind, int currentRevision, long version,
                          boolean needsReview, String reviewNote, Instant lastReviewedAt, List<RevisionRow> revisions) {
    }

    public Optional<History> history(String slug) {
        return published(slug).map(e -> {
            int current = e.getCurrentRevisionNumber();
            List<RevisionRow> rows = e.getRevisions().stream()
                    .sorted(Comparator.comparingInt(EntryRevision::getRevisionNumber).reversed())
                    .map(r -> new RevisionRow(r.getRevisionNumber(),
                            r.getAuthor() == null ? null : r.getAuthor().getDisplayName(), r.getCreatedAt(),
                            r.getChangeSummary(), r.getRevisionNumber() == current))
                    .toList();
            return new History(e.getSlug(), e.getTitle(), e.getKind(), current, e.getVersion(), e.isNeedsReview(),
                    e.getReviewNote(), e.getLastReviewedAt(), rows);
        });
    }

    /** Revisions {@code from} and {@code to} of the entry side by side; empty if either is unknown. */
    public Optional<Comparison> compare(String slug, int from, int to) {
        return published(slug).flatMap(e -> e.revision(from).flatMap(left -> e.revision(to).map(right ->
                compare(Side.revision(from), left.getTitle(), left.getSummary(), left.getBody(), card(e, left),
                        Side.revision(to), right.getTitle(), right.getSummary(), right.getBody(), card(e, right)))));
    }

    private static ToolCardDetails card(ToolboxEntry entry, EntryRevision revision) {
        return entry.getKind() == EntryKind.TOOL ? revision.getDetails() : null;
    }

    /** Compares two states of an entry; the card fields only when both are given (tool cards). */
    static Comparison compare(Side left, String leftTitle, String leftSummary, String leftBody, ToolCardDetails leftCard,
                              Side right, String rightTitle, String rightSummary, String rightBody,
                              ToolCardDetails rightCard) {
        return new Comparison(left, right, LineDiff.compare(leftTitle, rightTitle),
                LineDiff.compare(leftSummary, rightSummary), LineDiff.compare(leftBody, rightBody),
                CardChanges.between(leftCard, rightCard));
    }

    /**
     * Publishes again the text of revision {@code number} as a new revision (moderators only).
     * Returns the new revision's number.
     */
    public int rollBack(String login, String slug, int number, long expectedVersion, String reason) {
        Member moderator = moderator(login);
        ToolboxEntry entry = published(slug).orElseThrow(ContributionProblem::notFound);
        if (entry.getVersion() != expectedVersion) {
            throw ContributionProblem.conflict("contrib.changedMeanwhile");
        }
        if (entry.revision(number).isEmpty()) {
            throw ContributionProblem.invalid("contrib.rollback.unknown");
        }
        if (number == entry.getCurrentRevisionNumber()) {
            throw ContributionProblem.invalid("contrib.rollback.current");
        }
        if (ContributionRules.length(reason) > ContributionRules.NOTE_MAX) {
            throw ContributionProblem.invalid("contrib.rollback.reason.length");
        }
        // stored data, in the language of the toolbox's content (like "Importation initiale")
        String summary = "Retour à la révision " + number
                + (reason == null || reason.isBlank() ? "" : " : " + reason.strip());
        return entry.rollBackTo(number, moderator, summary, clock.instant()).getRevisionNumber();
    }

    /** Any signed-in person may say an entry needs a review, and why. */
    public void flagForReview(String login, String slug, String note) {
        member(login);
        if (ContributionRules.length(note) < ContributionRules.COMMENT_MIN
                || ContributionRules.length(note) > ContributionRules.NOTE_MAX) {
            throw ContributionProblem.invalid("contrib.flag.note.length");
        }
        published(slug).orElseThrow(ContributionProblem::notFound).flagForReview(note.strip());
    }

    /** A moderator checked the entry: it leaves the "à revoir" list for a year. */
    public void markReviewed(String login, String slug, long expectedVersion) {
        moderator(login);
        ToolboxEntry entry = published(slug).orElseThrow(ContributionProblem::notFound);
        if (entry.getVersion() != expectedVersion) {
            throw ContributionProblem.conflict("contrib.changedMeanwhile");
        }
        entry.markReviewed(clock.instant());
    }

    /** Entries flagged "à revoir" first, then those not reviewed for a year, oldest review first. */
    public List<ContributionViews.ReviewRow> toReview(String login) {
        moderator(login);
        Instant before = clock.instant().minus(REVIEW_AFTER);
        return em.createQuery("select e from ToolboxEntry e where e.published = true and (e.needsReview = true"
                        + " or e.lastReviewedAt is null or e.lastReviewedAt < :before)"
                        + " order by e.needsReview desc, e.lastReviewedAt, e.title", ToolboxEntry.class)
                .setParameter("before", before).setMaxResults(200).getResultList().stream()
                .map(e -> new ContributionViews.ReviewRow(e.getSlug(), e.getTitle(), e.getKind(), e.isNeedsReview(),
                        e.getReviewNote(), e.getLastReviewedAt(), e.getVersion()))
                .toList();
    }

    private Member moderator(String login) {
        Member member = member(login);
        if (!Contributions.isModerator(member)) {
            throw ContributionProblem.forbidden();
        }
        return member;
    }

    private Optional<ToolboxEntry> published(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug.strip())
                .getResultStream().filter(ToolboxEntry::isPublished).findFirst();
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
