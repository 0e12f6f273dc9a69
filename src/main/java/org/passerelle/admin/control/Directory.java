package org.passerelle.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.Region;

/**
 * The federation's directory: networks and their organizations. Administrators manage all of it;
 * a coordinator the organizations of their network (and may not move one out of it). Every
 * change is audited in its transaction; stale edits fail on {@code @Version}.
 */
@ApplicationScoped
@Transactional
public class Directory {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;
    @Inject
    AuditLog audit;
    @Inject
    Validator validator;

    public List<Network> networks(String login) {
        Member me = scope.actor(login);
        return em.createNamedQuery(Network.ALL, Network.class).getResultList().stream()
                .filter(n -> scope.mayManage(me, n)).toList();
    }

    /** Every network, for choosing one (a coordinator sees only theirs). */
    public List<Region> regions() {
        return em.createNamedQuery(Region.ALL, Region.class).getResultList();
    }

    public Network createNetwork(String login, String slug, String name) {
        Member me = scope.actor(login);
        scope.require(scope.isAdmin(me));
        String cleanSlug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(cleanSlug).matches()) {
            throw AccountProblem.of("admin.network.slug.invalid");
        }
        requireName(name, "admin.network.name.required");
        if (!em.createNamedQuery(Network.BY_SLUG, Network.class).setParameter("slug", cleanSlug).getResultList().isEmpty()) {
            throw AccountProblem.of("admin.network.slug.taken");
        }
        Network network = new Network(cleanSlug, name.strip());
        em.persist(network);
        em.flush();
        audit.record(me, "network", network.getId(), network.getName(), "create", null, null, cleanSlug, network.getId());
        return network;
    }

    public void renameNetwork(String login, long id, String name, long expectedVersion) {
        Member me = scope.actor(login);
        Network network = find(Network.class, id);
        scope.require(scope.mayManage(me, network));
        checkVersion(network.getVersion(), expectedVersion);
        requireName(name, "admin.network.name.required");
        audit.changed(me, "network", id, network.getName(), "name", network.getName(), name.strip(), id);
        network.rename(name.strip());
    }

    public List<Organization> organizations(String login) {
        return scope.organizations(scope.actor(login));
    }

    public Organization organization(String login, long id) {
        Member me = scope.actor(login);
        Organization organization = find(Organization.class, id);
        scope.require(scope.mayManage(me, organization));
        return organization;
    }

    public Organization createOrganization(String login, OrganizationForm form) {
        Member me = scope.actor(login);
        validate(form);
        Network network = network(form.networkId());
        Region region = region(form.regionCode());
        Organization organization = new Organization(form.name().strip(), form.kind(), region, network);
        scope.require(scope.mayManage(me, organization));
        organization.shareRequestsAmongColleagues(form.colleaguesSeeRequests());
        em.persist(organization);
        em.flush();
        audit.record(me, "organization", organization.getId(), organization.getName(), "create", null, null,
                form.kind() + ", " + region.getCode() + ", " + (network == null ? "-" : network.getSlug()),
                scope.networkIdOf(organization));
        return organization;
    }

    public void updateOrganization(String login, long id, OrganizationForm form, long expectedVersion) {
        Member me = scope.actor(login);
        Organization organization = find(Organization.class, id);
        scope.require(scope.mayManage(me, organization));
        checkVersion(organization.getVersion(), expectedVersion);
        validate(form);
        Network network = network(form.networkId());
        Region region = region(form.regionCode());
        // a coordinator may not hand an organization to another network (it would leave their scope)
        scope.require(scope.mayManage(me, network) || (network == null && scope.isAdmin(me)));
        Long networkId = scope.networkIdOf(organization);
        String name = organization.getName();
        audit.changed(me, "organization", id, name, "name", name, form.name().strip(), networkId);
        audit.changed(me, "organization", id, name, "kind", organization.getKind(), form.kind(), networkId);
        audit.changed(me, "organization", id, name, "region", organization.getRegion().getCode(), region.getCode(), networkId);
        audit.changed(me, "organization", id, name, "network",
                organization.getNetwork() == null ? null : organization.getNetwork().getSlug(),
                network == null ? null : network.getSlug(), networkId);
        audit.changed(me, "organization", id, name, "colleaguesSeeRequests", organization.isColleaguesSeeRequests(),
                form.colleaguesSeeRequests(), networkId);
        organization.edit(form.name(), form.kind(), region, network);
        organization.shareRequestsAmongColleagues(form.colleaguesSeeRequests());
    }

    public void setOrganizationActive(String login, long id, boolean active, long expectedVersion) {
        Member me = scope.actor(login);
        Organization organization = find(Organization.class, id);
        scope.require(scope.mayManage(me, organization));
        checkVersion(organization.getVersion(), expectedVersion);
        if (organization.isActive() == active) {
            return;
        }
        audit.record(me, "organization", id, organization.getName(), active ? "reactivate" : "deactivate", "active",
                organization.isActive(), active, scope.networkIdOf(organization));
        if (active) {
            organization.reactivate();
        } else {
            organization.deactivate();
        }
    }

    private void validate(OrganizationForm form) {
        Set<ConstraintViolation<OrganizationForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new AccountProblem(violations.stream().map(v -> v.getMessageTemplate().replaceAll("[{}]", ""))
                    .distinct().sorted().toList());
        }
    }

    private Network network(Long id) {
        return id == null ? null : find(Network.class, id);
    }

    private Region region(String code) {
        Region region = em.find(Region.class, code);
        if (region == null) {
            throw AccountProblem.of("admin.organization.region.required");
        }
        return region;
    }

    private <T> T find(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw AccountProblem.forbidden("admin.notFound");
        }
        return found;
    }

    private static void requireName(String name, String key) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw AccountProblem.of(key);
        }
    }

    static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new OptimisticLockException("changed meanwhile");
        }
    }
}
