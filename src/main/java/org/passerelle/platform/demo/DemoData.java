package org.passerelle.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.OrganizationKind;
import org.passerelle.identity.entity.Region;
import org.passerelle.identity.entity.Role;
import org.passerelle.platform.importing.CsvFile;
import org.passerelle.platform.importing.ImportException;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.CannedResponse;
import org.passerelle.toolbox.control.ToolboxImport;

/**
 * Fills an empty database with the demo federation: networks, organizations, the demo accounts
 * (password "demo"), support pools, the whole toolbox and the request scenarios. Everything happens in one transaction: a bad file leaves the
 * database as it was and the error names the file and line.
 */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD = "demo";
    public static final List<String> LOGINS =
            List.of("membre", "membre2", "pair", "agent", "responsable", "coordination", "admin");
    /**
     * The stored form of {@link #PASSWORD}, computed once ({@code PasswordHasher}'s algorithm and
     * cost, salt "passerelle--demo"): deriving it at each first start took about 1.2 s of a cold
     * start, because the run command's JIT (C1 only) has no SHA-512 intrinsic. A fixed salt costs
     * nothing here: the demo password is public. PasswordHasherTest checks that it verifies.
     */
    public static final String PASSWORD_HASH = "PBKDF2WithHmacSHA512:210000:cGFzc2VyZWxsZS0tZGVtbw==:"
            + "NSk3U6h83R/Vtph+8jf4EgEFreSv4gQfLW580KLl0/wD8qZVLVvJ79QHfzLBdAAYXQXIYAMBMVpxQGbMF64utA==";

    @PersistenceContext
    EntityManager em;
    @Inject
    ToolboxImport toolboxImport;
    @Inject
    DemoTickets demoTickets;

    public boolean isEmpty() {
        return em.createNamedQuery(Member.COUNT, Long.class).getSingleResult() == 0;
    }

    /**
     * Loads everything without indexing it: the caller then builds the search index from the
     * database once ({@code SearchIndex.rebuildAfterLoad}), instead of indexing each entity at
     * commit and rebuilding the whole index right after (docs/performance.md).
     */
    @Transactional
    public void load() {
        Search.session(em).indexingPlanFilter(filter -> filter.exclude(Object.class));
        Map<String, Network> networks = loadNetworks();
        Map<String, Organization> organizations = loadOrganizations(networks);
        Map<String, Member> accounts = loadAccounts(organizations, networks);
        List<SupportPool> pools = loadPools(networks, accounts);
        ToolboxImport.Result toolbox = toolboxImport.importAll(
                List.of(new ToolboxImport.Source("demo/toolbox/tools.csv", text("demo/toolbox/tools.csv"))),
                guides(), null);
        demoTickets.load(networks, organizations, accounts, pools, Instant.now());
        loadCannedResponses();
        em.flush();
        LOG.info(() -> "demo data loaded: " + networks.size() + " networks, " + organizations.size()
                + " organizations, " + accounts.size() + " accounts, " + toolbox.toolCards() + " tool cards, "
                + toolbox.guides() + " guides");
    }

    private Map<String, Network> loadNetworks() {
        Map<String, Network> networks = new HashMap<>();
        for (CsvFile.Row row : rows("demo/networks.csv", Set.of("slug", "name"))) {
            Network network = new Network(row.required("slug"), row.required("name"));
            em.persist(network);
            networks.put(network.getSlug(), network);
        }
        return networks;
    }

    private Map<String, Organization> loadOrganizations(Map<String, Network> networks) {
        Map<String, Organization> organizations = new HashMap<>();
        for (CsvFile.Row row : rows("demo/organizations.csv", Set.of("name", "kind", "region", "network"))) {
            Region region = em.find(Region.class, row.required("region"));
            if (region == null) {
                throw row.problem("unknown region code '" + row.required("region") + "'");
            }
            Network network = row.optional("network") == null ? null : lookup(networks, row, "network");
            OrganizationKind kind;
            try {
                kind = OrganizationKind.fromLabel(row.required("kind"));
            } catch (IllegalArgumentException e) {
                throw row.problem(e.getMessage());
            }
            Organization organization = new Organization(row.required("name"), kind, region, network);
            em.persist(organization);
            organizations.put(organization.getName(), organization);
        }
        return organizations;
    }

    private void loadCannedResponses() {
        for (CsvFile.Row row : rows("demo/tickets/canned-responses.csv", Set.of("title", "body"))) {
            em.persist(new CannedResponse(row.required("title"), row.required("body"), Instant.now()));
        }
    }

    private Map<String, Member> loadAccounts(Map<String, Organization> organizations, Map<String, Network> networks) {
        Map<String, Member> accounts = new HashMap<>();
        for (CsvFile.Row row : rows("demo/accounts.csv", Set.of("login", "name", "email", "organization", "roles"))) {
            Organization organization = row.optional("organization") == null ? null
                    : lookup(organizations, row, "organization");
            Set<Role> roles;
            try {
                roles = Arrays.stream(row.required("roles").split(";")).map(String::trim).map(Role::fromRoleName)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            } catch (IllegalArgumentException e) {
                throw row.problem(e.getMessage());
            }
            Member member = new Member(row.required("login"), row.required("name"), row.required("email"),
                    organization, roles);
            member.changePasswordHash(PASSWORD_HASH);
            if (row.optional("network") != null) {
                member.coordinate(lookup(networks, row, "network"));
            }
            if (row.optional("topics") != null) {
                member.declareTopics(Set.of(row.required("topics").split(";")));
            }
            em.persist(member);
            accounts.put(member.getLogin(), member);
        }
        return accounts;
    }

    private List<SupportPool> loadPools(Map<String, Network> networks, Map<String, Member> accounts) {
        SupportPool montreal = new SupportPool("Équipe de soutien de Montréal", false);
        montreal.serve(networks.get("tq"));
        montreal.serve(networks.get("cdc"));
        montreal.serveRegion("06");
        montreal.serveRegion("13");
        montreal.addAgent(accounts.get("agent"));
        em.persist(montreal);

        SupportPool province = new SupportPool("Équipe de soutien provinciale", true);
        networks.values().forEach(province::serve);
        province.addAgent(accounts.get("agent"));
        province.addAgent(accounts.get("responsable"));
        em.persist(province);
        return List.of(montreal, province);
    }

    private static List<ToolboxImport.Source> guides() {
        return text("demo/toolbox/guides/index.txt").lines().map(String::trim).filter(l -> !l.isEmpty())
                .map(name -> new ToolboxImport.Source("demo/toolbox/guides/" + name,
                        text("demo/toolbox/guides/" + name)))
                .toList();
    }

    static String text(String resource) {
        try (var stream = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (stream == null) {
                throw new ImportException(resource, 0, "missing from the application");
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new ImportException(resource, 0, e.getMessage());
        }
    }

    private static <T> T lookup(Map<String, T> known, CsvFile.Row row, String column) {
        T value = known.get(row.required(column));
        if (value == null) {
            throw row.problem("unknown " + column + " '" + row.required(column) + "'");
        }
        return value;
    }

    static List<CsvFile.Row> rows(String resource, Set<String> columns) {
        return CsvFile.read(resource, new StringReader(text(resource)), columns);
    }
}
