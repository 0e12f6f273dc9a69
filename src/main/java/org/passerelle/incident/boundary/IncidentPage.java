package org.passerelle.incident.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.passerelle.admin.boundary.AdminFailures;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.incident.control.Incidents;
import org.passerelle.incident.entity.Incident;
import org.passerelle.incident.entity.IncidentDetails;
import org.passerelle.incident.entity.IncidentStatus;
import org.passerelle.platform.web.Messages;

/**
 * One register entry (?id=), or a new one without id. A refused save keeps what was typed and puts
 * each message next to its field; a concurrent edit says so instead of overwriting.
 */
@Named
@ViewScoped
public class IncidentPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("incident.occurredOn.required", "incident:occurredOn"),
            Map.entry("incident.occurredOn.future", "incident:occurredOn"),
            Map.entry("incident.discoveredOn.required", "incident:discoveredOn"),
            Map.entry("incident.discoveredOn.future", "incident:discoveredOn"),
            Map.entry("incident.discoveredOn.beforeOccurred", "incident:discoveredOn"),
            Map.entry("incident.description.required", "incident:description"),
            Map.entry("incident.description.tooLong", "incident:description"),
            Map.entry("incident.peopleCount.negative", "incident:peopleCount"),
            Map.entry("incident.harmJustification.required", "incident:harmJustification"),
            Map.entry("incident.caiNotifiedOn.required", "incident:caiNotifiedOn"),
            Map.entry("incident.caiNotifiedOn.future", "incident:caiNotifiedOn"),
            Map.entry("incident.peopleNotifiedOn.required", "incident:peopleNotifiedOn"),
            Map.entry("incident.peopleNotifiedOn.future", "incident:peopleNotifiedOn"),
            Map.entry("incident.ticket.unknown", "incident:ticket"),
            Map.entry("incident.status.required", "incident:status"));

    @Inject
    transient Incidents incidents;
    @Inject
    transient SecurityContext security;
    @Inject
    transient AdminFailures failures;
    @Inject
    transient Messages messages;

    private Long id;
    private long version;
    private boolean draft;
    private String reportedBy;
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
    private IncidentStatus status = IncidentStatus.OPEN;
    private String ticket;

    public void load() {
        if (id == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        failures.attempt(null, () -> {
            Incident incident = incidents.incident(login(), id);
            version = incident.getVersion();
            draft = incident.isDraft();
            reportedBy = incident.getReportedBy() == null ? null : incident.getReportedBy().getDisplayName();
            fill(incident.details());
        });
    }

    private void fill(IncidentDetails d) {
        occurredOn = d.occurredOn();
        discoveredOn = d.discoveredOn();
        description = d.description();
        peopleCount = d.peopleCount();
        peopleDescription = d.peopleDescription();
        dataAffected = d.dataAffected();
        seriousHarm = d.seriousHarm();
        harmJustification = d.harmJustification();
        caiNotified = d.caiNotified();
        caiNotifiedOn = d.caiNotifiedOn();
        peopleNotified = d.peopleNotified();
        peopleNotifiedOn = d.peopleNotifiedOn();
        measures = d.measures();
        status = d.status() == null ? IncidentStatus.OPEN : d.status();
        ticket = d.ticketNumber();
    }

    public String save() {
        IncidentDetails details = new IncidentDetails(occurredOn, discoveredOn, description, peopleCount,
                peopleDescription, dataAffected, seriousHarm, harmJustification, caiNotified, caiNotifiedOn,
                peopleNotified, peopleNotifiedOn, measures, status, ticket);
        long saved;
        try {
            if (id == null) {
                saved = incidents.record(login(), details);
            } else {
                incidents.update(login(), id, details, version);
                saved = id;
            }
        } catch (AccountProblem problem) {
            if (problem.isForbidden()) {
                failures.forbidden();
                return null;
            }
            for (String key : problem.keys()) {
                messages.error(FIELDS.getOrDefault(key, null), key);
            }
            messages.error(null, "incident.notSaved");
            return null;
        } catch (RuntimeException e) {
            failures.handle(null, e);
            return null;
        }
        messages.info(null, "admin.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/incident?faces-redirect=true&id=" + saved;
    }

    public List<IncidentStatus> getStatuses() {
        return List.of(IncidentStatus.values());
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isDraft() {
        return draft;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public LocalDate getDiscoveredOn() {
        return discoveredOn;
    }

    public void setDiscoveredOn(LocalDate discoveredOn) {
        this.discoveredOn = discoveredOn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getPeopleCount() {
        return peopleCount;
    }

    public void setPeopleCount(Integer peopleCount) {
        this.peopleCount = peopleCount;
    }

    public String getPeopleDescription() {
        return peopleDescription;
    }

    public void setPeopleDescription(String peopleDescription) {
        this.peopleDescription = peopleDescription;
    }

    public String getDataAffected() {
        return dataAffected;
    }

    public void setDataAffected(String dataAffected) {
        this.dataAffected = dataAffected;
    }

    public boolean isSeriousHarm() {
        return seriousHarm;
    }

    public void setSeriousHarm(boolean seriousHarm) {
        this.seriousHarm = seriousHarm;
    }

    public String getHarmJustification() {
        return harmJustification;
    }

    public void setHarmJustification(String harmJustification) {
        this.harmJustification = harmJustification;
    }

    public boolean isCaiNotified() {
        return caiNotified;
    }

    public void setCaiNotified(boolean caiNotified) {
        this.caiNotified = caiNotified;
    }

    public LocalDate getCaiNotifiedOn() {
        return caiNotifiedOn;
    }

    public void setCaiNotifiedOn(LocalDate caiNotifiedOn) {
        this.caiNotifiedOn = caiNotifiedOn;
    }

    public boolean isPeopleNotified() {
        return peopleNotified;
    }

    public void setPeopleNotified(boolean peopleNotified) {
        this.peopleNotified = peopleNotified;
    }

    public LocalDate getPeopleNotifiedOn() {
        return peopleNotifiedOn;
    }

    public void setPeopleNotifiedOn(LocalDate peopleNotifiedOn) {
        this.peopleNotifiedOn = peopleNotifiedOn;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public String getTicket() {
        return ticket;
    }

    public void setTicket(String ticket) {
        this.ticket = ticket;
    }
}
