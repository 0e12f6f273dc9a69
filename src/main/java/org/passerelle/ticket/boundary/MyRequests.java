package org.passerelle.ticket.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.RequestViews;

/** "Mes demandes": my requests, and my colleagues' when my organization shares them. */
@Named
@ViewScoped
public class MyRequests implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient HelpRequests requests;
    @Inject
    transient SecurityContext security;

    private List<RequestViews.Row> rows;

    @PostConstruct
    void load() {
        rows = requests.mine(security.getCallerPrincipal().getName());
    }

    public List<RequestViews.Row> getRows() {
        return rows;
    }
}
