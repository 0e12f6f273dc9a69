package org.passerelle.pool.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.ticket.entity.Urgency;

class SlaTargetsTest {

    @Test
    void defaultsAnswerHighUrgencyTheSameDayAndPlanLowUrgencyOverAWeek() {
        SlaTargets cut = SlaTargets.defaults();
        assertEquals(new SlaTarget(Duration.ofHours(2), Duration.ofHours(8)), cut.forUrgency(Urgency.HIGH));
        assertEquals(new SlaTarget(Duration.ofHours(8), Duration.ofHours(24)), cut.forUrgency(Urgency.NORMAL));
        assertEquals(new SlaTarget(Duration.ofHours(16), Duration.ofHours(40)), cut.forUrgency(Urgency.LOW));
    }

    @Test
    void replacesOneUrgencyWithoutTouchingTheOriginal() {
        SlaTargets defaults = SlaTargets.defaults();
        SlaTargets changed = defaults.with(Urgency.HIGH, SlaTarget.ofHours(1, 4));
        assertEquals(SlaTarget.ofHours(1, 4), changed.forUrgency(Urgency.HIGH));
        assertEquals(SlaTarget.ofHours(8, 24), changed.forUrgency(Urgency.NORMAL));
        assertEquals(SlaTarget.ofHours(2, 8), defaults.forUrgency(Urgency.HIGH));
    }

    @Test
    void needsATargetForEveryUrgency() {
        var error = assertThrows(IllegalArgumentException.class,
                () -> new SlaTargets(Map.of(Urgency.HIGH, SlaTarget.ofHours(2, 8))));
        assertEquals("SLA targets are missing for urgency [LOW, NORMAL]", error.getMessage());
    }

    @Test
    void refusesAFirstResponseLaterThanTheResolution() {
        var error = assertThrows(IllegalArgumentException.class, () -> SlaTarget.ofHours(8, 2));
        assertEquals("the first-response target PT8H cannot be longer than the resolution target PT2H", error.getMessage());
    }

    @Test
    void refusesZeroOrNegativeTargets() {
        var error = assertThrows(IllegalArgumentException.class, () -> SlaTarget.ofHours(0, 8));
        assertEquals("SLA targets must be positive: first response PT0S, resolution PT8H", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SlaTarget(Duration.ofHours(-1), Duration.ofHours(8)));
        assertThrows(NullPointerException.class, () -> new SlaTarget(null, Duration.ofHours(8)));
    }
}
