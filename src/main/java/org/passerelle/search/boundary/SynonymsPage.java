package org.passerelle.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.passerelle.platform.web.Messages;
import org.passerelle.search.control.SynonymEditor;
import org.passerelle.search.control.SynonymListText;

/** For coordinators: the everyday synonyms search applies to queries (/admin/synonymes.xhtml). */
@Named
@ViewScoped
public class SynonymsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient SynonymEditor editor;
    @Inject
    transient Messages messages;

    private String text;
    private String fingerprint;

    @PostConstruct
    void load() {
        List<String> groups = editor.groups();
        text = SynonymListText.write(groups);
        fingerprint = SynonymListText.fingerprint(groups);
    }

    /** Saves, or names each bad line; what was typed stays in the box either way. */
    public void save() {
        try {
            SynonymListText.Reading reading = editor.save(text, fingerprint);
            if (!reading.valid()) {
                reading.problems().forEach(p -> messages.error("synonyms:terms", p.key(), p.line(),
                        SynonymListText.MAX_TERM, SynonymListText.MAX_LINE, SynonymListText.MAX_GROUPS));
                return;
            }
            text = SynonymListText.write(reading.groups());
            fingerprint = SynonymListText.fingerprint(reading.groups());
            messages.info(null, "search.synonyms.saved", reading.groups().size());
        } catch (SynonymEditor.ChangedMeanwhile e) {
            messages.error(null, "search.synonyms.changedMeanwhile");
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
