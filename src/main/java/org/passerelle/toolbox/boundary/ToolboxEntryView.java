package org.passerelle.toolbox.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import jakarta.security.enterprise.SecurityContext;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.ticket.control.SolvedRequests;
import org.passerelle.toolbox.control.EntryPage;
import org.passerelle.toolbox.control.Endorsements;
import org.passerelle.toolbox.control.ToolboxCatalog;

/** One toolbox entry, readable without login: its card fields, its text, its links. */
@Named
@ViewScoped
public class ToolboxEntryView implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ToolboxCatalog catalog;
    @Inject
    transient MarkdownRenderer markdown;
    @Inject
    transient Endorsements endorsements;
    @Inject
    transient SecurityContext security;
    @Inject
    transient SolvedRequests solvedRequests;

    private String slug;
    private EntryPage page;
    private String bodyHtml;
    private Endorsements.Tally tally;
    private long solved;

    public void load() throws IOException {
        page = slug == null ? null : catalog.page(slug.trim()).orElse(null);
        if (page == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        bodyHtml = markdown.toSafeHtml(page.body());
        tally = endorsements.tally(page.entry().slug(), login());
        solved = solvedRequests.countFor(page.entry().slug());
    }

    /** How many requests this entry helped solve (answers that linked to it). */
    public long getSolved() {
        return solved;
    }

    /** "Cette fiche m'a été utile", or taking it back; signed-in people only. */
    public String toggleUseful() {
        if (login() == null) {
            return null;
        }
        endorsements.endorse(login(), page.entry().slug(), !tally.mine());
        return "/boite-a-outils/fiche?faces-redirect=true&slug=" + page.entry().slug();
    }

    private String login() {
        Principal caller = security.getCallerPrincipal();
        return caller == null ? null : caller.getName();
    }

    public Endorsements.Tally getTally() {
        return tally;
    }

    public boolean isLoggedIn() {
        return login() != null;
    }

    public EntryPage getPage() {
        return page;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
