package org.passerelle.identity.control;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the provider vouched for, from a checked ID token: the stable pair issuer + subject, and the
 * email address only when the provider did not say it was unverified.
 */
public record OidcIdentity(String issuer, String subject, String email) implements Serializable {
    public OidcIdentity {
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(subject);
    }

    public Optional<String> verifiedEmail() {
        return Optional.ofNullable(email);
    }
}
