package org.passerelle.ticket.control;

import java.util.List;

/**
 * A request that cannot be carried out, with the bundle keys that explain why to the person and
 * the values those messages show (a file name, a size limit).
 */
public class RequestProblem extends RuntimeException {
    private final List<String> keys;
    private final transient List<Object> arguments;

    public RequestProblem(List<String> keys) {
        super(String.join(", ", keys));
        this.keys = List.copyOf(keys);
        this.arguments = List.of();
    }

    public RequestProblem(String key, Object... arguments) {
        super(key);
        this.keys = List.of(key);
        this.arguments = List.of(arguments);
    }

    public List<String> getKeys() {
        return keys;
    }

    public Object[] getArguments() {
        return arguments.toArray();
    }
}
