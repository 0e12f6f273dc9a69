package org.passerelle.platform.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.OrganizationKind;
import org.passerelle.identity.entity.Region;
import org.passerelle.identity.entity.Role;
import org.passerelle.platform.importing.CsvFile;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.control.Routing;
import org.passerelle.ticket.control.SlaSchedule;
import org.passerelle.ticket.control.TicketNumbers;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.ticket.entity.Visibility;

/**
 * Turns the request scenarios (demo/tickets/scenarios.csv, written as members write) into
 * requests spread over the last weeks, in every status, with replies and internal notes. A
 * scenario from an organization the demo doesn't have yet gets one, with one colleague who cannot
 * log in, so the federation looks like the real one: many regions, many kinds.
 */
@ApplicationScoped
class DemoTickets {
    private static final List<Status> CYCLE = List.of(Status.NEW, Status.OPEN, Status.WAITING_ON_MEMBER,
            Status.RESOLVED, Status.CLOSED);
    private static final List<String> NAMES = List.of("Geneviève Roy", "Patrice Lavoie", "Amina Diallo",
            "Mathieu Bergeron", "Chloé Fortin", "Samuel Morin", "Isabelle Gauthier", "Yannick Ouellet",
            "Marie-Ève Poirier", "Olivier Bélanger", "Fatou Ndiaye", "Denis Lévesque", "Annie Girard",
            "Jonathan Caron", "Émilie Beaulieu", "Hugo Cloutier", "Sarah Paquette", "Luc Boucher", "Nathalie Dubé",
            "Kevin Simard", "Caroline Nadeau", "Alexandre Leblanc", "Julie Demers");

    @PersistenceContext
    EntityManager em;
    @Inject
    TicketNumbers numbers;
    @Inject
    SlaSchedule sla;

    void load(Map<String, Network> networks, Map<String, Organization> organizations, Map<String, Member> accounts,
              List<SupportPool> pools, Instant now) {
        Map<String, Member> requesterByOrganization = new HashMap<>();
        accounts.values().stream().filter(m -> m.hasRole(Role.MEMBER) && m.getOrganization() != null)
                .forEach(m -> requesterByOrganization.putIfAbsent(m.getOrganization().getName(), m));
        Member agent = accounts.get("agent");
        List<CsvFile.Row> rows = DemoData.rows("demo/tickets/scenarios.csv",
                Set.of("id", "organization_kind", "region", "category", "subject", "body", "urgency"));
        for (int i = 0; i < rows.size(); i++) {
            CsvFile.Row row = rows.get(i);
            Organization organization = organizationFor(row, networks, organizations);
            Member requester = requesterByOrganization.computeIfAbsent(organization.getName(),
                    name -> colleague(organization, requesterByOrganization.size()));
            Category category;
            Urgency urgency;
            try {
                category = Category.fromCode(row.required("category"));
                urgency = Urgency.fromCode(row.required("urgency"));
            } catch (IllegalArgumentException e) {
                throw row.problem(e.getMessage());
            }
            Instant opened = now.minus(Duration.ofHours(6L * (rows.size() - i) + 3L * i));
            Ticket ticket = new Ticket(numbers.next(), requester, category, urgency, row.required("subject"),
                    row.required("body"), opened);
            Routing.poolFor(organization, pools).ifPresent(ticket::routeTo);
            em.persist(ticket);
            advance(ticket, CYCLE.get(i % CYCLE.size()), agent, opened, i, now);
            if (i == 1) {
                ticket.invite(accounts.get("pair"), agent, opened.plus(Duration.ofHours(3)));
            }
            sla.reschedule(ticket, now);
        }
    }

    private void advance(Ticket ticket, Status target, Member agent, Instant opened, int index, Instant now) {
        Member requester = ticket.getRequester();
        if (target == Status.NEW) {
            return;
        }
        Instant t = opened.plus(Duration.ofHours(2));
        ticket.assignTo(agent, t);
        if (index % 3 == 0) {
            ticket.post(agent, Visibility.INTERNAL, "Note interne : déjà vu chez une autre organisation, voir la "
                    + "boîte à outils avant de répondre.", t.plusSeconds(60));
        }
        if (target == Status.OPEN) {
            return;
        }
        ticket.post(agent, Visibility.PUBLIC, "Bonjour " + requester.getFirstName() + ", merci pour votre demande. "
                + "Pouvez-vous nous préciser combien de personnes sont concernées et quels outils vous utilisez déjà?",
                t.plus(Duration.ofHours(1)));
        ticket.moveTo(Status.WAITING_ON_MEMBER, agent, t.plus(Duration.ofHours(1)));
        if (target == Status.WAITING_ON_MEMBER) {
            return;
        }
        ticket.post(requester, Visibility.PUBLIC, "Merci! Nous sommes une douzaine, surtout sur des portables "
                + "personnels.", t.plus(Duration.ofHours(20)));
        ticket.post(agent, Visibility.PUBLIC, "Voici une démarche pas à pas, et une fiche de la boîte à outils qui "
                + "résume les options gratuites. Dites-nous si ça règle votre besoin.", t.plus(Duration.ofHours(22)));
        ticket.moveTo(Status.RESOLVED, agent, t.plus(Duration.ofHours(22)));
        if (target == Status.CLOSED) {
            Instant closed = t.plus(Duration.ofDays(7));
            ticket.moveTo(Status.CLOSED, closed.isAfter(now) ? now : closed);
        }
    }

    private Organization organizationFor(CsvFile.Row row, Map<String, Network> networks,
                                         Map<String, Organization> organizations) {
        OrganizationKind kind;
        try {
            kind = OrganizationKind.fromLabel(row.required("organization_kind"));
        } catch (IllegalArgumentException e) {
            throw row.problem(e.getMessage());
        }
        String regionName = row.required("region");
        Region region = em.createNamedQuery(Region.ALL, Region.class).getResultStream()
                .filter(r -> r.getName().equalsIgnoreCase(regionName)).findFirst()
                .orElseThrow(() -> row.problem("unknown region '" + regionName + "'"));
        return organizations.values().stream()
                .filter(o -> o.getKind() == kind && o.getRegion().getCode().equals(region.getCode()))
                .findFirst()
                .orElseGet(() -> {
                    Organization created = new Organization(demoName(kind, region), kind, region,
                            networkFor(kind, networks));
                    em.persist(created);
                    organizations.put(created.getName(), created);
                    return created;
                });
    }

    private static String demoName(OrganizationKind kind, Region region) {
        return switch (kind) {
            case CDC -> "CDC de la région " + region.getName();
            case TQ -> "Table de quartier (" + region.getName() + ")";
            case TABLE_JEUNESSE -> "Table jeunesse (" + region.getName() + ")";
            case OC_CISSS -> "OC du CISSS (" + region.getName() + ")";
            case OTHER -> "Organisme communautaire (" + region.getName() + ")";
        };
    }

    private static Network networkFor(OrganizationKind kind, Map<String, Network> networks) {
        return switch (kind) {
            case CDC, TABLE_JEUNESSE -> networks.get("cdc");
            case TQ -> networks.get("tq");
            case OC_CISSS -> networks.get("oc");
            case OTHER -> null;
        };
    }

    /** A colleague who exists so the request has a requester; without a password, nobody logs in as them. */
    private Member colleague(Organization organization, int index) {
        String name = NAMES.get(index % NAMES.size());
        String login = "demo-" + (index + 1);
        Member member = new Member(login, name, login + "@example.org", organization, EnumSet.of(Role.MEMBER));
        em.persist(member);
        return member;
    }
}
