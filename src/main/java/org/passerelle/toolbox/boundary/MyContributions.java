package org.passerelle.toolbox.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import org.passerelle.toolbox.control.ContributionViews;
import org.passerelle.toolbox.control.Contributions;

/** "Mes contributions": what I proposed, where it stands, and what the moderators told me. */
@Named
@ViewScoped
public class MyContributions implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Contributions contributions;
    @Inject
    transient SecurityContext security;

    private List<ContributionViews.Row> rows;
    private List<ContributionViews.Notice> notices;

    @PostConstruct
    void load() {
        String login = security.getCallerPrincipal().getName();
        rows = contributions.mine(login);
        notices = contributions.notices(login);
        contributions.markNoticesSeen(login);
    }

    public List<ContributionViews.Row> getRows() {
        return rows;
    }

    public List<ContributionViews.Notice> getNotices() {
        return notices;
    }
}
