package org.passerelle.toolbox.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.passerelle.toolbox.control.ContributionViews;
import org.passerelle.toolbox.control.EntryHistory;

/** Two revisions of an entry side by side: {@code ?slug=...&de=2&a=5}. Public, like the entry. */
@Named
@ViewScoped
public class RevisionComparison implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient EntryHistory entryHistory;

    private String slug;
    private String from;
    private String to;
    private EntryHistory.History history;
    private ContributionViews.Comparison comparison;

    public void load() throws IOException {
        Long left = ContributionPage.parseId(from);
        Long right = ContributionPage.parseId(to);
        history = slug == null ? null : entryHistory.history(slug).orElse(null);
        comparison = history == null || left == null || right == null ? null
                : entryHistory.compare(slug, left.intValue(), right.intValue()).orElse(null);
        if (comparison == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public EntryHistory.History getHistory() {
        return history;
    }

    public ContributionViews.Comparison getComparison() {
        return comparison;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
