package org.passerelle.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.admin.control.Directory;
import org.passerelle.identity.entity.Network;
import org.passerelle.platform.web.Messages;

/** "Réseaux": the networks (an administrator creates them; a coordinator may rename theirs). */
@Named
@RequestScoped
public class NetworksPage {
    @Inject
    Directory directory;
    @Inject
    SecurityContext security;
    @Inject
    AdminFailures failures;
    @Inject
    Messages messages;

    private String slug;
    private String name;
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Long> versions = new HashMap<>();
    private List<Network> networks;

    public List<Network> getNetworks() {
        if (networks == null) {
            networks = directory.networks(login());
            for (Network n : networks) {
                names.putIfAbsent(n.getId(), n.getName());
                versions.putIfAbsent(n.getId(), n.getVersion());
            }
        }
        return networks;
    }

    public void create() {
        if (failures.attempt("networks:slug", () -> directory.createNetwork(login(), slug, name))) {
            messages.info(null, "admin.saved");
            slug = null;
            name = null;
            networks = null;
        }
    }

    public void rename(Network network) {
        long id = network.getId();
        if (failures.attempt(null, () -> directory.renameNetwork(login(), id, names.get(id), versions.get(id)))) {
            messages.info(null, "admin.saved");
            networks = null;
            names.clear();
            versions.clear();
        }
    }

    public boolean isAdmin() {
        return security.isCallerInRole("admin");
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public Map<Long, String> getNames() {
        return names;
    }

    public Map<Long, Long> getVersions() {
        return versions;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
