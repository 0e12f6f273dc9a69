package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.PeerTopic;

/**
 * The topics a member masters, declared on their profile: agents see them when they look for a
 * peer helper to invite. Only active topics (administered in {@code peer_topic}) are offered and
 * accepted; a declaration of a topic deactivated since stays, unseen, until the member leaves it.
 */
@ApplicationScoped
@Transactional
public class PeerTopics {
    @PersistenceContext
    EntityManager em;

    /** The active topics the profile offers, by code. */
    public List<PeerTopic> offered() {
        return em.createNamedQuery(PeerTopic.ALL, PeerTopic.class).getResultStream().filter(PeerTopic::isActive)
                .toList();
    }

    /** Every topic's label in this language, by code (deactivated ones too: old declarations keep a name). */
    public Map<String, String> labels(String language) {
        return em.createNamedQuery(PeerTopic.ALL, PeerTopic.class).getResultStream()
                .collect(Collectors.toMap(PeerTopic::getCode, t -> t.label(language)));
    }

    /** The member's declared topics that are still offered. */
    public Set<String> of(String login) {
        Set<String> active = activeCodes();
        return member(login).getTopics().stream().filter(active::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Replaces the member's offered topics by {@code topics}; declarations of deactivated topics are
     * kept as they were (the member cannot see them to untick them).
     */
    public void declare(String login, Set<String> topics, long expectedVersion) {
        Set<String> active = activeCodes();
        for (String topic : topics) {
            if (!active.contains(topic)) {
                throw AccountProblem.of("topics.unknown");
            }
        }
        Member me = member(login);
        if (me.getVersion() != expectedVersion) {
            throw new jakarta.persistence.OptimisticLockException("profile changed meanwhile");
        }
        Set<String> kept = new TreeSet<>(topics);
        me.getTopics().stream().filter(t -> !active.contains(t)).forEach(kept::add);
        me.declareTopics(kept);
    }

    public long versionOf(String login) {
        return member(login).getVersion();
    }

    private Set<String> activeCodes() {
        return offered().stream().map(PeerTopic::getCode).collect(Collectors.toSet());
    }

    private Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
