package org.passerelle.toolbox.control;

import java.util.List;

/**
 * A contribution or moderation step that cannot be carried out, with the bundle keys
 * ({@code contrib.*}) that explain why to the person.
 */
public class ContributionProblem extends RuntimeException {
    /** What kind of refusal this is, so the REST API can pick its status code. */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;
    private final List<String> keys;

    public ContributionProblem(Kind kind, List<String> keys) {
        super(String.join(", ", keys));
        this.kind = kind;
        this.keys = List.copyOf(keys);
    }

    public static ContributionProblem invalid(List<String> keys) {
        return new ContributionProblem(Kind.INVALID, keys);
    }

    public static ContributionProblem invalid(String key) {
        return new ContributionProblem(Kind.INVALID, List.of(key));
    }

    public static ContributionProblem notFound() {
        return new ContributionProblem(Kind.NOT_FOUND, List.of("contrib.notFound"));
    }

    public static ContributionProblem forbidden() {
        return new ContributionProblem(Kind.FORBIDDEN, List.of("contrib.forbidden"));
    }

    public static ContributionProblem conflict(String key) {
        return new ContributionProblem(Kind.CONFLICT, List.of(key));
    }

    public Kind getKind() {
        return kind;
    }

    public List<String> getKeys() {
        return keys;
    }
}
