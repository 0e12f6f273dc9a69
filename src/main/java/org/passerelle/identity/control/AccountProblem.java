package org.passerelle.identity.control;

import java.util.List;

/**
 * An account action refused for a reason the person can fix or must know: the bundle keys of the
 * messages (account.* or admin.*) and their arguments. {@code forbidden} marks a refusal of scope
 * (403), as opposed to bad input (400).
 */
public class AccountProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> keys;
    private final transient Object[] arguments;
    private final boolean forbidden;

    public AccountProblem(List<String> keys, Object... arguments) {
        this(false, keys, arguments);
    }

    private AccountProblem(boolean forbidden, List<String> keys, Object... arguments) {
        super(String.join(", ", keys));
        this.keys = List.copyOf(keys);
        this.arguments = arguments;
        this.forbidden = forbidden;
    }

    public static AccountProblem of(String key, Object... arguments) {
        return new AccountProblem(List.of(key), arguments);
    }

    public static AccountProblem forbidden(String key) {
        return new AccountProblem(true, List.of(key));
    }

    public List<String> keys() {
        return keys;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public boolean isForbidden() {
        return forbidden;
    }
}
