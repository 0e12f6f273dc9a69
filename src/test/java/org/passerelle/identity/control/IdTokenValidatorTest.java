package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IdTokenValidatorTest {
    static final String ISSUER = "https://idp.example.org";
    static final String CLIENT = "passerelle";
    static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");
    static RSAKey key;
    static RSAKey other;

    private final IdTokenValidator validator = new IdTokenValidator(new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())),
            ISSUER, CLIENT, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        other = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    private static JWTClaimsSet claims(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).subject("sub-1").audience(CLIENT)
                .issueTime(Date.from(NOW.minusSeconds(5))).expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("nonce", "n-1").claim("email", "julie@example.org").claim("email_verified", true);
        change.accept(builder);
        return builder.build();
    }

    private static String signed(JWTClaimsSet claims, RSAKey with) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private static String token(Consumer<JWTClaimsSet.Builder> change) throws Exception {
        return signed(claims(change), key);
    }

    private void refused(String token) {
        OidcRefusal refusal = assertThrows(OidcRefusal.class, () -> validator.validate(token, "n-1"));
        assertEquals(OidcRefusal.Reason.REFUSED, refusal.reason());
    }

    @Test
    void aGoodTokenGivesIssuerSubjectAndEmail() throws Exception {
        OidcIdentity identity = validator.validate(token(b -> { }), "n-1");
        assertEquals(new OidcIdentity(ISSUER, "sub-1", "julie@example.org"), identity);
    }

    @Test
    void clocksMayDifferByAMinute() throws Exception {
        validator.validate(token(b -> b.expirationTime(Date.from(NOW.minusSeconds(50)))), "n-1");
        validator.validate(token(b -> b.issueTime(Date.from(NOW.plusSeconds(50)))), "n-1");
        refused(token(b -> b.expirationTime(Date.from(NOW.minusSeconds(70)))));
        refused(token(b -> b.issueTime(Date.from(NOW.plusSeconds(70)))));
    }

    @Test
    void expiredStaleOrTimelessTokensAreRefused() throws Exception {
        refused(token(b -> b.expirationTime(Date.from(NOW.minusSeconds(3600)))));
        refused(token(b -> b.issueTime(Date.from(NOW.minusSeconds(3600)))));
        refused(token(b -> b.expirationTime(null)));
        refused(token(b -> b.issueTime(null)));
    }

    @Test
    void anotherLoginsNonceOrNoNonceIsRefused() throws Exception {
        String token = token(b -> { });
        assertThrows(OidcRefusal.class, () -> validator.validate(token, "n-2"));
        refused(token(b -> b.claim("nonce", null)));
    }

    @Test
    void anotherAudienceIssuerOrPartyIsRefused() throws Exception {
        refused(token(b -> b.audience("another-client")));
        refused(token(b -> b.audience(List.of(CLIENT, "another-client"))));
        refused(token(b -> b.claim("azp", "another-client")));
        refused(token(b -> b.issuer("https://evil.example.org")));
        refused(token(b -> b.subject(null)));
        validator.validate(token(b -> b.audience(List.of(CLIENT, "api")).claim("azp", CLIENT)), "n-1");
    }

    @Test
    void aBadSignatureNoSignatureOrASharedSecretIsRefused() throws Exception {
        refused(signed(claims(b -> { }), other));
        refused(new PlainJWT(new PlainHeader(), claims(b -> { })).serialize());
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims(b -> { }));
        hmac.sign(new MACSigner("a shared secret of at least 256 bits, long enough"));
        refused(hmac.serialize());
        String token = token(b -> { });
        String[] parts = token.split("\\.");
        refused(parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims(b -> b.subject("admin")).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + "." + parts[2]);
        refused("not a token");
    }

    @Test
    void anUnverifiedEmailIsDroppedSoOnlyTheSubjectCanMatch() throws Exception {
        assertNull(validator.validate(token(b -> b.claim("email_verified", false)), "n-1").email());
        assertNull(validator.validate(token(b -> b.claim("email_verified", "false")), "n-1").email());
        assertEquals("julie@example.org",
                validator.validate(token(b -> b.claim("email_verified", null)), "n-1").email(),
                "no email_verified claim (Microsoft Entra ID): the email counts");
        assertNull(validator.validate(token(b -> b.claim("email", null)), "n-1").email());
    }
}
