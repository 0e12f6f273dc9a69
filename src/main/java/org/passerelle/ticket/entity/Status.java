package org.passerelle.ticket.entity;

import java.util.EnumSet;
import java.util.Set;

/** A request's lifecycle: Nouvelle → Ouverte → En attente du membre → Résolue → Fermée. */
public enum Status {
    NEW, OPEN, WAITING_ON_MEMBER, RESOLVED, CLOSED;

    /** The states this one may move to; anything else is refused. */
    public Set<Status> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING_ON_MEMBER, RESOLVED, CLOSED);
            case OPEN -> EnumSet.of(WAITING_ON_MEMBER, RESOLVED, CLOSED);
            case WAITING_ON_MEMBER -> EnumSet.of(OPEN, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(Status.class);
        };
    }

    public boolean canMoveTo(Status target) {
        return next().contains(target);
    }
}
