package org.passerelle.ticket.entity;

import java.util.EnumSet;
import java.util.Set;

/** A request's lifecycle: Nouvelle → Ouverte → En attente du membre → Résolue → Fermée. */
public enum Status {
    NEW("nouvelle"), OPEN("ouverte"), WAITING_ON_MEMBER("en-attente"), RESOLVED("resolue"), CLOSED("fermee");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** The stable code used in the API and in URLs. */
    public String code() {
        return code;
    }

    public static Status fromCode(String code) {
        String wanted = code.trim().toLowerCase(java.util.Locale.ROOT);
        for (Status status : values()) {
            if (status.code.equals(wanted) || status.name().equalsIgnoreCase(wanted)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status: " + code);
    }

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
