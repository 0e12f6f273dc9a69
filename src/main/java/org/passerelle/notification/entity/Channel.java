package org.passerelle.notification.entity;

/** How a person wants to hear of an event. */
public enum Channel {
    EMAIL, IN_APP, BOTH, NONE;

    public boolean mails() {
        return this == EMAIL || this == BOTH;
    }

    public boolean showsInApp() {
        return this == IN_APP || this == BOTH;
    }
}
