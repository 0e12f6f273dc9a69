package org.passerelle.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * Checks an ID token as OpenID Connect Core 1.0 §3.1.3.7 asks: signed by one of the provider's
 * published keys with an asymmetric algorithm (never "none", never a shared secret), issued by the
 * provider for this client, fresh, and bound to this login by its nonce.
 */
public class IdTokenValidator {
    /** Tolerated difference between our clock and the provider's. */
    static final Duration SKEW = Duration.ofSeconds(60);
    /** A token issued longer ago than this was not issued for the login going on now. */
    static final Duration MAX_AGE = Duration.ofMinutes(10);
    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.ES256);

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String issuer;
    private final String clientId;
    private final Clock clock;

    public IdTokenValidator(JWKSource<SecurityContext> keys, String issuer, String clientId, Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.clock = clock;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
        // the claims are checked below, against our clock
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
    }

    /** The identity in the token; a refusal (with a reason for the log only) when any check fails. */
    public OidcIdentity validate(String idToken, String expectedNonce) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw refused("ID token rejected: " + e.getMessage());
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw refused("ID token from issuer '" + claims.getIssuer() + "'");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw refused("ID token not issued for this client (aud " + audience + ")");
        }
        Object azp = claims.getClaim("azp");
        if ((audience.size() > 1 || azp != null) && !clientId.equals(azp)) {
            throw refused("ID token authorized for another party (azp " + azp + ")");
        }
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        if (expires == null || !now.isBefore(expires.toInstant().plus(SKEW))) {
            throw refused("ID token expired at " + (expires == null ? "?" : expires.toInstant()));
        }
        Date issued = claims.getIssueTime();
        if (issued == null || issued.toInstant().isAfter(now.plus(SKEW))
                || issued.toInstant().isBefore(now.minus(MAX_AGE).minus(SKEW))) {
            throw refused("ID token issued at " + (issued == null ? "?" : issued.toInstant()) + ", now " + now);
        }
        Object nonce = claims.getClaim("nonce");
        if (!(nonce instanceof String n) || !constantTimeEquals(n, expectedNonce)) {
            throw refused("ID token nonce does not match this login");
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw refused("ID token without subject");
        }
        return new OidcIdentity(issuer, subject, verifiedEmail(claims));
    }

    /** The email claim, unless the provider says it is not verified (then only the subject can match). */
    static String verifiedEmail(JWTClaimsSet claims) {
        Object email = claims.getClaim("email");
        if (!(email instanceof String address) || address.isBlank()) {
            return null;
        }
        Object verified = claims.getClaim("email_verified");
        if (verified != null && !Boolean.TRUE.equals(verified) && !"true".equals(verified)) {
            return null;
        }
        return address.strip();
    }

    static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8),
                b.getBytes(StandardCharsets.UTF_8));
    }

    private static OidcRefusal refused(String detail) {
        return new OidcRefusal(OidcRefusal.Reason.REFUSED, detail);
    }
}
