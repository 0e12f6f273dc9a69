package org.passerelle.ticket.entity;

/** A status change the lifecycle forbids, such as reopening a closed request. */
public class IllegalTransitionException extends RuntimeException {
    private final Status from;
    private final Status to;

    public IllegalTransitionException(Status from, Status to) {
        super("A request cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public Status getFrom() {
        return from;
    }

    public Status getTo() {
        return to;
    }
}
