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
import org.passerelle.toolbox.control.ContributionProblem;
import org.passerelle.toolbox.control.EntryComments;
import org.passerelle.toolbox.control.EntryPeople;
import org.passerelle.toolbox.control.EntrySlugs;
import org.passerelle.toolbox.control.OrganizationUses;
import org.passerelle.platform.web.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.persistence.OptimisticLockException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
    @Inject
    transient EntryComments comments;
    @Inject
    transient OrganizationUses organizationUses;
    @Inject
    transient EntryPeople people;
    @Inject
    transient EntrySlugs slugs;
    @Inject
    transient Messages messages;

    private String slug;
    private EntryPage page;
    private String bodyHtml;
    private Endorsements.Tally tally;
    private long solved;
    private List<EntryComments.CommentView> commentList;
    private OrganizationUses.Tally usedBy;
    private EntryPeople.Credits credits;
    private List<EntryPeople.Helpers> helpers;
    private boolean moderator;
    private boolean mayComment;
    private String commentText;
    private String hideReason;
    private long hideId;
    private long hideVersion;
    private String newSlug;

    public void load() throws IOException {
        page = slug == null ? null : catalog.page(slug.trim()).orElse(null);
        if (page == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            String current = slug == null ? null : slugs.currentSlugOf(slug).orElse(null);
            if (current != null) {
                // a renamed entry: its old address moved for good, so bookmarks and search engines follow
                external.setResponseStatus(301);
                external.setResponseHeader("Location", external.getRequestContextPath()
                        + "/boite-a-outils/fiche.xhtml?slug=" + URLEncoder.encode(current, StandardCharsets.UTF_8));
            } else {
                external.responseSendError(404, "");
            }
            faces.responseComplete();
            return;
        }
        String entrySlug = page.entry().slug();
        bodyHtml = markdown.toSafeHtml(page.body());
        tally = endorsements.tally(entrySlug, login());
        solved = solvedRequests.countFor(entrySlug);
        commentList = comments.of(entrySlug, login());
        usedBy = organizationUses.tally(entrySlug, login());
        credits = people.credits(entrySlug);
        helpers = people.helpers(entrySlug, login());
        moderator = login() != null && comments.isModerator(login());
        mayComment = login() != null && comments.mayComment(login());
    }

    /** Posts a comment under the entry; the text stays in the form when it is refused. */
    public String postComment() {
        try {
            comments.post(login(), page.entry().slug(), commentText);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "toolbox.comment.posted");
            return reload();
        } catch (RuntimeException e) {
            show(e, "comment:text");
            return null;
        }
    }

    /** A moderator hides the comment chosen in the form ({@link #setHideId}) with a reason. */
    public String hideComment() {
        try {
            comments.hide(login(), hideId, hideVersion, hideReason);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "toolbox.comment.hidden");
            return reload();
        } catch (RuntimeException e) {
            show(e, null);
            return null;
        }
    }

    /** "Mon organisme utilise cet outil", or taking it back. */
    public String toggleUsedBy() {
        try {
            organizationUses.declare(login(), page.entry().slug(), !usedBy.ours());
            return reload();
        } catch (RuntimeException e) {
            show(e, null);
            return null;
        }
    }

    /** A moderator gives the entry a new address; the old one redirects. */
    public String rename() {
        try {
            String renamed = slugs.rename(login(), page.entry().slug(), newSlug);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "toolbox.slug.renamed");
            return "/boite-a-outils/fiche?faces-redirect=true&slug=" + renamed;
        } catch (RuntimeException e) {
            show(e, "rename:slug");
            return null;
        }
    }

    private String reload() {
        return "/boite-a-outils/fiche?faces-redirect=true&slug=" + page.entry().slug();
    }

    /** Shows what the person can act on next to {@code clientId} (or for the page); rethrows the rest. */
    private void show(RuntimeException failure, String clientId) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ContributionProblem problem) {
                problem.getKeys().forEach(key -> messages.error(clientId, key));
                return;
            }
            if (t instanceof OptimisticLockException) {
                messages.error(clientId, "toolbox.comment.changedMeanwhile");
                return;
            }
        }
        throw failure;
    }

    public List<EntryComments.CommentView> getComments() {
        return commentList;
    }

    public OrganizationUses.Tally getUsedBy() {
        return usedBy;
    }

    public EntryPeople.Credits getCredits() {
        return credits;
    }

    public List<EntryPeople.Helpers> getHelpers() {
        return helpers;
    }

    public boolean isModerator() {
        return moderator;
    }

    public boolean isMayComment() {
        return mayComment;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public String getHideReason() {
        return hideReason;
    }

    public void setHideReason(String hideReason) {
        this.hideReason = hideReason;
    }

    public long getHideId() {
        return hideId;
    }

    public void setHideId(long hideId) {
        this.hideId = hideId;
    }

    public long getHideVersion() {
        return hideVersion;
    }

    public void setHideVersion(long hideVersion) {
        this.hideVersion = hideVersion;
    }

    public String getNewSlug() {
        return newSlug == null && page != null ? page.entry().slug() : newSlug;
    }

    public void setNewSlug(String newSlug) {
        this.newSlug = newSlug;
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
