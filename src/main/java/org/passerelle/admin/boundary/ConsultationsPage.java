package org.passerelle.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.passerelle.admin.control.Consultations;

/**
 * "Consultations des demandes": who opened which request, newest first, filtered by request number
 * and by person through the address (GET), one page of the database at a time. Read-only.
 */
@Named
@RequestScoped
public class ConsultationsPage {
    static final int PAGE = 50;

    @Inject
    Consultations consultations;
    @Inject
    SecurityContext security;
    @Inject
    AdminFailures failures;

    private String number;
    private String person;
    private int page;
    private Consultations.Page result;

    public Consultations.Page getResult() {
        if (result == null) {
            try {
                result = consultations.page(security.getCallerPrincipal().getName(), number, person, page * PAGE, PAGE);
            } catch (RuntimeException e) {
                failures.handle(null, e);
                result = new Consultations.Page(java.util.List.of(), 0);
            }
        }
        return result;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE < getResult().total();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
