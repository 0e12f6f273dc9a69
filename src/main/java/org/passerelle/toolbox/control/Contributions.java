package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.toolbox.entity.Contribution;
import org.passerelle.toolbox.entity.ContributionNotice;
import org.passerelle.toolbox.entity.ContributionStatus;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.EntryRevision;
import org.passerelle.toolbox.entity.ToolCardDetails;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Peer contributions to the toolbox: members propose new entries or edits of published ones and
 * write only their own drafts; moderators (support agents and pool leads) approve, which
 * publishes a new revision, ask for changes or reject, and the author is told in the app. A
 * contribution someone may not see is answered exactly like one that does not exist.
 */
@ApplicationScoped
@Transactional
public class Contributions {

    @PersistenceContext
    EntityManager em;
    /** Observed synchronously by the notifications, which also mail the author (same transaction). */
    @Inject
    Event<ContributionNotice> notices;

    Clock clock = Clock.systemUTC();

    static boolean isModerator(Member member) {
        return member.hasRole(Role.AGENT) || member.hasRole(Role.POOL_LEAD);
    }

    public boolean isModerator(String login) {
        return isModerator(member(login));
    }

    /** A proposal for a new entry; submitted for review at once when {@code submit}. Returns its id. */
    public long proposeNew(String login, EntryKind kind, ContributionText text, boolean submit) {
        ContributionText clean = checked(kind, text);
        Instant now = clock.instant();
        Contribution contribution = Contribution.newEntry(member(login), kind, clean, now);
        if (submit) {
            contribution.submit(now);
        }
        em.persist(contribution);
        em.flush();
        return contribution.getId();
    }

    /** A proposed edit of the published entry {@code slug}, based on its current revision. */
    public long proposeEdit(String login, String slug, ContributionText text, boolean submit) {
        ToolboxEntry entry = published(slug).orElseThrow(ContributionProblem::notFound);
        ContributionText clean = withCurrentCard(entry, checked(entry.getKind(), text));
        requireSomeChange(entry, clean);
        Instant now = clock.instant();
        Contribution contribution = Contribution.editOf(entry, member(login), clean, now);
        if (submit) {
            contribution.submit(now);
        }
        em.persist(contribution);
        em.flush();
        return contribution.getId();
    }

    /** The published text of an entry, as the starting point of an edit. */
    public Optional<StartingPoint> startingPoint(String slug) {
        return published(slug).map(e -> new StartingPoint(e.getSlug(), e.getKind(), e.getCurrentRevisionNumber(),
                new ContributionText(e.getCategory(), e.getTitle(), e.getSummary(), e.getBody(), null,
                        e.getKind() == EntryKind.TOOL ? e.getDetails() : null)));
    }

    public record StartingPoint(String slug, EntryKind kind, int revision, ContributionText text) {
    }

    /** The author rewrites their draft (or the one a moderator sent back), and may submit it. */
    public void update(String login, long id, ContributionText text, long expectedVersion, boolean submit) {
        update(login, id, text, expectedVersion, submit, false);
    }

    /**
     * Like {@link #update(String, long, ContributionText, long, boolean)}; with {@code rebased}
     * the author says the text now takes the currently published revision into account, so the
     * edit is no longer in conflict with it.
     */
    public void update(String login, long id, ContributionText text, long expectedVersion, boolean submit,
                       boolean rebased) {
        Member me = member(login);
        Contribution contribution = find(id).filter(c -> c.isWrittenBy(me))
                .orElseThrow(ContributionProblem::notFound);
        requireVersion(contribution, expectedVersion);
        if (!contribution.getStatus().isEditableByAuthor()) {
            throw ContributionProblem.conflict("contrib.notEditable");
        }
        ContributionText clean = checked(contribution.getKind(), text);
        if (contribution.getEntry() != null) {
            clean = withCurrentCard(contribution.getEntry(), clean);
            requireSomeChange(contribution.getEntry(), clean);
        }
        Instant now = clock.instant();
        contribution.rewrite(clean, now);
        if (rebased && contribution.isStale()) {
            contribution.rebaseOn(contribution.getEntry().getCurrentRevisionNumber(), now);
        }
        if (submit) {
            contribution.submit(now);
        }
    }

    public List<ContributionViews.Row> mine(String login) {
        return em.createNamedQuery(Contribution.BY_AUTHOR, Contribution.class)
                .setParameter("author", member(login)).getResultList().stream().map(Contributions::row).toList();
    }

    /** The author's notifications, newest first; {@link #markNoticesSeen} clears the unseen ones. */
    public List<ContributionViews.Notice> notices(String login) {
        return em.createNamedQuery(ContributionNotice.FOR_RECIPIENT, ContributionNotice.class)
                .setParameter("recipient", member(login)).setMaxResults(50).getResultList().stream()
                .map(Contributions::notice).toList();
    }

    public void markNoticesSeen(String login) {
        Instant now = clock.instant();
        em.createQuery("select n from ContributionNotice n where n.recipient.login = :login and n.seenAt is null",
                ContributionNotice.class).setParameter("login", login).getResultList().forEach(n -> n.seen(now));
    }

    public long unseenNotices(String login) {
        return em.createNamedQuery(ContributionNotice.UNSEEN_COUNT, Long.class).setParameter("login", login)
                .getSingleResult();
    }

    /** Submitted contributions waiting for a moderator, oldest first. */
    public List<ContributionViews.Row> queue(String login) {
        requireModerator(member(login));
        return em.createNamedQuery(Contribution.BY_STATUS, Contribution.class)
                .setParameter("status", ContributionStatus.SUBMITTED).getResultList().stream()
                .map(Contributions::row).toList();
    }

    public long queueSize() {
        return em.createQuery("select count(c) from Contribution c where c.status = :status", Long.class)
                .setParameter("status", ContributionStatus.SUBMITTED).getSingleResult();
    }

    /** One contribution, for its author at any time, for moderators once it was submitted. */
    public Optional<ContributionViews.Detail> detail(String login, long id) {
        Member me = member(login);
        boolean moderator = isModerator(me);
        return find(id).filter(c -> c.isWrittenBy(me) || (moderator && c.getStatus() != ContributionStatus.DRAFT))
                .map(c -> detailOf(c, me, moderator));
    }

    /**
     * Publishes the contribution. An edit written on an older revision than the published one is
     * refused with {@code contrib.conflict} unless the moderator, having seen both, confirms.
     * Returns the slug of the published entry.
     */
    public String approve(String login, long id, long expectedVersion, String comment, boolean despiteConflict) {
        Member moderator = member(login);
        Contribution contribution = reviewable(moderator, id, expectedVersion);
        String problem = ContributionRules.commentProblem(comment, false, "contrib.comment.length");
        if (problem != null) {
            throw ContributionProblem.invalid(problem);
        }
        if (contribution.isStale() && !despiteConflict) {
            throw ContributionProblem.conflict("contrib.conflict");
        }
        Instant now = clock.instant();
        ContributionText text = contribution.getText();
        ToolboxEntry entry = contribution.getEntry();
        if (entry == null) {
            entry = ToolboxEntry.proposed(freeSlug(text.title()), contribution.getKind(), text.title(),
                    text.category(), now);
            em.persist(entry);
        }
        EntryRevision revision = entry.publish(text.title(), text.category(), text.summary(), text.body(),
                text.details(), contribution.getAuthor(), text.changeSummary(), now);
        contribution.approve(moderator, blankToNull(comment), entry, revision.getRevisionNumber(), now);
        notify(ContributionNotice.of(contribution, now));
        return entry.getSlug();
    }

    /** Sends the contribution back to its author with what to change. */
    public void requestChanges(String login, long id, long expectedVersion, String comment) {
        Member moderator = member(login);
        Contribution contribution = reviewable(moderator, id, expectedVersion);
        String problem = ContributionRules.commentProblem(comment, true, "contrib.comment.required");
        if (problem != null) {
            throw ContributionProblem.invalid(problem);
        }
        Instant now = clock.instant();
        contribution.requestChanges(moderator, comment.strip(), now);
        notify(ContributionNotice.of(contribution, now));
    }

    public void reject(String login, long id, long expectedVersion, String reason) {
        Member moderator = member(login);
        Contribution contribution = reviewable(moderator, id, expectedVersion);
        String problem = ContributionRules.commentProblem(reason, true, "contrib.reason.required");
        if (problem != null) {
            throw ContributionProblem.invalid(problem);
        }
        Instant now = clock.instant();
        contribution.reject(moderator, reason.strip(), now);
        notify(ContributionNotice.of(contribution, now));
    }

    private Contribution reviewable(Member moderator, long id, long expectedVersion) {
        requireModerator(moderator);
        Contribution contribution = find(id).filter(c -> c.getStatus() != ContributionStatus.DRAFT)
                .orElseThrow(ContributionProblem::notFound);
        requireVersion(contribution, expectedVersion);
        if (contribution.getStatus() != ContributionStatus.SUBMITTED) {
            throw ContributionProblem.conflict("contrib.notSubmitted");
        }
        return contribution;
    }

    private static void requireModerator(Member member) {
        if (!isModerator(member)) {
            throw ContributionProblem.forbidden();
        }
    }

    private static void requireVersion(Contribution contribution, long expectedVersion) {
        if (contribution.getVersion() != expectedVersion) {
            throw ContributionProblem.conflict("contrib.changedMeanwhile");
        }
    }

    private static ContributionText checked(EntryKind kind, ContributionText text) {
        ContributionText clean = ContributionRules.clean(Objects.requireNonNull(text));
        List<String> problems = ContributionRules.problems(kind, clean);
        if (!problems.isEmpty()) {
            throw ContributionProblem.invalid(problems);
        }
        return clean;
    }

    /** An edit of a tool card that says nothing of the card's fields keeps them as published. */
    private static ContributionText withCurrentCard(ToolboxEntry entry, ContributionText text) {
        if (entry.getKind() != EntryKind.TOOL || text.details() != null) {
            return text;
        }
        return new ContributionText(text.category(), text.title(), text.summary(), text.body(), text.changeSummary(),
                entry.getDetails());
    }

    private static void requireSomeChange(ToolboxEntry entry, ContributionText text) {
        if (Objects.equals(entry.getTitle(), text.title()) && Objects.equals(entry.getCategory(), text.category())
                && Objects.equals(entry.getSummary(), text.summary())
                && LineDiff.same(entry.getBody(), text.body())
                && (entry.getKind() != EntryKind.TOOL || Objects.equals(entry.getDetails(), text.details()))) {
            throw ContributionProblem.invalid("contrib.noChange");
        }
    }

    private String freeSlug(String title) {
        String base = ContributionRules.slugOf(title);
        String slug = base;
        for (int n = 2; published(slug).isPresent() || exists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /** An entry's slug, or the old address of a renamed entry (which stays reserved for it). */
    private boolean exists(String slug) {
        return !em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug)
                .getResultList().isEmpty() || em.find(org.passerelle.toolbox.entity.EntrySlugAlias.class, slug) != null;
    }

    private Optional<ToolboxEntry> published(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug.strip())
                .getResultStream().filter(ToolboxEntry::isPublished).findFirst();
    }

    private Optional<Contribution> find(long id) {
        return Optional.ofNullable(em.find(Contribution.class, id));
    }

    private ContributionViews.Detail detailOf(Contribution c, Member me, boolean moderator) {
        ToolboxEntry entry = c.getEntry();
        ContributionText text = c.getText();
        ContributionViews.Comparison proposedVsCurrent = null;
        ContributionViews.Comparison changedMeanwhile = null;
        int current = entry == null ? 0 : entry.getCurrentRevisionNumber();
        if (entry != null && c.getStatus() != ContributionStatus.APPROVED) {
            proposedVsCurrent = EntryHistory.compare(ContributionViews.Side.current(current), entry.getTitle(),
                    entry.getSummary(), entry.getBody(), cardOf(entry.getKind(), entry.getDetails()),
                    ContributionViews.Side.proposed(), text.title(), text.summary(), text.body(),
                    cardOf(entry.getKind(), text.details()));
            if (c.isStale()) {
                EntryRevision base = entry.revision(c.getBaseRevision()).orElseThrow();
                changedMeanwhile = EntryHistory.compare(ContributionViews.Side.revision(base.getRevisionNumber()),
                        base.getTitle(), base.getSummary(), base.getBody(), cardOf(entry.getKind(), base.getDetails()),
                        ContributionViews.Side.current(current), entry.getTitle(), entry.getSummary(), entry.getBody(),
                        cardOf(entry.getKind(), entry.getDetails()));
            }
        }
        List<ContributionViews.Notice> history = new ArrayList<>(em.createQuery(
                        "select n from ContributionNotice n where n.contribution = :c order by n.createdAt, n.id",
                        ContributionNotice.class).setParameter("c", c).getResultList().stream()
                .map(Contributions::notice).toList());
        return new ContributionViews.Detail(c.getId(), c.getKind(), c.getStatus(), text,
                entry == null ? null : entry.getSlug(), entry == null ? null : entry.getTitle(), c.getBaseRevision(),
                current, c.isStale(), c.getAuthor().getDisplayName(), c.isWrittenBy(me), moderator,
                c.getModerator() == null ? null : c.getModerator().getDisplayName(), c.getModeratorComment(),
                c.getPublishedRevision(), c.getCreatedAt(), c.getUpdatedAt(), c.getVersion(), proposedVsCurrent,
                changedMeanwhile, history);
    }

    private static ToolCardDetails cardOf(EntryKind kind, ToolCardDetails details) {
        return kind == EntryKind.TOOL ? details : null;
    }

    private static ContributionViews.Row row(Contribution c) {
        return new ContributionViews.Row(c.getId(), c.getTitle(), c.getKind(), c.getStatus(),
                c.getEntry() == null ? null : c.getEntry().getSlug(), c.isNewEntry(),
                c.getAuthor().getDisplayName(), c.getUpdatedAt(), c.getModeratorComment());
    }

    private static ContributionViews.Notice notice(ContributionNotice n) {
        return new ContributionViews.Notice(n.getContribution().getId(), n.getContribution().getTitle(),
                n.getStatus(), n.getComment(), n.getActor() == null ? null : n.getActor().getDisplayName(),
                n.getCreatedAt(), n.getSeenAt() == null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void notify(ContributionNotice notice) {
        em.persist(notice);
        notices.fire(notice);
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
