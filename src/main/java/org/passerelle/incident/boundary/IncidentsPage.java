package org.passerelle.incident.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;
import org.passerelle.incident.control.Incidents;

/** "Registre des incidents de confidentialité": the register as the caller may read it, newest first. */
@Named
@RequestScoped
public class IncidentsPage {
    @Inject
    Incidents incidents;
    @Inject
    SecurityContext security;

    private List<Incidents.Row> rows;

    public List<Incidents.Row> getRows() {
        if (rows == null) {
            rows = incidents.list(security.getCallerPrincipal().getName());
        }
        return rows;
    }
}
