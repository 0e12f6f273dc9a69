package org.passerelle.admin.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.passerelle.ticket.entity.Urgency;

/**
 * A support pool as the administrator edits it: name, business days and hours, holidays (rule
 * codes and ISO dates, comma-separated), networks and regions served, and the SLA targets per
 * urgency in business hours (first response, resolution).
 */
public record PoolForm(
        @NotBlank(message = "{admin.pool.name.required}") @Size(max = 200, message = "{admin.pool.name.required}") String name,
        Set<DayOfWeek> days, LocalTime opens, LocalTime closes, String holidays, Set<Long> networkIds,
        Set<String> regionCodes, Map<Urgency, Target> targets) {

    /** Business hours for the first response and for the resolution. */
    public record Target(int firstResponseHours, int resolutionHours) {
    }
}
