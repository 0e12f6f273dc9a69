package org.passerelle.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.passerelle.platform.web.Messages;
import org.passerelle.search.control.IndexRebuild;
import org.passerelle.search.control.SearchIndex;

/** For administrators: is the search index in step with the database, and rebuilding it (/admin/index-recherche.xhtml). */
@Named
@RequestScoped
public class SearchIndexPage {

    @Inject
    IndexRebuild rebuild;
    @Inject
    SearchIndex searchIndex;
    @Inject
    Messages messages;

    private SearchIndex.Counts counts;

    /** f:viewAction: counted once per request, not in a getter. */
    public void load() {
        counts = searchIndex.counts();
    }

    public String start() {
        messages.info(null, rebuild.start() ? "search.index.started" : "search.index.alreadyRunning");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/admin/index-recherche?faces-redirect=true";
    }

    public IndexRebuild.Progress getProgress() {
        return rebuild.progress();
    }

    public String getStateKey() {
        return "search.index.state." + rebuild.progress().state().name();
    }

    public SearchIndex.Counts getCounts() {
        return counts;
    }
}
