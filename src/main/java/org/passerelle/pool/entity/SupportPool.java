package org.passerelle.pool.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.ticket.entity.Urgency;

/**
 * An équipe de soutien mutualisée: the staff who answer the requests of some networks, in some
 * regions (or everywhere when province-wide), during their business hours.
 */
@Entity
public class SupportPool {
    public static final String DEFAULT_HOLIDAYS =
            "NEW_YEAR,GOOD_FRIDAY,EASTER_MONDAY,PATRIOTS,FETE_NATIONALE,CANADA_DAY,LABOUR,THANKSGIVING,CHRISTMAS";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private boolean provinceWide;
    private String timeZone = "America/Montreal";
    private String businessDays = "MON,TUE,WED,THU,FRI";
    private LocalTime opensAt = LocalTime.of(9, 0);
    private LocalTime closesAt = LocalTime.of(17, 0);
    /** Holiday codes and extra dates, as understood by {@code QuebecHolidays}. */
    private String holidays = DEFAULT_HOLIDAYS;
    @ElementCollection
    @CollectionTable(name = "support_pool_target", joinColumns = @JoinColumn(name = "pool_id"))
    private Set<ResponseTarget> targets = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "support_pool_network", joinColumns = @JoinColumn(name = "pool_id"),
            inverseJoinColumns = @JoinColumn(name = "network_id"))
    private Set<Network> networks = new HashSet<>();
    @ElementCollection
    @CollectionTable(name = "support_pool_region", joinColumns = @JoinColumn(name = "pool_id"))
    @Column(name = "region_code")
    private Set<String> regionCodes = new HashSet<>();
    @ManyToMany
    @JoinTable(name = "support_pool_agent", joinColumns = @JoinColumn(name = "pool_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> agents = new HashSet<>();
    @Version
    private long version;

    protected SupportPool() {
    }

    public SupportPool(String name, boolean provinceWide) {
        this.name = Objects.requireNonNull(name);
        this.provinceWide = provinceWide;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isProvinceWide() {
        return provinceWide;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public Set<DayOfWeek> getBusinessDays() {
        return Arrays.stream(businessDays.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(PoolDays::parse)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    public void setBusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("a pool must open before it closes");
        }
        this.businessDays = days.stream().sorted().map(PoolDays::format).collect(Collectors.joining(","));
        this.opensAt = opens;
        this.closesAt = closes;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = Objects.requireNonNull(holidays);
    }

    /** The pool's own target for this urgency, if it set one (otherwise the defaults apply). */
    public Optional<ResponseTarget> targetFor(Urgency urgency) {
        return targets.stream().filter(t -> t.getUrgency() == urgency).findFirst();
    }

    /** Back to the default target for this urgency. */
    public void clearTarget(Urgency urgency) {
        targets.removeIf(t -> t.getUrgency() == urgency);
    }

    public void setTarget(ResponseTarget target) {
        targets.removeIf(t -> t.getUrgency() == target.getUrgency());
        targets.add(target);
    }

    public Set<Network> getNetworks() {
        return Set.copyOf(networks);
    }

    public void serve(Network network) {
        networks.add(Objects.requireNonNull(network));
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).strip();
    }

    /** Serves exactly these networks (the administration's edit). */
    public void serveOnly(Set<Network> served) {
        networks.clear();
        networks.addAll(served);
    }

    /** Serves exactly these regions (the administration's edit). */
    public void serveRegionsOnly(Set<String> codes) {
        regionCodes.clear();
        regionCodes.addAll(codes);
    }

    public Set<String> getRegionCodes() {
        return Set.copyOf(regionCodes);
    }

    public void serveRegion(String regionCode) {
        regionCodes.add(Objects.requireNonNull(regionCode));
    }

    public Set<Member> getAgents() {
        return Set.copyOf(agents);
    }

    public void addAgent(Member agent) {
        agents.add(Objects.requireNonNull(agent));
    }

    public long getVersion() {
        return version;
    }

    /** Three-letter day codes as stored in support_pool.business_days. */
    static final class PoolDays {
        private PoolDays() {
        }

        static DayOfWeek parse(String code) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().startsWith(code.toUpperCase(java.util.Locale.ROOT))) {
                    return day;
                }
            }
            throw new IllegalArgumentException("unknown day: " + code);
        }

        static String format(DayOfWeek day) {
            return day.name().substring(0, 3);
        }
    }
}
