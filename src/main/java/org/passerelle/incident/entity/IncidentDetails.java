package org.passerelle.incident.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the register records about a confidentiality incident (Loi 25, art. 3.8): when it
 * happened and was found, what and whom it touched, whether it risks serious harm and why, the
 * notices sent to the Commission d'accès à l'information and to the people, and the measures taken.
 */
public record IncidentDetails(LocalDate occurredOn, LocalDate discoveredOn, String description, Integer peopleCount,
                              String peopleDescription, String dataAffected, boolean seriousHarm,
                              String harmJustification, boolean caiNotified, LocalDate caiNotifiedOn,
                              boolean peopleNotified, LocalDate peopleNotifiedOn, String measures,
                              IncidentStatus status, String ticketNumber) implements Serializable {
}
