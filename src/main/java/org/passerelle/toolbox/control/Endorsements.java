package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.passerelle.identity.entity.Member;
import org.passerelle.toolbox.entity.EntryEndorsement;
import org.passerelle.toolbox.entity.ToolboxEntry;

/** "Cette fiche m'a été utile": signed-in people endorse published entries; everyone sees the count. */
@ApplicationScoped
@Transactional
public class Endorsements {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** How many people found the entry useful, and whether {@code login} (may be null) is one of them. */
    public record Tally(long count, boolean mine) {
    }

    public Tally tally(String slug, String login) {
        ToolboxEntry entry = entry(slug);
        long count = em.createQuery("select count(e) from EntryEndorsement e where e.id.entryId = :entry", Long.class)
                .setParameter("entry", entry.getId()).getSingleResult();
        boolean mine = login != null && em.find(EntryEndorsement.class,
                new EntryEndorsement.Key(entry.getId(), member(login).getId())) != null;
        return new Tally(count, mine);
    }

    /** Endorses the entry, or withdraws the endorsement when {@code useful} is false; both idempotent. */
    public Tally endorse(String login, String slug, boolean useful) {
        ToolboxEntry entry = entry(slug);
        EntryEndorsement.Key key = new EntryEndorsement.Key(entry.getId(), member(login).getId());
        EntryEndorsement existing = em.find(EntryEndorsement.class, key);
        if (useful && existing == null) {
            em.persist(new EntryEndorsement(key.entryId(), key.memberId(), clock.instant()));
        } else if (!useful && existing != null) {
            em.remove(existing);
        }
        em.flush();
        return tally(slug, login);
    }

    private ToolboxEntry entry(String slug) {
        return em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug)
                .getResultStream().filter(ToolboxEntry::isPublished).findFirst()
                .orElseThrow(ContributionProblem::notFound);
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
