package org.passerelle.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A small but real OpenID provider for tests, on the JDK's HTTP server: discovery, keys (JWKS),
 * an authorization endpoint that sends the browser straight back with a code (as if the person
 * had logged in and consented) and a token endpoint that checks the client secret, the redirect
 * URI and the PKCE verifier before it returns an ID token signed with its RSA key. A test says who
 * logs in next and may spoil the answer to see Passerelle refuse it.
 */
public final class TestOidcProvider implements AutoCloseable {
    public static final String CLIENT_ID = "passerelle-it";
    public static final String CLIENT_SECRET = "it-client-secret";

    /** The person the provider vouches for at the next authorization. */
    public record Person(String subject, String email, Boolean emailVerified) {
    }

    private record Grant(Person person, String nonce, String challenge, String redirectUri) {
    }

    private final HttpServer server;
    private final String issuer;
    private final RSAKey key;
    private final RSAKey foreignKey;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile Person next;
    private volatile Consumer<JWTClaimsSet.Builder> tamper = b -> { };
    private volatile boolean foreignSignature;
    private volatile boolean wrongState;
    private volatile String lastTokenRequestProblem;

    /** Listens where the issuer address says (http://localhost:PORT/PATH). */
    public TestOidcProvider(String issuer) throws IOException, JOSEException {
        this.issuer = issuer;
        URI uri = URI.create(issuer);
        String path = uri.getPath();
        this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        // same key id, another key: a token signed with it must fail the signature check
        this.foreignKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
        server = HttpServer.create(new InetSocketAddress("localhost", uri.getPort()), 0);
        server.createContext(path + "/.well-known/openid-configuration", this::discovery);
        server.createContext(path + "/jwks", this::jwks);
        server.createContext(path + "/authorize", this::authorize);
        server.createContext(path + "/token", this::token);
        server.start();
    }

    /** The provider the integration tests' server is configured with (pom.xml, failsafe). */
    public static TestOidcProvider fromEnvironment() throws IOException, JOSEException {
        String issuer = System.getenv("PASSERELLE_OIDC_ISSUER");
        if (issuer == null) {
            throw new IllegalStateException("PASSERELLE_OIDC_ISSUER is not set: run the ITs through Maven (failsafe)");
        }
        return new TestOidcProvider(issuer);
    }

    public void nextLogin(Person person) {
        this.next = person;
    }

    /** Changes the claims of the next ID tokens (a wrong audience, an expired token...). */
    public void tamper(Consumer<JWTClaimsSet.Builder> change) {
        this.tamper = change;
    }

    public void signWithForeignKey(boolean foreign) {
        this.foreignSignature = foreign;
    }

    public void answerWithWrongState(boolean wrong) {
        this.wrongState = wrong;
    }

    /** Back to honest answers. */
    public void reset() {
        tamper = b -> { };
        foreignSignature = false;
        wrongState = false;
        lastTokenRequestProblem = null;
        next = null;
    }

    /** Why the last token request was refused, if it was (a wrong secret, verifier or redirect URI). */
    public String lastTokenRequestProblem() {
        return lastTokenRequestProblem;
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String json = "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],"
                + "\"token_endpoint_auth_methods_supported\":[\"client_secret_basic\"]}";
        send(exchange, 200, "application/json", json);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        send(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
        Person person = next;
        if (person == null || !CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))
                || !"S256".equals(query.get("code_challenge_method")) || query.get("redirect_uri") == null
                || !query.getOrDefault("scope", "").contains("openid")) {
            send(exchange, 400, "text/plain", "bad authorization request " + query.keySet());
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(person, query.get("nonce"), query.get("code_challenge"), query.get("redirect_uri")));
        String state = wrongState ? "not-the-state" : query.get("state");
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + encode(code)
                + "&state=" + encode(state));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form;
        try (InputStream in = exchange.getRequestBody()) {
            form = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        String expectedAuth = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        String problem = null;
        if (!"POST".equals(exchange.getRequestMethod())) {
            problem = "not a POST";
        } else if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            problem = "wrong client authentication";
        } else if (!"authorization_code".equals(form.get("grant_type"))) {
            problem = "wrong grant type";
        } else if (grant == null) {
            problem = "unknown or used code";
        } else if (!grant.redirectUri().equals(form.get("redirect_uri"))) {
            problem = "redirect_uri differs from the authorization request";
        } else if (!grant.challenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            problem = "PKCE verifier does not match the challenge";
        }
        if (problem != null) {
            lastTokenRequestProblem = problem;
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            String idToken = idToken(grant);
            send(exchange, 200, "application/json", "{\"access_token\":\"" + UUID.randomUUID()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"id_token\":\"" + idToken + "\"}");
        } catch (JOSEException e) {
            send(exchange, 500, "text/plain", e.toString());
        }
    }

    private String idToken(Grant grant) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(grant.person().subject())
                .audience(List.of(CLIENT_ID)).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce());
        if (grant.person().email() != null) {
            claims.claim("email", grant.person().email());
        }
        if (grant.person().emailVerified() != null) {
            claims.claim("email_verified", grant.person().emailVerified());
        }
        tamper.accept(claims);
        return sign(claims.build(), foreignSignature ? foreignKey : key);
    }

    /** An ID token signed with this provider's key (for tests that call the validator directly). */
    public String sign(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, key);
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + ";charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
