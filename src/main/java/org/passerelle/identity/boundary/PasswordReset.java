package org.passerelle.identity.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.Accounts;
import org.passerelle.platform.web.Messages;

/**
 * The forgotten-password pages: asking for a link (the answer is the same whether the email
 * exists or not) and choosing a new password from the link.
 */
@Named
@ViewScoped
public class PasswordReset implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Accounts accounts;
    @Inject
    transient AccountForms forms;
    @Inject
    transient Messages messages;

    private String email;
    private String token;
    private String password;
    private String confirmation;
    private boolean sent;
    private boolean done;
    private Boolean usable;

    public void ask() {
        accounts.forgotPassword(email);
        sent = true;
        messages.info(null, "account.forgot.sent");
    }

    public boolean isUsable() {
        if (done) {
            return false;
        }
        if (usable == null && token != null) {
            usable = accounts.resetIsUsable(token);
        }
        return Boolean.TRUE.equals(usable);
    }

    public void reset() {
        if (!forms.confirmed(password, confirmation, "reset:confirmation")) {
            return;
        }
        try {
            accounts.resetPassword(token, password);
            done = true;
            usable = false;
        } catch (AccountProblem e) {
            if (e.keys().contains("account.token.invalid")) {
                usable = false;
            }
            forms.show(e.keys().contains("account.token.invalid") ? null : "reset:password", e);
        }
    }

    public boolean isSent() {
        return sent;
    }

    public boolean isDone() {
        return done;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
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
