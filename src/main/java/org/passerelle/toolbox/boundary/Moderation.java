package org.passerelle.toolbox.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.passerelle.platform.web.Messages;
import org.passerelle.toolbox.control.ContributionViews;
import org.passerelle.toolbox.control.Contributions;
import org.passerelle.toolbox.control.EntryHistory;

/** The moderators' page: contributions waiting for a decision, and entries "à revoir". */
@Named
@ViewScoped
public class Moderation implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Contributions contributions;
    @Inject
    transient EntryHistory history;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;

    private List<ContributionViews.Row> queue;
    private List<ContributionViews.ReviewRow> toReview;

    public void load() throws IOException {
        if (!contributions.isModerator(login())) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        queue = contributions.queue(login());
        toReview = history.toReview(login());
    }

    public String markReviewed(String slug, long version) {
        try {
            history.markReviewed(login(), slug, version);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("notice", "contrib.review.done");
            return "/app/moderation?faces-redirect=true";
        } catch (RuntimeException e) {
            ContributionFailures.show(e, messages);
            return null;
        }
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public List<ContributionViews.Row> getQueue() {
        return queue;
    }

    public List<ContributionViews.ReviewRow> getToReview() {
        return toReview;
    }
}
