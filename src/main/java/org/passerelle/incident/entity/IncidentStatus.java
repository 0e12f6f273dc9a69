package org.passerelle.incident.entity;

/** Where an incident stands in the register: still being handled, or closed. Labels: incident.status.&lt;name&gt;. */
public enum IncidentStatus {
    OPEN,
    CLOSED
}
