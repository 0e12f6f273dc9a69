package org.passerelle.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.passerelle.admin.control.AdminScope;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;

/**
 * Anonymises a departed member (Loi 25, art. 23 and 28): their name, email, phone and login are
 * replaced and their account closed for good; their requests, messages and contributions stay,
 * signed "ancien·ne membre", so threads and statistics survive. The contact phone of their
 * requests, their open one-time links and their name in earlier audit entries go too.
 * Administrators only: it cannot be undone.
 */
@ApplicationScoped
@Transactional
public class Anonymisation {
    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;
    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    public void anonymise(String login, long memberId) {
        Member me = scope.actor(login);
        scope.require(scope.isAdmin(me));
        Member target = em.find(Member.class, memberId);
        if (target == null) {
            throw AccountProblem.forbidden("admin.notFound");
        }
        if (target.getId().equals(me.getId())) {
            throw AccountProblem.of("privacy.anonymise.self");
        }
        if (target.isAnonymized()) {
            return;
        }
        Long network = scope.networkIdOf(target.getOrganization());
        target.anonymize(clock.instant());
        em.createQuery("update Ticket t set t.contactPhone = null where t.requester = :m").setParameter("m", target)
                .executeUpdate();
        em.createQuery("delete from AccountToken t where t.member = :m").setParameter("m", target).executeUpdate();
        em.createQuery("update AuditEntry a set a.subjectName = :former, a.oldValue = null, a.newValue = null"
                        + " where a.subjectType = 'member' and a.subjectId = :id")
                .setParameter("former", Member.FORMER_MEMBER).setParameter("id", memberId).executeUpdate();
        em.createQuery("update AuditEntry a set a.actorName = :former where a.actorId = :id")
                .setParameter("former", Member.FORMER_MEMBER).setParameter("id", memberId).executeUpdate();
        audit.record(me, "member", memberId, Member.FORMER_MEMBER, "anonymise", null, null, null, network);
    }
}
