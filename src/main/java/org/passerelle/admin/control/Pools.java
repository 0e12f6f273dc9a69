package org.passerelle.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Region;
import org.passerelle.pool.control.QuebecHolidays;
import org.passerelle.pool.entity.ResponseTarget;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Urgency;

/**
 * Support pools, edited by administrators only (a pool serves several networks, so no single
 * coordinator owns one): what they serve, their business hours and holidays, their SLA targets.
 */
@ApplicationScoped
@Transactional
public class Pools {
    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;
    @Inject
    AuditLog audit;
    @Inject
    Validator validator;

    public List<SupportPool> pools(String login) {
        Member me = scope.actor(login);
        scope.require(scope.isAdmin(me));
        List<SupportPool> all = em.createQuery("select p from SupportPool p order by p.provinceWide, p.name",
                SupportPool.class).getResultList();
        all.forEach(Pools::loaded);
        return all;
    }

    public SupportPool pool(String login, long id) {
        Member me = scope.actor(login);
        scope.require(scope.isAdmin(me));
        SupportPool pool = em.find(SupportPool.class, id);
        if (pool == null) {
            throw AccountProblem.forbidden("admin.notFound");
        }
        return loaded(pool);
    }

    public void update(String login, long id, PoolForm form, long expectedVersion) {
        Member me = scope.actor(login);
        SupportPool pool = pool(login, id);
        Directory.checkVersion(pool.getVersion(), expectedVersion);
        if (!validator.validate(form).isEmpty()) {
            throw AccountProblem.of("admin.pool.name.required");
        }
        if (form.days() == null || form.days().isEmpty() || form.opens() == null || form.closes() == null
                || !form.opens().isBefore(form.closes())) {
            throw AccountProblem.of("admin.pool.hours.invalid");
        }
        String holidays = checkedHolidays(form.holidays());
        Set<Network> networks = new HashSet<>();
        for (Long networkId : form.networkIds()) {
            Network network = em.find(Network.class, networkId);
            if (network != null) {
                networks.add(network);
            }
        }
        for (String code : form.regionCodes()) {
            if (em.find(Region.class, code) == null) {
                throw AccountProblem.of("admin.organization.region.required");
            }
        }
        String name = pool.getName();
        audit.changed(me, "pool", id, name, "name", name, form.name().strip(), null);
        audit.changed(me, "pool", id, name, "hours", hours(pool), form.days().stream().sorted().map(d -> d.name().substring(0, 3))
                .collect(Collectors.joining(",")) + " " + form.opens() + "-" + form.closes(), null);
        audit.changed(me, "pool", id, name, "holidays", pool.getHolidays(), holidays, null);
        audit.changed(me, "pool", id, name, "networks", slugs(pool.getNetworks()), slugs(networks), null);
        audit.changed(me, "pool", id, name, "regions", sorted(pool.getRegionCodes()), sorted(form.regionCodes()), null);
        pool.rename(form.name());
        pool.setBusinessHours(form.days(), form.opens(), form.closes());
        pool.setHolidays(holidays);
        pool.serveOnly(networks);
        pool.serveRegionsOnly(form.regionCodes());
        // the form lists the targets wanted: an urgency left out goes back to the default target
        for (Urgency urgency : Urgency.values()) {
            PoolForm.Target wanted = form.targets().get(urgency);
            String before = pool.targetFor(urgency)
                    .map(r -> r.getFirstResponse().toHours() + "/" + r.getResolution().toHours()).orElse(null);
            if (wanted == null) {
                audit.changed(me, "pool", id, name, "sla." + urgency.code(), before, null, null);
                pool.clearTarget(urgency);
                continue;
            }
            int first = wanted.firstResponseHours();
            int resolution = wanted.resolutionHours();
            if (first < 1 || resolution < first || resolution > 2000) {
                throw AccountProblem.of("admin.pool.target.invalid");
            }
            audit.changed(me, "pool", id, name, "sla." + urgency.code(), before, first + "/" + resolution, null);
            pool.setTarget(new ResponseTarget(urgency, Duration.ofHours(first), Duration.ofHours(resolution)));
        }
    }

    /** Reads the pool's collections while the transaction is open: the pages show them afterwards. */
    private static SupportPool loaded(SupportPool pool) {
        pool.getNetworks().size();
        pool.getRegionCodes().size();
        pool.targetFor(Urgency.LOW);
        return pool;
    }

    /** Rule codes and ISO dates as {@code SlaSchedule} reads them; refused when one is unknown. */
    static String checkedHolidays(String text) {
        List<String> tokens = text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        String dates = tokens.stream().filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2}")).collect(Collectors.joining(","));
        String codes = tokens.stream().filter(t -> !t.matches("\\d{4}-\\d{2}-\\d{2}")).collect(Collectors.joining(","));
        try {
            QuebecHolidays.parse(codes, dates);
        } catch (RuntimeException e) {
            throw AccountProblem.of("admin.pool.holidays.invalid");
        }
        return String.join(",", tokens);
    }

    private static String hours(SupportPool pool) {
        return pool.getBusinessDays().stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","))
                + " " + pool.getOpensAt() + "-" + pool.getClosesAt();
    }

    private static String slugs(Set<Network> networks) {
        return networks.stream().map(Network::getSlug).sorted().collect(Collectors.joining(","));
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(","));
    }
}
