package org.passerelle.ticket.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.passerelle.identity.entity.Member;

/**
 * One view of a request by the support side (Loi 25: who consulted which personal information):
 * who, when, which request, through the web or the API. Written once, never changed: there is no
 * setter and no delete anywhere. {@code networkId} is the request's network at that moment, so a
 * coordinator reads the views of their network's requests.
 */
@Entity
@Table(name = "request_view")
public class RequestView {
    /** How the request was opened. */
    public enum Channel {
        WEB, API
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;
    private String ticketNumber;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "viewer_id")
    private Member viewer;
    private Long networkId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private Instant viewedAt;

    protected RequestView() {
    }

    public RequestView(Ticket ticket, Member viewer, Channel channel, Instant viewedAt) {
        this.ticket = Objects.requireNonNull(ticket);
        this.ticketNumber = ticket.getNumber();
        this.viewer = Objects.requireNonNull(viewer);
        this.networkId = ticket.getOrganization() == null || ticket.getOrganization().getNetwork() == null ? null
                : ticket.getOrganization().getNetwork().getId();
        this.channel = Objects.requireNonNull(channel);
        this.viewedAt = Objects.requireNonNull(viewedAt);
    }

    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Member getViewer() {
        return viewer;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public Channel getChannel() {
        return channel;
    }

    public Instant getViewedAt() {
        return viewedAt;
    }
}
