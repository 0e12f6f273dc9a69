package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Role;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Ticket;

/**
 * Who on the support side may handle which request: agents and pool leads the requests of their
 * pools and of the networks their pools serve; a peer helper only the requests they were invited
 * onto; nobody else any.
 */
@ApplicationScoped
public class DeskScope {
    @PersistenceContext
    EntityManager em;

    public boolean isStaff(Member member) {
        return member.hasRole(Role.AGENT) || member.hasRole(Role.POOL_LEAD);
    }

    /** Whether a message by this person speaks for the support side. */
    public boolean isSupport(Member member) {
        return isStaff(member) || member.hasRole(Role.PEER_HELPER);
    }

    public boolean mayHandle(Member me, Ticket ticket) {
        if (isStaff(me)) {
            List<SupportPool> pools = poolsOf(me);
            Network network = ticket.getOrganization() == null ? null : ticket.getOrganization().getNetwork();
            return pools.stream().anyMatch(p -> p == ticket.getPool()
                    || (network != null && p.getNetworks().stream().anyMatch(n -> Objects.equals(n.getId(), network.getId()))));
        }
        return me.hasRole(Role.PEER_HELPER) && ticket.isHelper(me);
    }

    /** The same rule as {@link #mayHandle} as a JPQL condition on the queue's aliases (t, p, n). */
    String queueCondition(Member me, Map<String, Object> parameters) {
        if (isStaff(me)) {
            List<SupportPool> pools = poolsOf(me);
            List<Long> networks = pools.stream().flatMap(p -> p.getNetworks().stream()).map(Network::getId)
                    .distinct().toList();
            if (pools.isEmpty()) {
                return "1 = 0";
            }
            parameters.put("myPools", pools.stream().map(SupportPool::getId).toList());
            if (networks.isEmpty()) {
                return "p.id in :myPools";
            }
            parameters.put("myNetworks", networks);
            return "(p.id in :myPools or n.id in :myNetworks)";
        }
        if (me.hasRole(Role.PEER_HELPER)) {
            parameters.put("me", me);
            return ":me member of t.helpers";
        }
        return "1 = 0";
    }

    /**
     * The same rule as {@link #mayHandle} as identifiers a search index can filter on: the pools and
     * networks of an agent or pool lead, or the peer helper themself; nothing for anyone else.
     */
    public IndexScope indexScope(Member me) {
        if (isStaff(me)) {
            List<SupportPool> pools = poolsOf(me);
            return new IndexScope(true, pools.stream().map(SupportPool::getId).toList(),
                    pools.stream().flatMap(p -> p.getNetworks().stream()).map(Network::getId).distinct().toList(),
                    null);
        }
        if (me.hasRole(Role.PEER_HELPER)) {
            return new IndexScope(false, List.of(), List.of(), me.getId());
        }
        return new IndexScope(false, List.of(), List.of(), null);
    }

    /** See {@link #indexScope}; {@code staff} also says whether internal notes may be searched. */
    public record IndexScope(boolean staff, List<Long> pools, List<Long> networks, Long helper) {
        public boolean isEmpty() {
            return pools.isEmpty() && networks.isEmpty() && helper == null;
        }
    }

    List<SupportPool> poolsOf(Member me) {
        return em.createQuery("select distinct p from SupportPool p join p.agents a left join fetch p.networks"
                + " where a = :me", SupportPool.class).setParameter("me", me).getResultList();
    }
}
