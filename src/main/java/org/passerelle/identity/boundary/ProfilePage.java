package org.passerelle.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.passerelle.identity.control.PeerTopics;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.entity.Category;

/** "Mon profil": the topics I master, so the support pool can invite me as a peer helper. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient PeerTopics topics;
    @Inject
    transient SecurityContext security;
    @Inject
    transient Messages messages;

    private List<String> chosen = new ArrayList<>();
    private long version;

    @PostConstruct
    void load() {
        chosen = new ArrayList<>(topics.of(login()));
        version = topics.versionOf(login());
    }

    public void save() {
        try {
            topics.declare(login(), new LinkedHashSet<>(chosen), version);
            version = topics.versionOf(login());
            messages.info(null, "profile.topics.saved");
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    messages.error(null, "request.changedMeanwhile");
                    return;
                }
            }
            throw e;
        }
    }

    public List<Category> getCategories() {
        return List.of(Category.values());
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }
}
