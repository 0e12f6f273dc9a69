package org.passerelle.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.notification.entity.Channel;
import org.passerelle.notification.entity.NotificationEvent;
import org.passerelle.notification.entity.NotificationPreference;
import org.passerelle.notification.entity.QuietHours;
import org.passerelle.pool.entity.SupportPool;

/** Each person's channel per event and, for support agents, their quiet hours. */
@ApplicationScoped
@Transactional
public class NotificationPreferences {

    @PersistenceContext
    EntityManager em;

    /** Support agents have quiet hours and may be mentioned in notes; everyone else is a member here. */
    public static boolean isStaff(Member member) {
        return member.hasRole(Role.AGENT) || member.hasRole(Role.POOL_LEAD);
    }

    public Channel channel(Long memberId, NotificationEvent event) {
        return em.createQuery("select p.channel from NotificationPreference p where p.memberId = :who"
                        + " and p.event = :event", Channel.class)
                .setParameter("who", memberId).setParameter("event", event)
                .getResultStream().findFirst().orElse(Channel.BOTH);
    }

    /**
     * The channels and quiet hours of one person and/or the agents of a pool (either may be null), in
     * two queries for all of them. The queries have no list parameter, so Hibernate translates each
     * once and reuses it (a list parameter's query is translated again at every call).
     */
    public Audience audience(Member person, SupportPool pool) {
        Map<Long, Map<NotificationEvent, Channel>> channels = new HashMap<>();
        Map<Long, QuietHours> quietHours = new HashMap<>();
        if (person == null && pool == null) {
            return new Audience(channels, quietHours);
        }
        var preferences = em.createQuery("select x from NotificationPreference x where "
                + among(person, pool), NotificationPreference.class);
        among(preferences, person, pool).getResultList().forEach(p -> channels
                .computeIfAbsent(p.getMemberId(), k -> new EnumMap<>(NotificationEvent.class))
                .put(p.getEvent(), p.getChannel()));
        // only staff have quiet hours: a member's mail is never held, so theirs are not read
        Member staff = person != null && isStaff(person) ? person : null;
        if (staff != null || pool != null) {
            var hours = em.createQuery("select x from QuietHours x where " + among(staff, pool), QuietHours.class);
            among(hours, staff, pool).getResultList().forEach(q -> quietHours.put(q.getMemberId(), q));
        }
        return new Audience(channels, quietHours);
    }

    /** The condition on {@code x.memberId} naming the person, the pool's agents, or both. */
    private static String among(Member person, SupportPool pool) {
        String poolAgents = "x.memberId in (select a.id from SupportPool s join s.agents a where s.id = :pool)";
        if (pool == null) {
            return "x.memberId = :person";
        }
        return person == null ? poolAgents : "(x.memberId = :person or " + poolAgents + ")";
    }

    private static <T> TypedQuery<T> among(TypedQuery<T> query, Member person, SupportPool pool) {
        if (person != null) {
            query.setParameter("person", person.getId());
        }
        if (pool != null) {
            query.setParameter("pool", pool.getId());
        }
        return query;
    }

    /** Every choosable event with the person's channel, defaults included. */
    public Map<NotificationEvent, Channel> channels(String login) {
        Member me = member(login);
        Map<NotificationEvent, Channel> channels = new EnumMap<>(NotificationEvent.class);
        NotificationEvent.choosable().forEach(e -> channels.put(e, Channel.BOTH));
        em.createQuery("select p from NotificationPreference p where p.memberId = :who", NotificationPreference.class)
                .setParameter("who", me.getId()).getResultList()
                .forEach(p -> channels.put(p.getEvent(), p.getChannel()));
        return channels;
    }

    public void choose(String login, Map<NotificationEvent, Channel> choices) {
        Member me = member(login);
        for (Map.Entry<NotificationEvent, Channel> choice : choices.entrySet()) {
            if (!NotificationEvent.choosable().contains(choice.getKey()) || choice.getValue() == null) {
                continue;
            }
            Optional<NotificationPreference> existing = em.createQuery("select p from NotificationPreference p"
                            + " where p.memberId = :who and p.event = :event", NotificationPreference.class)
                    .setParameter("who", me.getId()).setParameter("event", choice.getKey())
                    .getResultStream().findFirst();
            if (existing.isPresent()) {
                existing.get().choose(choice.getValue());
            } else {
                em.persist(new NotificationPreference(me.getId(), choice.getKey(), choice.getValue()));
            }
        }
    }

    public QuietHours quietHours(Long memberId) {
        QuietHours hours = em.find(QuietHours.class, memberId);
        return hours == null ? QuietHours.defaults(memberId) : hours;
    }

    /** Whether the person saved quiet hours already (otherwise they have the defaults). */
    public boolean quietHoursStored(String login) {
        return em.find(QuietHours.class, member(login).getId()) != null;
    }

    public QuietHours quietHours(String login) {
        return quietHours(member(login).getId());
    }

    /**
     * Saves a person's quiet hours; {@code expectedVersion} is the version they saw (-1 for none yet).
     *
     * @throws NotificationProblem when the hours are not a day or the settings changed meanwhile
     */
    public void changeQuietHours(String login, LocalTime starts, LocalTime ends, boolean weekends, boolean holidays,
                                 boolean urgentBreaks, long expectedVersion) {
        Member me = member(login);
        if (!isStaff(me)) {
            throw new NotificationProblem("notification.quiet.staffOnly");
        }
        if (starts == null || ends == null || !starts.isBefore(ends)) {
            throw new NotificationProblem("notification.quiet.order");
        }
        QuietHours hours = em.find(QuietHours.class, me.getId());
        if (hours == null) {
            hours = QuietHours.defaults(me.getId());
            hours.change(starts, ends, weekends, holidays, urgentBreaks);
            em.persist(hours);
        } else {
            if (expectedVersion >= 0 && hours.getVersion() != expectedVersion) {
                throw new NotificationProblem("notification.changedMeanwhile");
            }
            hours.change(starts, ends, weekends, holidays, urgentBreaks);
        }
    }

    Member member(String login) {
        return em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
    }
}
