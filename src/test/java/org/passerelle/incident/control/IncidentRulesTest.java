package org.passerelle.incident.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.incident.entity.IncidentDetails;
import org.passerelle.incident.entity.IncidentStatus;

class IncidentRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    static IncidentDetails complete() {
        return new IncidentDetails(TODAY.minusDays(3), TODAY.minusDays(1), "Liste de membres envoyée au mauvais courriel",
                42, "membres", "noms, courriels", false, "Renseignements peu sensibles, destinataire de confiance",
                false, null, false, null, "Demande de suppression au destinataire", IncidentStatus.OPEN, null);
    }

    private static IncidentDetails with(LocalDate occurred, LocalDate discovered, boolean cai, LocalDate caiOn,
                                        boolean people, LocalDate peopleOn) {
        IncidentDetails d = complete();
        return new IncidentDetails(occurred, discovered, d.description(), d.peopleCount(), d.peopleDescription(),
                d.dataAffected(), d.seriousHarm(), d.harmJustification(), cai, caiOn, people, peopleOn, d.measures(),
                d.status(), null);
    }

    @Test
    void aCompleteEntryPasses() {
        assertEquals(List.of(), IncidentRules.problems(complete(), TODAY));
    }

    @Test
    void datesAreRequiredAndNeverInTheFuture() {
        assertEquals(List.of("incident.occurredOn.required", "incident.discoveredOn.required"),
                IncidentRules.problems(with(null, null, false, null, false, null), TODAY));
        assertEquals(List.of("incident.occurredOn.future", "incident.discoveredOn.future"),
                IncidentRules.problems(with(TODAY.plusDays(1), TODAY.plusDays(2), false, null, false, null), TODAY));
        assertEquals(List.of(), IncidentRules.problems(with(TODAY, TODAY, false, null, false, null), TODAY), "today is fine");
    }

    @Test
    void anIncidentIsNotDiscoveredBeforeItHappened() {
        assertEquals(List.of("incident.discoveredOn.beforeOccurred"),
                IncidentRules.problems(with(TODAY.minusDays(1), TODAY.minusDays(5), false, null, false, null), TODAY));
    }

    @Test
    void aNoticeMarkedSentNeedsItsDate() {
        assertEquals(List.of("incident.caiNotifiedOn.required", "incident.peopleNotifiedOn.required"),
                IncidentRules.problems(with(TODAY.minusDays(3), TODAY, true, null, true, null), TODAY));
        assertEquals(List.of("incident.caiNotifiedOn.future"),
                IncidentRules.problems(with(TODAY.minusDays(3), TODAY, true, TODAY.plusDays(1), true, TODAY), TODAY));
        assertEquals(List.of(), IncidentRules.problems(with(TODAY.minusDays(3), TODAY, false, TODAY.plusDays(9), false,
                null), TODAY), "a date without a notice is ignored (the entity drops it)");
    }

    @Test
    void descriptionJustificationAndCountsAreChecked() {
        IncidentDetails d = complete();
        IncidentDetails bad = new IncidentDetails(d.occurredOn(), d.discoveredOn(), "  ", -1, null, null, true, "",
                false, null, false, null, "x".repeat(4001), null, null);
        assertEquals(List.of("incident.description.required", "incident.peopleCount.negative",
                "incident.harmJustification.required", "incident.text.tooLong", "incident.status.required"),
                IncidentRules.problems(bad, TODAY));
        IncidentDetails longText = new IncidentDetails(d.occurredOn(), d.discoveredOn(), "y".repeat(4001), 1, null,
                null, false, "ok", false, null, false, null, null, IncidentStatus.CLOSED, null);
        assertTrue(IncidentRules.problems(longText, TODAY).contains("incident.description.tooLong"));
    }
}
