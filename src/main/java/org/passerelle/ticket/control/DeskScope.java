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

    /**
     * The same rule as {@link #mayHandle} as a JPQL condition on the queue's aliases (t, p, n). The
     * pools and their networks are subqueries on the person's id rather than lists read first and
     * bound as {@code in (:list)}: one query less for each of the count and the page, and a query
     * text whose translation Hibernate can reuse, where a list parameter's size changes the SQL.
     */
    String queueCondition(Member me, Map<String, Object> parameters) {
        if (isStaff(me)) {
            parameters.put("meId", me.getId());
            return "(p.id in (select mp.id from SupportPool mp join mp.agents ma where ma.id = :meId)"
                    + " or n.id in (select mn.id from SupportPool np join np.agents na join np.networks mn"
                    + " where na.id = :meId))";
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
