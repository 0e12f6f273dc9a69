package org.passerelle.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.Role;

/**
 * Who may administer what: an administrator everything; a coordinator only the organizations of
 * the network they coordinate and the members of those organizations, and may give only the
 * member and peer-helper roles (so nobody makes themself an administrator).
 */
@ApplicationScoped
public class AdminScope {
    static final Set<Role> COORDINATOR_ASSIGNABLE = EnumSet.of(Role.MEMBER, Role.PEER_HELPER);

    @PersistenceContext
    EntityManager em;

    /** The acting administrator or coordinator; refused for anyone else. */
    public Member actor(String login) {
        Member me = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login)
                .getResultStream().findFirst().orElseThrow(() -> AccountProblem.forbidden("admin.forbidden"));
        if (!me.isActive() || !(isAdmin(me) || coordinated(me) != null)) {
            throw AccountProblem.forbidden("admin.forbidden");
        }
        return me;
    }

    public boolean isAdmin(Member me) {
        return me.hasRole(Role.ADMIN);
    }

    /** The network a coordinator looks after; null for anyone else. */
    public Network coordinated(Member me) {
        return me.hasRole(Role.COORDINATOR) ? me.getCoordinatedNetwork() : null;
    }

    public boolean mayManage(Member me, Organization organization) {
        if (isAdmin(me)) {
            return true;
        }
        Network mine = coordinated(me);
        return mine != null && organization != null && organization.getNetwork() != null
                && Objects.equals(mine.getId(), organization.getNetwork().getId());
    }

    public boolean mayManage(Member me, Network network) {
        if (isAdmin(me)) {
            return true;
        }
        Network mine = coordinated(me);
        return mine != null && network != null && Objects.equals(mine.getId(), network.getId());
    }

    /** Staff without an organization (agents, admins) are managed by administrators only. */
    public boolean mayManage(Member me, Member target) {
        if (isAdmin(me)) {
            return true;
        }
        if (target.hasRole(Role.ADMIN) || target.hasRole(Role.COORDINATOR) || target.hasRole(Role.AGENT)
                || target.hasRole(Role.POOL_LEAD)) {
            return false;
        }
        return mayManage(me, target.getOrganization());
    }

    public Set<Role> assignableRoles(Member me) {
        return isAdmin(me) ? EnumSet.allOf(Role.class) : EnumSet.copyOf(COORDINATOR_ASSIGNABLE);
    }

    public void require(boolean allowed) {
        if (!allowed) {
            throw AccountProblem.forbidden("admin.forbidden");
        }
    }

    /** The organizations this person may manage, by name. */
    public List<Organization> organizations(Member me) {
        List<Organization> all = em.createNamedQuery(Organization.ALL, Organization.class).getResultList();
        return all.stream().filter(o -> mayManage(me, o)).toList();
    }

    public Long networkIdOf(Organization organization) {
        return organization == null || organization.getNetwork() == null ? null : organization.getNetwork().getId();
    }
}
