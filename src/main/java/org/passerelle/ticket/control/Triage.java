package org.passerelle.ticket.control;

import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;

/** What the triage box asks for; null leaves a value as it is (a blank assignee means nobody). */
public record Triage(String assigneeLogin, Status status, Urgency urgency, Category category, String tags) {
}
