package org.passerelle.ticket.control;

import java.util.List;

/** A request that cannot be carried out, with the bundle keys that explain why to the person. */
public class RequestProblem extends RuntimeException {
    private final List<String> keys;

    public RequestProblem(List<String> keys) {
        super(String.join(", ", keys));
        this.keys = List.copyOf(keys);
    }

    public RequestProblem(String key) {
        this(List.of(key));
    }

    public List<String> getKeys() {
        return keys;
    }
}
