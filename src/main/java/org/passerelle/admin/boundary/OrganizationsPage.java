package org.passerelle.admin.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.passerelle.admin.control.Directory;
import org.passerelle.admin.control.OrganizationForm;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.OrganizationKind;
import org.passerelle.identity.entity.Region;
import org.passerelle.platform.web.Messages;

/** "Organismes": the organizations one may manage, and the form to create or edit one (?id=). */
@Named
@ViewScoped
public class OrganizationsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Directory directory;
    @Inject
    transient SecurityContext security;
    @Inject
    transient AdminFailures failures;
    @Inject
    transient Messages messages;

    private Long id;
    private long version;
    @NotBlank
    @Size(max = 200)
    private String name;
    @NotNull
    private OrganizationKind kind = OrganizationKind.CDC;
    @NotBlank
    private String regionCode;
    private Long networkId;
    private boolean colleaguesSeeRequests;
    private boolean active = true;

    /** View action: loads the organization to edit; 403 when it is out of scope. */
    public void load() {
        if (id == null) {
            return;
        }
        failures.attempt(null, () -> {
            Organization o = directory.organization(login(), id);
            version = o.getVersion();
            name = o.getName();
            kind = o.getKind();
            regionCode = o.getRegion().getCode();
            networkId = o.getNetwork() == null ? null : o.getNetwork().getId();
            colleaguesSeeRequests = o.isColleaguesSeeRequests();
            active = o.isActive();
        });
    }

    public String save() {
        OrganizationForm form = new OrganizationForm(name, kind, regionCode, networkId, colleaguesSeeRequests);
        if (id == null) {
            if (failures.attempt(null, () -> directory.createOrganization(login(), form))) {
                messages.info(null, "admin.saved");
                return "/admin/organismes?faces-redirect=true";
            }
            return null;
        }
        if (failures.attempt(null, () -> directory.updateOrganization(login(), id, form, version))) {
            messages.info(null, "admin.saved");
            load();
        }
        return null;
    }

    public void toggleActive() {
        if (failures.attempt(null, () -> directory.setOrganizationActive(login(), id, !active, version))) {
            messages.info(null, "admin.saved");
            load();
        }
    }

    public List<Organization> getOrganizations() {
        return directory.organizations(login());
    }

    public List<Network> getNetworks() {
        return directory.networks(login());
    }

    public List<Region> getRegions() {
        return directory.regions();
    }

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Long getNetworkId() {
        return networkId;
    }

    public void setNetworkId(Long networkId) {
        this.networkId = networkId;
    }

    public boolean isColleaguesSeeRequests() {
        return colleaguesSeeRequests;
    }

    public void setColleaguesSeeRequests(boolean colleaguesSeeRequests) {
        this.colleaguesSeeRequests = colleaguesSeeRequests;
    }

    public boolean isActive() {
        return active;
    }
}
