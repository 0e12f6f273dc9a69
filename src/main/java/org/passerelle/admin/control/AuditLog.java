package org.passerelle.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.passerelle.admin.entity.AuditEntry;
import org.passerelle.identity.control.DirectoryChanged;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;

/** Writes the audit log inside the caller's transaction (a rolled-back change leaves no entry), and reads it. */
@ApplicationScoped
public class AuditLog {
    public static final String SYSTEM = "Passerelle";
    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;
    @Inject
    Event<DirectoryChanged> directoryChanged;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Member actor, String subjectType, Long subjectId, String subjectName, String action,
                       String field, Object oldValue, Object newValue, Long networkId) {
        em.persist(new AuditEntry(actor.getId(), actor.getDisplayName(), clock.instant(), subjectType, subjectId,
                subjectName, action, field, text(oldValue), text(newValue), networkId));
        // every administrative change is audited here, so this is where copies of the directory learn of it
        directoryChanged.fire(new DirectoryChanged(subjectType));
    }

    /** What Passerelle did by itself (the retention job on its schedule): no person, signed "Passerelle". */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordBySystem(String subjectType, Long subjectId, String subjectName, String action, String field,
                               Object oldValue, Object newValue, Long networkId) {
        em.persist(new AuditEntry(null, SYSTEM, clock.instant(), subjectType, subjectId, subjectName, action, field,
                text(oldValue), text(newValue), networkId));
    }

    /** Records a field change only when the value really changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Member actor, String subjectType, Long subjectId, String subjectName, String field,
                        Object oldValue, Object newValue, Long networkId) {
        if (!Objects.equals(text(oldValue), text(newValue))) {
            record(actor, subjectType, subjectId, subjectName, "update", field, oldValue, newValue, networkId);
        }
    }

    /** The latest entries an administrator (all) or a coordinator (their network's) may read. */
    @Transactional
    public List<AuditEntry> latest(String login, int first, int max) {
        Member me = scope.actor(login);
        if (scope.isAdmin(me)) {
            return em.createNamedQuery(AuditEntry.ALL, AuditEntry.class).setFirstResult(first).setMaxResults(max)
                    .getResultList();
        }
        Network mine = scope.coordinated(me);
        return em.createNamedQuery(AuditEntry.OF_NETWORK, AuditEntry.class).setParameter("network", mine.getId())
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
