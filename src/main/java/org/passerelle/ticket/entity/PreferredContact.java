package org.passerelle.ticket.entity;

/** How the member wants to be reached about a request. */
public enum PreferredContact {
    EMAIL, PHONE
}
