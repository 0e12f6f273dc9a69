package org.passerelle.ticket.entity;

import java.util.Locale;

/** How soon the member needs an answer: basse, normale, haute. */
public enum Urgency {
    LOW("basse"), NORMAL("normale"), HIGH("haute");

    private final String code;

    Urgency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Urgency fromCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Urgency urgency : values()) {
            if (urgency.code.equals(wanted)) {
                return urgency;
            }
        }
        throw new IllegalArgumentException("unknown urgency: " + code);
    }
}
