package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.OrganizationKind;
import org.passerelle.identity.entity.Region;
import org.passerelle.identity.entity.Role;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.testsupport.Deployments;
import org.passerelle.ticket.control.DeskReply;
import org.passerelle.ticket.control.DeskScope;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.NewRequest;
import org.passerelle.ticket.control.QueueFilter;
import org.passerelle.ticket.control.SupportDesk;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.Urgency;

/**
 * Ticket search on the real server (H2, then PostgreSQL) keeps exactly the support desk's scope: a
 * new pool serving a new network, its agent, and the demo agent whose pool does not serve it.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class SearchTicketsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SearchTicketsIT.class);
    }

    @Inject
    TicketSearch search;
    @Inject
    HelpRequests requests;
    @Inject
    SupportDesk desk;
    @Inject
    DeskScope scope;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;

    /** A network only the new pool serves, a member there, the pool's own agent; returns the request number. */
    private record World(String agent, String member, String number) {
    }

    private World newWorld(String word) throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        tx.begin();
        Region region = em.createNamedQuery(Region.ALL, Region.class).setMaxResults(1).getSingleResult();
        Network network = new Network("reseau-" + suffix, "Réseau de test " + suffix);
        em.persist(network);
        Organization organization = new Organization("Organisme " + suffix, OrganizationKind.values()[0], region,
                network);
        em.persist(organization);
        Member member = new Member("membre-" + suffix, "Membre " + suffix, "m" + suffix + "@example.org",
                organization, EnumSet.of(Role.MEMBER));
        Member agent = new Member("agent-" + suffix, "Agent " + suffix, "a" + suffix + "@example.org", null,
                EnumSet.of(Role.AGENT));
        em.persist(member);
        em.persist(agent);
        SupportPool pool = new SupportPool("Équipe " + suffix, false);
        pool.serve(network);
        pool.serveRegion(region.getCode());
        pool.addAgent(agent);
        em.persist(pool);
        tx.commit();
        String number = requests.open(member.getLogin(), new NewRequest(Category.VISIOCONFERENCE,
                "Projecteur " + word + " pour la salle", "Notre " + word + " ne marche plus en visio avec les partenaires.",
                Urgency.NORMAL, PreferredContact.EMAIL, null, false));
        tx.begin();
        Ticket ticket = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number)
                .getSingleResult();
        ticket.routeTo(em.find(SupportPool.class, pool.getId()), null, Instant.now());
        tx.commit();
        return new World(agent.getLogin(), member.getLogin(), number);
    }

    private List<String> numbers(String login, String query) {
        return search.search(login, query, QueueFilter.any(), 50).hits().stream().map(TicketSearch.Hit::number).toList();
    }

    /** DeskScope's own rule on the request (other tests create numbers the desk's pages do not parse). */
    private boolean deskLets(String login, String number) throws Exception {
        tx.begin();
        try {
            Member me = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login)
                    .getSingleResult();
            Ticket ticket = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number)
                    .getSingleResult();
            return scope.mayHandle(me, ticket);
        } finally {
            tx.commit();
        }
    }

    private long version(String login, String number) {
        return desk.detail(login, number).orElseThrow().version();
    }

    @Test
    void anAgentFindsOnlyRequestsOfTheirPoolsAndNetworksAndAMemberFindsNothing() throws Exception {
        World world = newWorld("Pingouinographe");
        assertEquals(List.of(world.number()), numbers(world.agent(), "pingouinographe"));
        assertEquals(List.of(world.number()), numbers(world.agent(), "pingouinografe"), "a typo is forgiven");
        assertEquals(List.of(world.number()), numbers(world.agent(), world.number()), "by number");

        assertEquals(List.of(), numbers("agent", "pingouinographe"), "the demo pool does not serve this network");
        // the queue's own condition (DeskScope.queueCondition), which the search shares
        assertEquals(List.of(world.number()), desk.queue(world.agent(), QueueFilter.any(), null, false, 0, 50).rows()
                .stream().map(DeskViews.QueueRow::number).toList(), "the new agent's queue is the new network's");
        assertFalse(desk.queue("agent", QueueFilter.any(), QueueFilter.Sort.NUMBER, false, 0, 200).rows().stream()
                .anyMatch(r -> r.number().equals(world.number())), "not in the queue of the demo agent (newest first)");
        assertEquals(List.of(), numbers("responsable", world.number()));
        assertEquals(List.of(), numbers(world.member(), "pingouinographe"), "a member has no desk");
        assertEquals(List.of(), numbers("membre", "visio"));
        assertEquals(List.of(), numbers("pair", "pingouinographe"), "a peer helper who was not invited");

        for (String query : List.of("visio", "mot de passe", "AGA", "infonuagique", "aide")) {
            for (String number : numbers("agent", query)) {
                assertFalse(number.equals(world.number()), query);
                assertTrue(deskLets("agent", number), "the desk lets the agent handle " + number);
            }
            for (String number : numbers(world.agent(), query)) {
                assertEquals(world.number(), number, "the new agent only finds the new network's request");
            }
        }
    }

    @Test
    void internalNotesAreSearchedByStaffOnlyAndPeerHelpersOnlyFindInvitedRequests() throws Exception {
        World world = newWorld("Castorineur");
        desk.reply(world.agent(), world.number(), DeskReply.internalNote("Ornithorynque : déjà vu chez eux en 2024"),
                version(world.agent(), world.number()));
        desk.reply(world.agent(), world.number(), DeskReply.publicReply("Essayez de redémarrer le boîtier Wapitiphone."),
                version(world.agent(), world.number()));

        List<TicketSearch.Hit> byNote = search.search(world.agent(), "ornithorynque", QueueFilter.any(), 10).hits();
        assertEquals(1, byNote.size());
        assertTrue(byNote.get(0).snippet().contains("<mark>Ornithorynque</mark>"), byNote.get(0).snippet());
        assertEquals(List.of(world.number()), numbers(world.agent(), "wapitiphone"), "public replies are searched");

        desk.invite(world.agent(), world.number(), "pair", version(world.agent(), world.number()));
        assertEquals(List.of(world.number()), numbers("pair", "castorineur"));
        assertEquals(List.of(world.number()), numbers("pair", "wapitiphone"));
        assertEquals(List.of(), numbers("pair", "ornithorynque"), "never by the words of an internal note");
        search.search("pair", "castorineur deja vu", QueueFilter.any(), 10).hits()
                .forEach(h -> assertFalse(h.snippet().contains("Ornithorynque"), h.snippet()));
    }

    @Test
    void theQueueFiltersApplyAndOddInputIsPlainText() throws Exception {
        World world = newWorld("Marmottophone");
        QueueFilter closed = new QueueFilter(Set.of(Status.CLOSED), null, null, null, null, null, null, false);
        assertEquals(List.of(), search.search(world.agent(), "marmottophone", closed, 10).hits());
        QueueFilter fresh = new QueueFilter(Set.of(Status.NEW), Category.VISIOCONFERENCE, null, null, null, null,
                Urgency.NORMAL, false);
        TicketSearch.Results results = search.search(world.agent(), "marmottophone", fresh, 10);
        assertEquals(1, results.total());
        assertEquals(1L, results.facets().get(TicketSearch.FACET_STATUS).get("NEW"));
        for (String odd : List.of("\"", "*", "AND(", "\\", "marmottophone*", "((marmottophone", "")) {
            search.search(world.agent(), odd, QueueFilter.any(), 10);
        }
        assertEquals(List.of(world.number()), numbers(world.agent(), "\"marmottophone\""));
    }
}
