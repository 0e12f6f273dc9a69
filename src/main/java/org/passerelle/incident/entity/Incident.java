package org.passerelle.incident.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.ticket.entity.Ticket;

/**
 * One entry of the confidentiality-incident register (Loi 25). Coordinators keep their network's;
 * an agent may start a draft from a request, which a coordinator then completes. Never deleted:
 * the law asks the register to be kept, closing an incident is a status.
 */
@Entity
@NamedQuery(name = Incident.ALL, query = "select i from Incident i order by i.createdAt desc, i.id desc")
@NamedQuery(name = Incident.OF_NETWORK, query = "select i from Incident i where i.network.id = :network"
        + " order by i.createdAt desc, i.id desc")
@NamedQuery(name = Incident.REPORTED_BY, query = "select i from Incident i where i.reportedBy.id = :member"
        + " order by i.createdAt desc, i.id desc")
public class Incident {
    public static final String ALL = "Incident.all";
    public static final String OF_NETWORK = "Incident.ofNetwork";
    public static final String REPORTED_BY = "Incident.reportedBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reported_by_id")
    private Member reportedBy;
    private LocalDate occurredOn;
    private LocalDate discoveredOn;
    private String description;
    private Integer peopleCount;
    private String peopleDescription;
    private String dataAffected;
    private boolean seriousHarm;
    private String harmJustification;
    private boolean caiNotified;
    private LocalDate caiNotifiedOn;
    private boolean peopleNotified;
    private LocalDate peopleNotifiedOn;
    private String measures;
    @Enumerated(EnumType.STRING)
    private IncidentStatus status = IncidentStatus.OPEN;
    private boolean draft;
    private Instant createdAt;
    @Version
    private long version;

    protected Incident() {
    }

    /** A complete entry, recorded by a coordinator or an administrator. */
    public Incident(Network network, Member recordedBy, IncidentDetails details, Ticket ticket, Instant at) {
        this.network = network;
        this.reportedBy = Objects.requireNonNull(recordedBy);
        this.createdAt = Objects.requireNonNull(at);
        edit(details, ticket);
    }

    /** A draft started by an agent from a request: a description and the day it was noticed. */
    public static Incident draft(Ticket ticket, Network network, Member agent, String description, LocalDate today,
                                 Instant at) {
        Incident incident = new Incident();
        incident.ticket = Objects.requireNonNull(ticket);
        incident.network = network;
        incident.reportedBy = Objects.requireNonNull(agent);
        incident.description = Objects.requireNonNull(description).strip();
        incident.discoveredOn = Objects.requireNonNull(today);
        incident.createdAt = Objects.requireNonNull(at);
        incident.draft = true;
        return incident;
    }

    /** Replaces the recorded facts (already validated); a coordinator's save completes a draft. */
    public void edit(IncidentDetails details, Ticket linkedTicket) {
        this.occurredOn = details.occurredOn();
        this.discoveredOn = details.discoveredOn();
        this.description = details.description().strip();
        this.peopleCount = details.peopleCount();
        this.peopleDescription = clean(details.peopleDescription());
        this.dataAffected = clean(details.dataAffected());
        this.seriousHarm = details.seriousHarm();
        this.harmJustification = clean(details.harmJustification());
        this.caiNotified = details.caiNotified();
        this.caiNotifiedOn = details.caiNotified() ? details.caiNotifiedOn() : null;
        this.peopleNotified = details.peopleNotified();
        this.peopleNotifiedOn = details.peopleNotified() ? details.peopleNotifiedOn() : null;
        this.measures = clean(details.measures());
        this.status = Objects.requireNonNull(details.status());
        this.ticket = linkedTicket;
        this.draft = false;
    }

    /** The recorded facts as text, field by field, for the audit log's old → new. */
    public Map<String, String> asText() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("occurredOn", text(occurredOn));
        fields.put("discoveredOn", text(discoveredOn));
        fields.put("description", description);
        fields.put("peopleCount", text(peopleCount));
        fields.put("peopleDescription", peopleDescription);
        fields.put("dataAffected", dataAffected);
        fields.put("seriousHarm", text(seriousHarm));
        fields.put("harmJustification", harmJustification);
        fields.put("caiNotified", text(caiNotified));
        fields.put("caiNotifiedOn", text(caiNotifiedOn));
        fields.put("peopleNotified", text(peopleNotified));
        fields.put("peopleNotifiedOn", text(peopleNotifiedOn));
        fields.put("measures", measures);
        fields.put("status", text(status));
        fields.put("ticket", ticket == null ? null : ticket.getNumber());
        fields.put("draft", text(draft));
        return fields;
    }

    /** The form's starting point: what is recorded now. */
    public IncidentDetails details() {
        return new IncidentDetails(occurredOn, discoveredOn, description, peopleCount, peopleDescription, dataAffected,
                seriousHarm, harmJustification, caiNotified, caiNotifiedOn, peopleNotified, peopleNotifiedOn, measures,
                status, ticket == null ? null : ticket.getNumber());
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public Long getId() {
        return id;
    }

    public Network getNetwork() {
        return network;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Member getReportedBy() {
        return reportedBy;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public LocalDate getDiscoveredOn() {
        return discoveredOn;
    }

    public String getDescription() {
        return description;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return draft;
    }

    public boolean isSeriousHarm() {
        return seriousHarm;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
