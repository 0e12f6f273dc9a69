package org.passerelle.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.PeerTopic;

/**
 * The peer-helper topics as administrators and coordinators keep them: create, relabel,
 * deactivate, reactivate. The list is shared by every network (a topic is a skill, not a place);
 * each change is audited under the actor's network so a coordinator finds their own in the log.
 */
@ApplicationScoped
@Transactional
public class Topics {
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    static final int LABEL_MAX = 200;

    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;
    @Inject
    AuditLog audit;

    public List<PeerTopic> all(String login) {
        scope.actor(login);
        return em.createNamedQuery(PeerTopic.ALL, PeerTopic.class).getResultList();
    }

    public PeerTopic create(String login, String code, String french, String english) {
        Member me = scope.actor(login);
        String clean = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (!CODE.matcher(clean).matches()) {
            problems.add("topics.code.invalid");
        } else if (!em.createNamedQuery(PeerTopic.BY_CODE, PeerTopic.class).setParameter("code", clean)
                .getResultList().isEmpty()) {
            problems.add("topics.code.taken");
        }
        problems.addAll(labelProblems(french, english));
        if (!problems.isEmpty()) {
            throw new AccountProblem(problems);
        }
        PeerTopic topic = new PeerTopic(clean, french, english);
        em.persist(topic);
        em.flush();
        audit.record(me, "topic", topic.getId(), clean, "create", null, null,
                topic.getLabelFr() + " / " + topic.getLabelEn(), networkOf(me));
        return topic;
    }

    public void relabel(String login, long id, String french, String english, long expectedVersion) {
        Member me = scope.actor(login);
        PeerTopic topic = find(id);
        Directory.checkVersion(topic.getVersion(), expectedVersion);
        List<String> problems = labelProblems(french, english);
        if (!problems.isEmpty()) {
            throw new AccountProblem(problems);
        }
        audit.changed(me, "topic", id, topic.getCode(), "labelFr", topic.getLabelFr(), french.strip(), networkOf(me));
        audit.changed(me, "topic", id, topic.getCode(), "labelEn", topic.getLabelEn(), english.strip(), networkOf(me));
        topic.relabel(french, english);
    }

    public void setActive(String login, long id, boolean active, long expectedVersion) {
        Member me = scope.actor(login);
        PeerTopic topic = find(id);
        Directory.checkVersion(topic.getVersion(), expectedVersion);
        if (topic.isActive() == active) {
            return;
        }
        audit.record(me, "topic", id, topic.getCode(), active ? "reactivate" : "deactivate", "active",
                topic.isActive(), active, networkOf(me));
        if (active) {
            topic.reactivate();
        } else {
            topic.deactivate();
        }
    }

    static List<String> labelProblems(String french, String english) {
        List<String> problems = new ArrayList<>();
        if (french == null || french.isBlank() || french.strip().length() > LABEL_MAX) {
            problems.add("topics.labelFr.required");
        }
        if (english == null || english.isBlank() || english.strip().length() > LABEL_MAX) {
            problems.add("topics.labelEn.required");
        }
        return problems;
    }

    private Long networkOf(Member me) {
        Network network = scope.coordinated(me);
        return scope.isAdmin(me) || network == null ? null : network.getId();
    }

    private PeerTopic find(long id) {
        PeerTopic topic = em.find(PeerTopic.class, id);
        if (topic == null) {
            throw AccountProblem.forbidden("admin.notFound");
        }
        return topic;
    }
}
