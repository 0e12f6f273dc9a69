package org.passerelle.incident.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.passerelle.admin.boundary.AdminFailures;
import org.passerelle.incident.control.Incidents;
import org.passerelle.platform.web.Messages;

/**
 * "Signaler un incident de confidentialité" on the desk's request page: the agent describes what
 * happened in a few words; the network's coordinator completes the register entry.
 */
@Named
@RequestScoped
public class IncidentReport {
    @Inject
    Incidents incidents;
    @Inject
    SecurityContext security;
    @Inject
    AdminFailures failures;
    @Inject
    Messages messages;

    private String description;
    private List<Incidents.Row> mine;

    public void submit(String ticketNumber) {
        long[] id = new long[1];
        if (failures.attempt("incident:description",
                () -> id[0] = incidents.report(login(), ticketNumber, description))) {
            messages.info("incident:report", "incident.reported", id[0]);
            description = null;
            mine = null;
        }
    }

    /** What I reported on this request, for the reminder under the form. */
    public List<Incidents.Row> mine(String ticketNumber) {
        if (mine == null) {
            mine = incidents.reportedOn(login(), ticketNumber);
        }
        return mine;
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
