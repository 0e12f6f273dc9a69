package org.passerelle.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.Accounts;
import org.passerelle.platform.web.Messages;

/**
 * The forgotten-password pages: asking for a link (the answer is the same whether the email
 * exists or not) and choosing a new password from the link.
 */
@Named
@RequestScoped
public class PasswordReset {
    @Inject
    Accounts accounts;
    @Inject
    AccountForms forms;
    @Inject
    Messages messages;

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
        if (usable == null) {
            usable = !done && accounts.resetIsUsable(token);
        }
        return usable;
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
