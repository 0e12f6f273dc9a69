package org.passerelle.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A topic a peer helper may declare on their profile. Administered (not an enum) so coordinators
 * can follow what their networks master; the code is what {@code member_topic} stores and what
 * the toolbox matches against entry categories and tags, so it never changes. A deactivated topic
 * is no longer offered, but the declarations already made stay.
 */
@Entity
@NamedQuery(name = PeerTopic.ALL, query = "select t from PeerTopic t order by t.code")
@NamedQuery(name = PeerTopic.BY_CODE, query = "select t from PeerTopic t where t.code = :code")
public class PeerTopic {
    public static final String ALL = "PeerTopic.all";
    public static final String BY_CODE = "PeerTopic.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String labelFr;
    private String labelEn;
    private boolean active = true;
    @Version
    private long version;

    protected PeerTopic() {
    }

    public PeerTopic(String code, String labelFr, String labelEn) {
        this.code = Objects.requireNonNull(code);
        relabel(labelFr, labelEn);
    }

    public void relabel(String french, String english) {
        this.labelFr = Objects.requireNonNull(french).strip();
        this.labelEn = Objects.requireNonNull(english).strip();
    }

    /** The label in the interface's language: English for "en", Québec French otherwise. */
    public String label(String language) {
        return "en".equals(language) ? labelEn : labelFr;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getLabelFr() {
        return labelFr;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
