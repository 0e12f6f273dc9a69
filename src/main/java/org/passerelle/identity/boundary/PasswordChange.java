package org.passerelle.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.Accounts;
import org.passerelle.identity.control.SessionGenerations;
import org.passerelle.platform.web.Messages;

/** "Changer mon mot de passe" on the profile page. */
@Named
@RequestScoped
public class PasswordChange {
    @Inject
    Accounts accounts;
    @Inject
    SecurityContext security;
    @Inject
    AccountForms forms;
    @Inject
    Messages messages;
    @Inject
    SessionGenerations generations;
    @Inject
    FacesContext faces;

    private String current;
    private String password;
    private String confirmation;

    public void submit() {
        if (!forms.confirmed(password, confirmation, "password:confirmation")) {
            return;
        }
        try {
            String login = security.getCallerPrincipal().getName();
            accounts.changePassword(login, current, password);
            // the change ended every session; this one, where the new password was just typed, goes on
            generations.current(login).ifPresent(g -> ((HttpServletRequest) faces.getExternalContext().getRequest())
                    .getSession().setAttribute(SessionGuard.GENERATION, g));
            messages.info("password:change", "account.password.changed");
        } catch (AccountProblem e) {
            forms.show(e.keys().contains("account.password.currentWrong") ? "password:current" : "password:new", e);
        }
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
