package org.passerelle.admin.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.passerelle.admin.control.Directory;
import org.passerelle.admin.control.PoolForm;
import org.passerelle.admin.control.Pools;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Region;
import org.passerelle.platform.web.Messages;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Urgency;

/** "Équipes de soutien" (administrators): the pools, and one pool's settings (?id=). */
@Named
@ViewScoped
public class PoolsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient Pools pools;
    @Inject
    transient Directory directory;
    @Inject
    transient SecurityContext security;
    @Inject
    transient AdminFailures failures;
    @Inject
    transient Messages messages;

    private Long id;
    private long version;
    private String name;
    private List<String> days = new ArrayList<>();
    private String opens;
    private String closes;
    private String holidays;
    private List<String> networkIds = new ArrayList<>();
    private List<String> regionCodes = new ArrayList<>();
    private final Map<Urgency, Integer> firstHours = new EnumMap<>(Urgency.class);
    private final Map<Urgency, Integer> resolutionHours = new EnumMap<>(Urgency.class);

    public void load() {
        if (id == null) {
            return;
        }
        failures.attempt(null, () -> {
            SupportPool p = pools.pool(login(), id);
            version = p.getVersion();
            name = p.getName();
            days = new ArrayList<>(p.getBusinessDays().stream().sorted().map(DayOfWeek::name).toList());
            opens = p.getOpensAt().toString();
            closes = p.getClosesAt().toString();
            holidays = p.getHolidays();
            networkIds = new ArrayList<>(p.getNetworks().stream().map(n -> n.getId().toString()).toList());
            regionCodes = new ArrayList<>(p.getRegionCodes().stream().sorted().toList());
            for (Urgency u : Urgency.values()) {
                p.targetFor(u).ifPresentOrElse(t -> {
                    firstHours.put(u, (int) t.getFirstResponse().toHours());
                    resolutionHours.put(u, (int) t.getResolution().toHours());
                }, () -> {
                    firstHours.remove(u);
                    resolutionHours.remove(u);
                });
            }
        });
    }

    public void save() {
        LocalTime from;
        LocalTime to;
        try {
            from = LocalTime.parse(opens);
            to = LocalTime.parse(closes);
        } catch (DateTimeParseException | NullPointerException e) {
            messages.error("pool:opens", "admin.pool.hours.invalid");
            return;
        }
        EnumSet<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach(d -> chosen.add(DayOfWeek.valueOf(d)));
        Map<Urgency, PoolForm.Target> targets = new EnumMap<>(Urgency.class);
        for (Urgency u : Urgency.values()) {
            if (firstHours.get(u) != null && resolutionHours.get(u) != null) {
                targets.put(u, new PoolForm.Target(firstHours.get(u), resolutionHours.get(u)));
            }
        }
        PoolForm form = new PoolForm(name, chosen, from, to, holidays,
                new LinkedHashSet<>(networkIds.stream().map(Long::valueOf).toList()), new LinkedHashSet<>(regionCodes),
                targets);
        if (failures.attempt(null, () -> pools.update(login(), id, form, version))) {
            messages.info(null, "admin.saved");
            load();
        }
    }

    public List<SupportPool> getPools() {
        return pools.pools(login());
    }

    public List<Network> getNetworks() {
        return directory.networks(login());
    }

    public List<Region> getRegions() {
        return directory.regions();
    }

    public DayOfWeek[] getWeekDays() {
        return DayOfWeek.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public boolean isEditing() {
        return id != null;
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

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = days;
    }

    public String getOpens() {
        return opens;
    }

    public void setOpens(String opens) {
        this.opens = opens;
    }

    public String getCloses() {
        return closes;
    }

    public void setCloses(String closes) {
        this.closes = closes;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }

    public List<String> getNetworkIds() {
        return networkIds;
    }

    public void setNetworkIds(List<String> networkIds) {
        this.networkIds = networkIds;
    }

    public List<String> getRegionCodes() {
        return regionCodes;
    }

    public void setRegionCodes(List<String> regionCodes) {
        this.regionCodes = regionCodes;
    }

    public Map<Urgency, Integer> getFirstHours() {
        return firstHours;
    }

    public Map<Urgency, Integer> getResolutionHours() {
        return resolutionHours;
    }
}
