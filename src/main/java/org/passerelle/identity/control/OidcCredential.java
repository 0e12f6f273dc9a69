package org.passerelle.identity.control;

import jakarta.security.enterprise.credential.Credential;
import java.util.Objects;

/**
 * An identity the OpenID provider vouched for, already checked ({@link OidcLogin#finish}), handed
 * to the mechanism like the login form hands over a password.
 */
public record OidcCredential(OidcIdentity identity) implements Credential {
    public OidcCredential {
        Objects.requireNonNull(identity);
    }

    /** What the login throttle counts failures under: the email, or the subject when there is none. */
    public String throttleKey() {
        return identity.verifiedEmail().orElse("oidc:" + identity.subject());
    }
}
