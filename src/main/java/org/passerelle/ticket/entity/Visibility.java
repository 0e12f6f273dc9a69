package org.passerelle.ticket.entity;

/** A public reply is seen and mailed to the member; an internal note never is. */
public enum Visibility {
    PUBLIC, INTERNAL
}
