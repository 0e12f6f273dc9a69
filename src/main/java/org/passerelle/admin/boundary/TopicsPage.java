package org.passerelle.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.admin.control.Topics;
import org.passerelle.identity.entity.PeerTopic;
import org.passerelle.platform.web.Messages;

/** "Sujets des pairs": the topics peer helpers may declare; create, relabel, deactivate, reactivate. */
@Named
@RequestScoped
public class TopicsPage {
    @Inject
    Topics topics;
    @Inject
    SecurityContext security;
    @Inject
    AdminFailures failures;
    @Inject
    Messages messages;

    private String code;
    private String labelFr;
    private String labelEn;
    private final Map<Long, String> frenchLabels = new HashMap<>();
    private final Map<Long, String> englishLabels = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    private List<PeerTopic> all;

    public List<PeerTopic> getTopics() {
        if (all == null) {
            all = topics.all(login());
            for (PeerTopic t : all) {
                frenchLabels.putIfAbsent(t.getId(), t.getLabelFr());
                englishLabels.putIfAbsent(t.getId(), t.getLabelEn());
                versions.putIfAbsent(t.getId(), t.getVersion());
            }
        }
        return all;
    }

    public void create() {
        if (failures.attempt("new-topic:code", () -> topics.create(login(), code, labelFr, labelEn))) {
            messages.info(null, "topics.created", code);
            code = null;
            labelFr = null;
            labelEn = null;
            refresh();
        }
    }

    public void relabel(PeerTopic topic) {
        long id = topic.getId();
        if (failures.attempt(null, () -> topics.relabel(login(), id, frenchLabels.get(id), englishLabels.get(id),
                versions.get(id)))) {
            messages.info(null, "admin.saved");
            refresh();
        }
    }

    public void toggle(PeerTopic topic) {
        long id = topic.getId();
        boolean activate = !topic.isActive();
        if (failures.attempt(null, () -> topics.setActive(login(), id, activate, versions.get(id)))) {
            messages.info(null, activate ? "topics.reactivated" : "topics.deactivated", topic.getCode());
            refresh();
        }
    }

    private void refresh() {
        all = null;
        frenchLabels.clear();
        englishLabels.clear();
        versions.clear();
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public Map<Long, String> getFrenchLabels() {
        return frenchLabels;
    }

    public Map<Long, String> getEnglishLabels() {
        return englishLabels;
    }

    public Map<Long, Long> getVersions() {
        return versions;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public void setLabelFr(String labelFr) {
        this.labelFr = labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }
}
