package org.passerelle.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.passerelle.identity.control.PeerTopics;
import org.passerelle.platform.web.LocaleSelection;

/** A peer topic's label in the page's language (topics are administered, so not in the bundles). */
@Named
@RequestScoped
public class TopicLabels {
    @Inject
    PeerTopics topics;
    @Inject
    LocaleSelection language;

    private Map<String, String> labels;

    /** The label, or the code itself for a topic that no longer exists. */
    public String label(String code) {
        if (labels == null) {
            labels = topics.labels(language.getCode());
        }
        return labels.getOrDefault(code, code);
    }
}
