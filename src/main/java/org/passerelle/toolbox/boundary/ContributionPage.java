package org.passerelle.toolbox.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.platform.web.Messages;
import org.passerelle.toolbox.control.ContributionViews;
import org.passerelle.toolbox.control.Contributions;

/**
 * One contribution: its author follows it (status, the moderators' comments); a moderator sees
 * the proposal against the published text, any conflict with a later revision, and decides.
 */
@Named
@ViewScoped
public class ContributionPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Contributions contributions;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;
    @Inject
    transient MarkdownRenderer markdown;

    private String id;
    private ContributionViews.Detail detail;
    private String comment;
    private boolean despiteConflict;

    public void load() throws IOException {
        Long number = parseId(id);
        detail = number == null ? null : contributions.detail(login(), number).orElse(null);
        if (detail == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    static Long parseId(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String approve() {
        try {
            String slug = contributions.approve(login(), detail.id(), detail.version(), comment, despiteConflict);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "contrib.approved");
            return "/boite-a-outils/fiche?faces-redirect=true&slug=" + slug;
        } catch (RuntimeException e) {
            ContributionFailures.show(e, messages);
            return null;
        }
    }

    public String requestChanges() {
        try {
            contributions.requestChanges(login(), detail.id(), detail.version(), comment);
            return reload("contrib.changesRequested");
        } catch (RuntimeException e) {
            ContributionFailures.show(e, messages);
            return null;
        }
    }

    public String reject() {
        try {
            contributions.reject(login(), detail.id(), detail.version(), comment);
            return reload("contrib.rejected");
        } catch (RuntimeException e) {
            ContributionFailures.show(e, messages);
            return null;
        }
    }

    private String reload(String key) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", key);
        return "/app/contribution?faces-redirect=true&id=" + detail.id();
    }

    public String html(String text) {
        return markdown.toSafeHtml(text);
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public ContributionViews.Detail getDetail() {
        return detail;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isDespiteConflict() {
        return despiteConflict;
    }

    public void setDespiteConflict(boolean despiteConflict) {
        this.despiteConflict = despiteConflict;
    }
}
