package org.passerelle.pool.control;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.passerelle.ticket.entity.Urgency;

/**
 * The SLA targets of one pool, one per urgency; every urgency must have one so that no request is
 * ever without a due time.
 */
public record SlaTargets(Map<Urgency, SlaTarget> byUrgency) {

    public SlaTargets {
        Objects.requireNonNull(byUrgency, "SLA targets are required");
        Set<Urgency> missing = EnumSet.allOf(Urgency.class);
        missing.removeAll(byUrgency.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("SLA targets are missing for urgency " + missing);
        }
        byUrgency = Map.copyOf(byUrgency);
    }

    /**
     * Targets for a 9:00–17:00 pool, in business hours (8 h = one business day):
     * <ul>
     * <li>HIGH: answer within 2 h, resolve within 8 h (1 day): something breaks today, e.g. an
     * assembly tonight that cannot connect;</li>
     * <li>NORMAL: answer within 8 h (next business day), resolve within 24 h (3 days);</li>
     * <li>LOW: answer within 16 h (2 days), resolve within 40 h (5 days, a working week): advice
     * and accompaniment that can be planned.</li>
     * </ul>
     * They are deliberately humane for a small shared team; a pool changes them with {@link #with}.
     */
    public static SlaTargets defaults() {
        Map<Urgency, SlaTarget> targets = new EnumMap<>(Urgency.class);
        targets.put(Urgency.HIGH, SlaTarget.ofHours(2, 8));
        targets.put(Urgency.NORMAL, SlaTarget.ofHours(8, 24));
        targets.put(Urgency.LOW, SlaTarget.ofHours(16, 40));
        return new SlaTargets(targets);
    }

    public SlaTarget forUrgency(Urgency urgency) {
        return byUrgency.get(Objects.requireNonNull(urgency, "urgency is required"));
    }

    /** A copy with the target of one urgency replaced. */
    public SlaTargets with(Urgency urgency, SlaTarget target) {
        Map<Urgency, SlaTarget> targets = new EnumMap<>(byUrgency);
        targets.put(Objects.requireNonNull(urgency, "urgency is required"), Objects.requireNonNull(target, "target is required"));
        return new SlaTargets(targets);
    }
}
