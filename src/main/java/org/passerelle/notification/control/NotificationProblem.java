package org.passerelle.notification.control;

/** A refused change to someone's notification settings; the key names the message in the bundles. */
public class NotificationProblem extends RuntimeException {
    private final String key;

    public NotificationProblem(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
