package org.passerelle.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A person's channel for one event; no row means {@link Channel#BOTH}. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id")
    private Long memberId;
    @Enumerated(EnumType.STRING)
    private NotificationEvent event;
    @Enumerated(EnumType.STRING)
    private Channel channel;

    protected NotificationPreference() {
    }

    public NotificationPreference(Long memberId, NotificationEvent event, Channel channel) {
        this.memberId = Objects.requireNonNull(memberId);
        this.event = Objects.requireNonNull(event);
        this.channel = Objects.requireNonNull(channel);
    }

    public void choose(Channel newChannel) {
        this.channel = Objects.requireNonNull(newChannel);
    }

    public Long getMemberId() {
        return memberId;
    }

    public NotificationEvent getEvent() {
        return event;
    }

    public Channel getChannel() {
        return channel;
    }
}
