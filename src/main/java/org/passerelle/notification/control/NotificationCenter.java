package org.passerelle.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.passerelle.identity.entity.Member;
import org.passerelle.notification.entity.AppNotification;

/** The bell: a person's in-app notifications, newest first, and which are unread. Only ever one's own. */
@ApplicationScoped
@Transactional
public class NotificationCenter {
    static final int LIST_MAX = 100;

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public long unreadCount(String login) {
        return em.createNamedQuery(AppNotification.UNREAD_COUNT, Long.class).setParameter("login", login)
                .getSingleResult();
    }

    public List<AppNotification> latest(String login) {
        return em.createNamedQuery(AppNotification.FOR_MEMBER, AppNotification.class)
                .setParameter("member", memberId(login)).setMaxResults(LIST_MAX).getResultList();
    }

    /** Marks one of this person's notifications read; somebody else's is silently ignored. */
    public void markRead(String login, long id) {
        AppNotification notification = em.find(AppNotification.class, id);
        if (notification != null && notification.getMemberId().equals(memberId(login))) {
            notification.read(clock.instant());
        }
    }

    public int markAllRead(String login) {
        return em.createQuery("update AppNotification n set n.readAt = :now where n.memberId = :member"
                        + " and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("member", memberId(login)).executeUpdate();
    }

    private Long memberId(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult()
                .getId();
    }
}
