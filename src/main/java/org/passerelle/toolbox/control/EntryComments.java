package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.toolbox.entity.EntryComment;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Comments of members on published entries, shown newest last. Members (and the support staff
 * who answer them) post; moderators hide a comment with a reason. A hidden comment's text is
 * shown to moderators only; everyone else sees that it was hidden and why.
 */
@ApplicationScoped
@Transactional
public class EntryComments {

    @PersistenceContext
    EntityManager em;
    @Inject
    MarkdownRenderer markdown;

    Clock clock = Clock.systemUTC();

    /** A comment as a page shows it; {@code html} is sanitised, and null when hidden from the viewer. */
    public record CommentView(long id, String author, String organization, String html, Instant createdAt,
                              boolean hidden, String hiddenReason, long version) {
    }

    /** Posts {@code text} (plain text or Markdown) under the entry; returns the new comment's id. */
    public long post(String login, String slug, String text) {
        Member author = memberOrNull(login);
        if (author == null || !mayComment(author)) {
            throw new ContributionProblem(ContributionProblem.Kind.FORBIDDEN, List.of("toolbox.comment.notAllowed"));
        }
        String problem = CommunityRules.commentProblem(text);
        if (problem != null) {
            throw ContributionProblem.invalid(problem);
        }
        EntryComment comment = new EntryComment(entry(slug), author, text.strip().replace("\r\n", "\n"),
                clock.instant());
        em.persist(comment);
        em.flush();
        return comment.getId();
    }

    /** Hides a comment; moderators only, with a reason. */
    public void hide(String login, long commentId, long expectedVersion, String reason) {
        Member moderator = memberOrNull(login);
        if (moderator == null || !Contributions.isModerator(moderator)) {
            throw ContributionProblem.forbidden();
        }
        EntryComment comment = em.find(EntryComment.class, commentId);
        if (comment == null) {
            throw new ContributionProblem(ContributionProblem.Kind.NOT_FOUND, List.of("toolbox.comment.notFound"));
        }
        if (comment.getVersion() != expectedVersion || comment.isHidden()) {
            throw ContributionProblem.conflict("toolbox.comment.changedMeanwhile");
        }
        String problem = CommunityRules.hideReasonProblem(reason);
        if (problem != null) {
            throw ContributionProblem.invalid(problem);
        }
        comment.hide(moderator, reason.strip(), clock.instant());
    }

    /** The comments of a published entry, oldest first, as {@code login} (may be null) may see them. */
    public List<CommentView> of(String slug, String login) {
        Member viewer = memberOrNull(login);
        boolean moderator = viewer != null && Contributions.isModerator(viewer);
        return em.createNamedQuery(EntryComment.FOR_ENTRY, EntryComment.class).setParameter("entry", entry(slug))
                .getResultList().stream().map(c -> new CommentView(c.getId(), c.getAuthor().getDisplayName(),
                        c.getAuthor().getOrganization() == null ? null : c.getAuthor().getOrganization().getName(),
                        c.isHidden() && !moderator ? null : markdown.toSafeHtml(c.getBody()), c.getCreatedAt(),
                        c.isHidden(), c.getHiddenReason(), c.getVersion())).toList();
    }

    /** Who may comment: members, and the support staff who answer them. */
    public boolean mayComment(String login) {
        Member member = memberOrNull(login);
        return member != null && mayComment(member);
    }

    public boolean isModerator(String login) {
        Member member = memberOrNull(login);
        return member != null && Contributions.isModerator(member);
    }

    private static boolean mayComment(Member member) {
        return member.isActive() && (member.hasRole(Role.MEMBER) || member.hasRole(Role.PEER_HELPER)
                || Contributions.isModerator(member));
    }

    private ToolboxEntry entry(String slug) {
        return em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug)
                .getResultStream().filter(ToolboxEntry::isPublished).findFirst()
                .orElseThrow(ContributionProblem::notFound);
    }

    private Member memberOrNull(String login) {
        if (login == null) {
            return null;
        }
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
    }
}
