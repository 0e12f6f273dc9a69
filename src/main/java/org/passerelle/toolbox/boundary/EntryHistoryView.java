package org.passerelle.toolbox.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import org.passerelle.platform.web.Messages;
import org.passerelle.toolbox.control.Contributions;
import org.passerelle.toolbox.control.EntryHistory;

/**
 * An entry's revisions (public): who changed what and why, a choice of two to compare;
 * moderators roll back to an earlier one, signed-in people flag the entry "à revoir".
 */
@Named
@ViewScoped
public class EntryHistoryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EntryHistory entryHistory;
    @Inject
    transient Contributions contributions;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;

    private String slug;
    private EntryHistory.History history;
    private boolean moderator;
    private String reason;
    private String note;

    public void load() throws IOException {
        history = slug == null ? null : entryHistory.history(slug).orElse(null);
        if (history == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        Principal caller = security.getCallerPrincipal();
        moderator = caller != null && contributions.isModerator(caller.getName());
    }

    public String rollBack(int number) {
        try {
            int created = entryHistory.rollBack(login(), history.slug(), number, history.version(), reason);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "contrib.rollback.done");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("revision", created);
            return reload();
        } catch (RuntimeException e) {
            ContributionFailures.show(e, messages);
            return null;
        }
    }

    public String flag() {
        try {
            entryHistory.flagForReview(login(), history.slug(), note);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "contrib.flag.done");
            return reload();
        } catch (RuntimeException e) {
            ContributionFailures.show(e, messages);
            return null;
        }
    }

    private String reload() {
        return "/boite-a-outils/historique?faces-redirect=true&slug=" + history.slug();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public boolean isLoggedIn() {
        return security.getCallerPrincipal() != null;
    }

    public EntryHistory.History getHistory() {
        return history;
    }

    public boolean isModerator() {
        return moderator;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
