package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.passerelle.identity.entity.Member;
import org.passerelle.toolbox.entity.EntryOrganizationUse;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * "Utilisé par N organismes": a member says that their organization uses an entry's tool. One
 * per organization and entry: any member of the organization may say it or take it back.
 */
@ApplicationScoped
@Transactional
public class OrganizationUses {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * How many organizations use the entry; whether {@code login}'s organization is one of them,
     * and whether {@code login} may say so (signed in, with an organization).
     */
    public record Tally(long count, boolean ours, boolean mayDeclare) {
    }

    public Tally tally(String slug, String login) {
        ToolboxEntry entry = entry(slug);
        long count = em.createQuery("select count(u) from EntryOrganizationUse u where u.id.entryId = :entry",
                Long.class).setParameter("entry", entry.getId()).getSingleResult();
        Member member = memberOrNull(login);
        boolean may = member != null && member.getOrganization() != null;
        boolean ours = may && em.find(EntryOrganizationUse.class,
                new EntryOrganizationUse.Key(entry.getId(), member.getOrganization().getId())) != null;
        return new Tally(count, ours, may);
    }

    /** Says that the member's organization uses the entry, or no longer does; both idempotent. */
    public Tally declare(String login, String slug, boolean uses) {
        Member member = memberOrNull(login);
        if (member == null || member.getOrganization() == null) {
            throw ContributionProblem.invalid("toolbox.usedBy.noOrganization");
        }
        ToolboxEntry entry = entry(slug);
        EntryOrganizationUse.Key key = new EntryOrganizationUse.Key(entry.getId(), member.getOrganization().getId());
        EntryOrganizationUse existing = em.find(EntryOrganizationUse.class, key);
        if (uses && existing == null) {
            em.persist(new EntryOrganizationUse(key, member.getId(), clock.instant()));
        } else if (!uses && existing != null) {
            em.remove(existing);
        }
        em.flush();
        return tally(slug, login);
    }

    /** Counts for every entry some organization uses, by slug: one query for a whole list. */
    public Map<String, Long> countsBySlug() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select e.slug, count(u) from EntryOrganizationUse u, ToolboxEntry e"
                        + " where e.id = u.id.entryId group by e.slug", Object[].class).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
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
