package org.passerelle.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.Objects;

/** A regroupement: a national table, a coalition, an association that gathers organizations. */
@Entity
@NamedQuery(name = Network.BY_SLUG, query = "select n from Network n where n.slug = :slug")
@NamedQuery(name = Network.ALL, query = "select n from Network n order by n.name")
public class Network {
    public static final String BY_SLUG = "Network.bySlug";
    public static final String ALL = "Network.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String name;
    @Version
    private long version;

    protected Network() {
    }

    public Network(String slug, String name) {
        this.slug = Objects.requireNonNull(slug);
        this.name = Objects.requireNonNull(name);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public long getVersion() {
        return version;
    }
}
