package org.passerelle.toolbox.control;

import java.time.Instant;
import java.util.List;
import org.passerelle.toolbox.entity.ContributionStatus;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;

/** What the contribution and moderation pages show: plain values, never managed entities. */
public final class ContributionViews {
    private ContributionViews() {
    }

    /** A line of "Mes contributions" or of the moderation queue. */
    public record Row(long id, String title, EntryKind kind, ContributionStatus status, String entrySlug,
                      boolean newEntry, String authorName, Instant updatedAt, String moderatorComment) {
    }

    /** A notification to the author. */
    public record Notice(long contributionId, String title, ContributionStatus status, String comment,
                         String moderatorName, Instant at, boolean unseen) {
    }

    /**
     * A side of a comparison: a bundle key ({@code contrib.side.revision}, {@code .current},
     * {@code .proposed}) and the revision number it names, if any.
     */
    public record Side(String key, int revision) {
        public static Side revision(int number) {
            return new Side("contrib.side.revision", number);
        }

        public static Side current(int number) {
            return new Side("contrib.side.current", number);
        }

        public static Side proposed() {
            return new Side("contrib.side.proposed", 0);
        }
    }

    /** Before and after, field by field. */
    public record Comparison(Side left, Side right, List<LineDiff.Row> title,
                             List<LineDiff.Row> summary, List<LineDiff.Row> body, List<CardChanges.Change> card) {
        public boolean isTitleChanged() {
            return !title.stream().allMatch(LineDiff.Row::isSame);
        }

        public boolean isSummaryChanged() {
            return !summary.stream().allMatch(LineDiff.Row::isSame);
        }

        public boolean isIdentical() {
            return title.stream().allMatch(LineDiff.Row::isSame) && summary.stream().allMatch(LineDiff.Row::isSame)
                    && body.stream().allMatch(LineDiff.Row::isSame) && card.isEmpty();
        }
    }

    /**
     * One contribution as its author or a moderator sees it. For an edit, {@code proposedVsCurrent}
     * compares the published text with the proposal; when the entry was published again since the
     * proposal was written ({@code stale}), {@code changedMeanwhile} shows what changed since.
     */
    public record Detail(long id, EntryKind kind, ContributionStatus status, ContributionText text,
                         String entrySlug, String entryTitle, Integer baseRevision, int currentRevision,
                         boolean stale, String authorName, boolean mine, boolean moderator, String moderatorName,
                         String moderatorComment, Integer publishedRevision, Instant createdAt, Instant updatedAt,
                         long version, Comparison proposedVsCurrent, Comparison changedMeanwhile,
                         List<Notice> history) {
        public boolean isEditable() {
            return mine && status.isEditableByAuthor();
        }

        public boolean isReviewable() {
            return moderator && status == ContributionStatus.SUBMITTED;
        }

        public boolean isNewEntry() {
            return baseRevision == null;
        }
    }

    /** An entry for the "à revoir" list. */
    public record ReviewRow(String slug, String title, EntryKind kind, boolean flagged, String note,
                            Instant lastReviewedAt, long version) {
    }
}
