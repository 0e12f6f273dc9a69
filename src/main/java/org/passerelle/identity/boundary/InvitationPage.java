package org.passerelle.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.Accounts;
import org.passerelle.platform.web.Messages;

/** /invitation.xhtml?jeton=...: an invited person chooses their name and password. */
@Named
@RequestScoped
public class InvitationPage {
    @Inject
    Accounts accounts;
    @Inject
    AccountForms forms;
    @Inject
    Messages messages;

    private String token;
    private String name;
    private String password;
    private String confirmation;
    private boolean done;
    private Optional<Accounts.Invited> invited;

    public Optional<Accounts.Invited> getInvited() {
        if (invited == null) {
            invited = done ? Optional.empty() : accounts.invitation(token);
            invited.ifPresent(i -> {
                if (name == null) {
                    name = i.name();
                }
            });
        }
        return invited;
    }

    public void submit() {
        if (!forms.confirmed(password, confirmation, "invitation:confirmation")) {
            return;
        }
        try {
            accounts.acceptInvitation(token, name, password);
            done = true;
            invited = Optional.empty();
        } catch (AccountProblem e) {
            forms.show(e.keys().contains("account.name.required") ? "invitation:name"
                    : e.keys().contains("account.token.invalid") ? null : "invitation:password", e);
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
