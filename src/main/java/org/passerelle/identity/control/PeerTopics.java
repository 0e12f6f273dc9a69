package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.TreeSet;
import org.passerelle.identity.entity.Member;
import org.passerelle.ticket.entity.Category;

/**
 * The topics a member masters, declared on their profile: agents see them when they look for a
 * peer helper to invite. Topics are the request categories, so they match what people ask.
 */
@ApplicationScoped
@Transactional
public class PeerTopics {
    @PersistenceContext
    EntityManager em;

    public Set<String> of(String login) {
        return new TreeSet<>(member(login).getTopics());
    }

    public void declare(String login, Set<String> topics, long expectedVersion) {
        for (String topic : topics) {
            Category.fromCode(topic);
        }
        Member me = member(login);
        if (me.getVersion() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("profile changed meanwhile");
        }
        me.declareTopics(topics);
    }

    public long versionOf(String login) {
        return member(login).getVersion();
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
