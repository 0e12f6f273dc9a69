package org.passerelle.identity.control;

/**
 * An OpenID Connect login that cannot go on. The reason picks the message shown on the login page;
 * the detail is for the log only and never holds a token, a code or the client secret.
 */
public class OidcRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What the person is told; the code travels in the login page's address ({@code ?oidc=...}). */
    public enum Reason {
        /** The provider cannot be reached or answers nonsense: try again later, or log in with a password. */
        UNAVAILABLE("indisponible", "oidc.error.unavailable"),
        /** The answer failed a check (state, signature, audience, nonce, expiry...): start again. */
        REFUSED("refuse", "oidc.error.refused"),
        /** The person cancelled at the provider, or the provider refused them. */
        CANCELLED("annule", "oidc.error.cancelled"),
        /** The provider vouched for an address that no active, invited account has. */
        UNKNOWN_ACCOUNT("inconnu", "oidc.error.unknownAccount"),
        /** The account is locked after too many failed logins. */
        LOCKED("verrouille", "oidc.error.locked");

        private final String code;
        private final String messageKey;

        Reason(String code, String messageKey) {
            this.code = code;
            this.messageKey = messageKey;
        }

        public String code() {
            return code;
        }

        /** The bundle key of the message for a code from the address; empty for anything else. */
        public static java.util.Optional<String> messageKey(String code) {
            for (Reason reason : values()) {
                if (reason.code.equals(code)) {
                    return java.util.Optional.of(reason.messageKey);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private final Reason reason;

    public OidcRefusal(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
