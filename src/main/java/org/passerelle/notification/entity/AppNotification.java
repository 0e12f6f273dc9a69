package org.passerelle.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line under the bell: what happened, a link to it, and whether its person has read it. */
@Entity
@Table(name = "app_notification")
@NamedQuery(name = AppNotification.FOR_MEMBER,
        query = "select n from AppNotification n where n.memberId = :member order by n.createdAt desc, n.id desc")
@NamedQuery(name = AppNotification.UNREAD_COUNT,
        query = "select count(n) from AppNotification n where n.readAt is null"
                + " and n.memberId = (select m.id from Member m where m.login = :login)")
public class AppNotification {
    public static final String FOR_MEMBER = "AppNotification.forMember";
    public static final String UNREAD_COUNT = "AppNotification.unreadCount";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private NotificationEvent event;
    private String ticketNumber;
    private String title;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected AppNotification() {
    }

    public AppNotification(Long memberId, NotificationEvent event, String ticketNumber, String title, String link,
                           Instant at) {
        this.memberId = Objects.requireNonNull(memberId);
        this.event = Objects.requireNonNull(event);
        this.ticketNumber = ticketNumber;
        this.title = title.length() > 400 ? title.substring(0, 400) : title;
        this.link = link;
        this.createdAt = Objects.requireNonNull(at);
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public NotificationEvent getEvent() {
        return event;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
