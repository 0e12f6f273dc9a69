package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.passerelle.identity.entity.Member;
import org.passerelle.toolbox.entity.EntrySlugAlias;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Slugs are stable: only a moderator renames an entry, and the old slug stays reserved for it
 * and redirects to the new one (HTTP 301), so links people saved or printed keep working.
 */
@ApplicationScoped
@Transactional
public class EntrySlugs {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Gives the entry {@code slug} the address {@code newSlug}; returns the new slug. */
    public String rename(String login, String slug, String newSlug) {
        Member moderator = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
        if (moderator == null || !Contributions.isModerator(moderator)) {
            throw ContributionProblem.forbidden();
        }
        String problem = CommunityRules.slugProblem(newSlug);
        if (problem != null) {
            throw ContributionProblem.invalid(problem);
        }
        String wanted = newSlug.strip();
        ToolboxEntry entry = bySlug(slug).orElseThrow(ContributionProblem::notFound);
        if (wanted.equals(entry.getSlug())) {
            return wanted;
        }
        EntrySlugAlias alias = em.find(EntrySlugAlias.class, wanted);
        if (bySlug(wanted).isPresent() || (alias != null && !alias.getEntry().getId().equals(entry.getId()))) {
            throw ContributionProblem.conflict("toolbox.slug.taken");
        }
        if (alias != null) {
            // back to an earlier address of the same entry: it is the current one again
            em.remove(alias);
        }
        em.persist(new EntrySlugAlias(entry.getSlug(), entry, clock.instant()));
        entry.rename(wanted);
        return wanted;
    }

    /** The current slug of the entry that once had {@code oldSlug}, if any. */
    public Optional<String> currentSlugOf(String oldSlug) {
        if (oldSlug == null || oldSlug.isBlank()) {
            return Optional.empty();
        }
        EntrySlugAlias alias = em.find(EntrySlugAlias.class, oldSlug.strip());
        return alias == null || !alias.getEntry().isPublished() ? Optional.empty()
                : Optional.of(alias.getEntry().getSlug());
    }

    /** True when {@code slug} is free for a new entry: neither an entry's nor an old address. */
    public boolean isFree(String slug) {
        return bySlug(slug).isEmpty() && em.find(EntrySlugAlias.class, slug) == null;
    }

    private Optional<ToolboxEntry> bySlug(String slug) {
        return em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }
}
