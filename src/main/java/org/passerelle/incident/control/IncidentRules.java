package org.passerelle.incident.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.incident.entity.IncidentDetails;

/**
 * What makes a register entry acceptable: the two dates known and not in the future, found no
 * earlier than it happened, a description, the serious-harm assessment justified (the law asks for
 * the reasoning either way), and a date for every notice marked as sent. Returns bundle keys.
 */
public final class IncidentRules {
    public static final int LONG_TEXT = 4000;
    public static final int TEXT = 2000;

    private IncidentRules() {
    }

    public static List<String> problems(IncidentDetails d, LocalDate today) {
        List<String> problems = new ArrayList<>();
        date(problems, d.occurredOn(), today, "incident.occurredOn");
        date(problems, d.discoveredOn(), today, "incident.discoveredOn");
        if (d.occurredOn() != null && d.discoveredOn() != null && d.discoveredOn().isBefore(d.occurredOn())) {
            problems.add("incident.discoveredOn.beforeOccurred");
        }
        if (d.description() == null || d.description().isBlank()) {
            problems.add("incident.description.required");
        } else if (d.description().strip().length() > LONG_TEXT) {
            problems.add("incident.description.tooLong");
        }
        if (d.peopleCount() != null && d.peopleCount() < 0) {
            problems.add("incident.peopleCount.negative");
        }
        if (d.harmJustification() == null || d.harmJustification().isBlank()) {
            problems.add("incident.harmJustification.required");
        }
        if (d.caiNotified()) {
            date(problems, d.caiNotifiedOn(), today, "incident.caiNotifiedOn");
        }
        if (d.peopleNotified()) {
            date(problems, d.peopleNotifiedOn(), today, "incident.peopleNotifiedOn");
        }
        if (tooLong(d.peopleDescription(), TEXT) || tooLong(d.dataAffected(), TEXT)
                || tooLong(d.harmJustification(), TEXT) || tooLong(d.measures(), LONG_TEXT)) {
            problems.add("incident.text.tooLong");
        }
        if (d.status() == null) {
            problems.add("incident.status.required");
        }
        return problems;
    }

    private static void date(List<String> problems, LocalDate date, LocalDate today, String field) {
        if (date == null) {
            problems.add(field + ".required");
        } else if (date.isAfter(today)) {
            problems.add(field + ".future");
        }
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
