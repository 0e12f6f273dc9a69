package org.passerelle.admin.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.passerelle.admin.control.Members;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.platform.web.Messages;
import org.passerelle.privacy.control.Anonymisation;

/** One member (?id=): roles, deactivate or reactivate, a new invitation, and (administrators) anonymise. */
@Named
@ViewScoped
public class MemberPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Members members;
    @Inject
    transient Anonymisation anonymisation;
    @Inject
    transient org.passerelle.admin.control.Directory directory;
    @Inject
    transient SecurityContext security;
    @Inject
    transient AdminFailures failures;
    @Inject
    transient Messages messages;

    private Long id;
    private long version;
    private String name;
    private String email;
    private String organization;
    private boolean active;
    private boolean invited;
    private boolean anonymized;
    private List<String> roles = new ArrayList<>();
    private List<Role> assignable = List.of();
    private Long coordinatedNetworkId;
    private List<org.passerelle.identity.entity.Network> networks = List.of();

    public void load() {
        if (id == null) {
            failures.forbidden();
            return;
        }
        failures.attempt(null, () -> {
            Member m = members.member(login(), id);
            version = m.getVersion();
            name = m.getDisplayName();
            email = m.getEmail();
            organization = m.getOrganization() == null ? null : m.getOrganization().getName();
            active = m.isActive();
            invited = !m.hasPassword() && m.isActive();
            anonymized = m.isAnonymized();
            roles = new ArrayList<>(m.getRoles().stream().map(Role::roleName).sorted().toList());
            assignable = members.assignableRoles(login()).stream().sorted().toList();
            coordinatedNetworkId = m.getCoordinatedNetwork() == null ? null : m.getCoordinatedNetwork().getId();
            networks = isAdmin() ? directory.networks(login()) : List.of();
        });
    }

    public void saveRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> chosen.add(Role.fromRoleName(r)));
        if (failures.attempt("member:roles", () -> members.changeRoles(login(), id, chosen, version))) {
            messages.info(null, "admin.saved");
            load();
        }
    }

    public void saveNetwork() {
        if (failures.attempt("member:network", () -> members.coordinate(login(), id, coordinatedNetworkId, version))) {
            messages.info(null, "admin.saved");
            load();
        }
    }

    public void toggleActive() {
        if (failures.attempt(null, () -> members.setActive(login(), id, !active, version))) {
            messages.info(null, "admin.saved");
            load();
        }
    }

    public void reinvite() {
        if (failures.attempt(null, () -> members.reinvite(login(), id))) {
            messages.info(null, "admin.invite.sent", email);
        }
    }

    public void anonymise() {
        if (failures.attempt(null, () -> anonymisation.anonymise(login(), id))) {
            messages.info(null, "privacy.anonymise.done");
            load();
        }
    }

    public boolean isAdmin() {
        return security.isCallerInRole("admin");
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

    public String getEmail() {
        return email;
    }

    public String getOrganization() {
        return organization;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isInvited() {
        return invited;
    }

    public boolean isAnonymized() {
        return anonymized;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public Long getCoordinatedNetworkId() {
        return coordinatedNetworkId;
    }

    public void setCoordinatedNetworkId(Long coordinatedNetworkId) {
        this.coordinatedNetworkId = coordinatedNetworkId;
    }

    public List<org.passerelle.identity.entity.Network> getNetworks() {
        return networks;
    }

    public List<Role> getAssignable() {
        return assignable;
    }
}
