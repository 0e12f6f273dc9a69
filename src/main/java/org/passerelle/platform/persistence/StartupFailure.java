package org.passerelle.platform.persistence;

/** A start-up problem that the person running Passerelle can fix, phrased for them. */
public class StartupFailure extends RuntimeException {
    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public StartupFailure(String message) {
        super(message);
    }
}
