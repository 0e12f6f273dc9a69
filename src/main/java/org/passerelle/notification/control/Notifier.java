package org.passerelle.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.identity.entity.Member;
import org.passerelle.notification.entity.AppNotification;
import org.passerelle.notification.entity.Channel;
import org.passerelle.notification.entity.MailContent;
import org.passerelle.notification.entity.NotificationEvent;
import org.passerelle.platform.mail.AccountMail;
import org.passerelle.ticket.control.RequestActivity;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.toolbox.entity.ContributionNotice;

/**
 * Decides who hears of what: observes the request, toolbox and account events synchronously, in
 * the transaction of the change, and stores an in-app notification and/or an outbox mail for each
 * person according to their preference and quiet hours. Internal notes only ever reach staff who
 * were mentioned in them; a member is never mailed one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notifier {
    static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9][A-Za-z0-9._-]{0,59})");

    @PersistenceContext
    EntityManager em;
    @Inject
    MailTemplates templates;
    @Inject
    Outbox outbox;
    @Inject
    NotificationPreferences preferences;

    Clock clock = Clock.systemUTC();

    void onRequest(@Observes RequestActivity activity) {
        Ticket ticket = activity.ticket();
        Member actor = activity.actor();
        Member requester = ticket.getRequester();
        TicketMessage message = activity.message();
        switch (activity.kind()) {
            case OPENED -> {
                List<Member> pool = poolOf(ticket, actor);
                Audience audience = preferences.audience(requester, ticket.getPool());
                tell(audience, requester, NotificationEvent.REQUEST_RECEIVED, ticket, actor, null);
                pool.forEach(agent -> tell(audience, agent, NotificationEvent.NEW_IN_POOL, ticket, actor, null));
            }
            case OVERFLOWED -> {
                List<Member> pool = poolOf(ticket, actor);
                Audience audience = preferences.audience(null, ticket.getPool());
                pool.forEach(agent -> tell(audience, agent, NotificationEvent.NEW_IN_POOL, ticket, actor, null));
            }
            case PUBLIC_REPLY -> {
                if (message == null || message.isInternal()) {
                    return;
                }
                Set<Member> recipients = new LinkedHashSet<>();
                recipients.add(requester);
                if (ticket.getAssignee() != null) {
                    recipients.add(ticket.getAssignee());
                }
                recipients.stream().filter(r -> !same(r, actor))
                        .forEach(r -> tell(r, NotificationEvent.PUBLIC_REPLY, ticket, actor, message.getBody()));
            }
            case INTERNAL_NOTE -> {
                if (message == null) {
                    return;
                }
                for (Member mentioned : mentioned(message.getBody()).values()) {
                    // only staff see internal notes: never the requester, never a member or peer helper
                    if (NotificationPreferences.isStaff(mentioned) && !same(mentioned, actor)
                            && !same(mentioned, requester)) {
                        tell(mentioned, NotificationEvent.MENTION, ticket, actor, message.getBody());
                    }
                }
            }
            case WAITING_ON_MEMBER -> {
                tell(requester, NotificationEvent.WAITING_ON_YOU, ticket, actor, replyText(message));
                tellAssigneeOfReply(ticket, actor, requester, message);
            }
            case RESOLVED -> {
                if (!same(requester, actor)) {
                    tell(requester, NotificationEvent.RESOLVED, ticket, actor, replyText(message));
                }
                tellAssigneeOfReply(ticket, actor, requester, message);
            }
            case ASSIGNED -> {
                if (ticket.getAssignee() != null && !same(ticket.getAssignee(), actor)) {
                    tell(ticket.getAssignee(), NotificationEvent.ASSIGNED, ticket, actor, null);
                }
            }
        }
    }

    /**
     * A status change may carry the public reply that made it (reply and resolve in one action):
     * the member hears of both in one notice, the assignee still hears of the reply.
     */
    private void tellAssigneeOfReply(Ticket ticket, Member actor, Member requester, TicketMessage message) {
        Member assignee = ticket.getAssignee();
        if (replyText(message) != null && assignee != null && !same(assignee, actor) && !same(assignee, requester)) {
            tell(assignee, NotificationEvent.PUBLIC_REPLY, ticket, actor, message.getBody());
        }
    }

    private static String replyText(TicketMessage message) {
        return message == null || message.isInternal() ? null : message.getBody();
    }

    /** The agents of the request's pool who hear of it, but not the one who did it. */
    private static List<Member> poolOf(Ticket ticket, Member actor) {
        if (ticket.getPool() == null) {
            return List.of();
        }
        return ticket.getPool().getAgents().stream().filter(agent -> !same(agent, actor)).toList();
    }

    void onContribution(@Observes ContributionNotice notice) {
        Member author = notice.getRecipient();
        if (author == null || !author.isActive()) {
            return;
        }
        Channel channel = preferences.channel(author.getId(), NotificationEvent.CONTRIBUTION_REVIEWED);
        MailContent content = templates.forContribution(author, notice);
        if (channel.showsInApp()) {
            em.persist(new AppNotification(author.getId(), NotificationEvent.CONTRIBUTION_REVIEWED, null,
                    content.subject(), "/app/contribution.xhtml?id=" + notice.getContribution().getId(),
                    clock.instant()));
        }
        if (channel.mails()) {
            outbox.enqueue(content, author.getId(), held(preferences.audience(author, null), author, false));
        }
    }

    /** Invitations and password resets: stored as they are, never held (the person is waiting). */
    void onAccountMail(@Observes AccountMail mail) {
        outbox.enqueue(templates.account(mail), null, null);
    }

    private void tell(Member to, NotificationEvent event, Ticket ticket, Member actor, String quoted) {
        if (to == null || !to.isActive()) {
            return;
        }
        tell(preferences.audience(to, null), to, event, ticket, actor, quoted);
    }

    /** {@code audience} holds the preferences of {@code to}, read with those of the others told of the change. */
    private void tell(Audience audience, Member to, NotificationEvent event, Ticket ticket, Member actor,
                      String quoted) {
        if (to == null || !to.isActive()) {
            return;
        }
        Channel channel = audience.channel(to, event);
        if (channel == Channel.NONE) {
            return;
        }
        boolean staff = NotificationPreferences.isStaff(to);
        MailContent content = templates.forRequest(event, to, ticket, actor, quoted, staff);
        if (channel.showsInApp()) {
            em.persist(new AppNotification(to.getId(), event, ticket.getNumber(), content.subject(),
                    MailTemplates.pathTo(ticket.getNumber(), staff), clock.instant()));
        }
        if (channel.mails()) {
            outbox.enqueue(content, to.getId(), held(audience, to, ticket.getUrgency() == Urgency.HIGH));
        }
    }

    /** Staff mail waits for the end of their quiet hours; mail to members is never held. */
    private Instant held(Audience audience, Member to, boolean urgent) {
        if (!NotificationPreferences.isStaff(to)) {
            return null;
        }
        return QuietSchedule.heldUntil(audience.quietHours(to), clock.instant(), urgent).orElse(null);
    }

    /** The people named {@code @login} in a note, by login. */
    Map<String, Member> mentioned(String text) {
        Map<String, Member> people = new LinkedHashMap<>();
        Matcher matcher = MENTION.matcher(text == null ? "" : text);
        while (matcher.find()) {
            String login = matcher.group(1).replaceAll("[._-]+$", "");
            if (!people.containsKey(login)) {
                em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login)
                        .getResultStream().findFirst().ifPresent(m -> people.put(login, m));
            }
        }
        return people;
    }

    private static boolean same(Member a, Member b) {
        return a != null && b != null && Objects.equals(a.getId(), b.getId());
    }
}
