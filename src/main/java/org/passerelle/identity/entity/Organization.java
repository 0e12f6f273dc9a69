package org.passerelle.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.util.Objects;

/** A member organization (CDC, table de quartier, table jeunesse...) in a region and a network. */
@Entity
@NamedQuery(name = Organization.BY_NAME, query = "select o from Organization o where o.name = :name")
@NamedQuery(name = Organization.ALL, query = "select o from Organization o left join fetch o.network join fetch o.region order by o.name")
public class Organization {
    public static final String BY_NAME = "Organization.byName";
    public static final String ALL = "Organization.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganizationKind kind;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;
    private boolean active = true;
    /** When true, colleagues of the same organization see each other's requests. */
    private boolean colleaguesSeeRequests;
    @Version
    private long version;

    protected Organization() {
    }

    public Organization(String name, OrganizationKind kind, Region region, Network network) {
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.region = Objects.requireNonNull(region);
        this.network = network;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public Region getRegion() {
        return region;
    }

    public Network getNetwork() {
        return network;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** An administrator's edit: name, kind, region and network together. */
    public void edit(String newName, OrganizationKind newKind, Region newRegion, Network newNetwork) {
        this.name = Objects.requireNonNull(newName).strip();
        this.kind = Objects.requireNonNull(newKind);
        this.region = Objects.requireNonNull(newRegion);
        this.network = newNetwork;
    }

    public boolean isColleaguesSeeRequests() {
        return colleaguesSeeRequests;
    }

    public void shareRequestsAmongColleagues(boolean shared) {
        this.colleaguesSeeRequests = shared;
    }

    public long getVersion() {
        return version;
    }
}
