package org.passerelle.identity.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.Accounts;
import org.passerelle.platform.web.Messages;

/**
 * /invitation.xhtml?jeton=...: an invited person chooses their name and password. View scoped so
 * that the token read from the link is still known when the form comes back.
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;
    @Inject
    transient AccountForms forms;
    @Inject
    transient Messages messages;

    private String token;
    private String name;
    private String password;
    private String confirmation;
    private boolean done;
    private boolean looked;
    private Accounts.Invited invited;

    public Optional<Accounts.Invited> getInvited() {
        if (done) {
            return Optional.empty();
        }
        if (!looked && token != null) {
            looked = true;
            invited = accounts.invitation(token).orElse(null);
            if (invited != null && name == null) {
                name = invited.name();
            }
        }
        return Optional.ofNullable(invited);
    }

    public void submit() {
        if (!forms.confirmed(password, confirmation, "invitation:confirmation")) {
            return;
        }
        try {
            accounts.acceptInvitation(token, name, password);
            done = true;
            invited = null;
        } catch (AccountProblem e) {
            if (e.keys().contains("account.token.invalid")) {
                invited = null;
            }
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
