package org.passerelle.identity.control;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Serializable;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.passerelle.platform.config.Settings;

/**
 * The OpenID Connect authorization-code flow with PKCE, state and nonce (ADR 0019): builds the
 * address that sends the person to the provider, then turns the provider's answer into a checked
 * {@link OidcIdentity}. Matching that identity to a member is {@link OidcAccounts}' job.
 */
@ApplicationScoped
public class OidcLogin {
    /** The discovery document is read again after this long, so a provider's changes are picked up. */
    static final Duration METADATA_TTL = Duration.ofHours(1);
    /** A login started longer ago than this is stale: the person starts again. */
    static final Duration PENDING_VALIDITY = Duration.ofMinutes(10);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);
    /** A key set is a few kilobytes; more is not a key set. */
    private static final int JWKS_SIZE_LIMIT = 256 * 1024;

    private final SecureRandom random = new SecureRandom();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private OidcSettings settings;
    private Provider provider;
    Clock clock = Clock.systemUTC();

    /** What is remembered in the person's session between leaving for the provider and coming back. */
    public record PendingLogin(String state, String nonce, String codeVerifier, String redirectUri, String next,
                               Instant startedAt) implements Serializable {
    }

    /** Where to send the person, and what to remember until they come back. */
    public record Authorization(URI location, PendingLogin pending) {
    }

    private record Provider(OidcProviderMetadata metadata, IdTokenValidator validator, Instant readAt) {
    }

    @PostConstruct
    void configure() {
        settings = OidcSettings.from(Settings.fromEnvironment()).orElse(null);
    }

    public boolean enabled() {
        return settings != null;
    }

    /** The provider's name for the button ("Microsoft 365"). */
    public String providerName() {
        return settings == null ? null : settings.name();
    }

    public Authorization start(String redirectUri, String next) {
        OidcProviderMetadata metadata = provider().metadata();
        String state = randomToken();
        String nonce = randomToken();
        String verifier = randomToken();
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", settings.scopeParameter());
        query.put("state", state);
        query.put("nonce", nonce);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        String endpoint = metadata.authorizationEndpoint().toString();
        URI location = URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + form(query));
        return new Authorization(location, new PendingLogin(state, nonce, verifier, redirectUri, next,
                clock.instant()));
    }

    /**
     * Checks the provider's answer against the pending login, exchanges the code and checks the ID
     * token. Every failure is an {@link OidcRefusal}.
     */
    public OidcIdentity finish(PendingLogin pending, String state, String code, String error) {
        if (pending == null || !clock.instant().isBefore(pending.startedAt().plus(PENDING_VALIDITY))) {
            throw new OidcRefusal(OidcRefusal.Reason.REFUSED, "no login started in this session, or started too long ago");
        }
        if (!IdTokenValidator.constantTimeEquals(pending.state(), state)) {
            throw new OidcRefusal(OidcRefusal.Reason.REFUSED, "state does not match the login started in this session");
        }
        if (error != null) {
            throw new OidcRefusal(OidcRefusal.Reason.CANCELLED, "the provider answered error=" + printable(error));
        }
        if (code == null || code.isBlank()) {
            throw new OidcRefusal(OidcRefusal.Reason.REFUSED, "no authorization code in the answer");
        }
        Provider current = provider();
        String idToken = exchange(current.metadata(), code, pending);
        return current.validator().validate(idToken, pending.nonce());
    }

    /** Trades the code for tokens at the token endpoint; only the ID token is kept. */
    private String exchange(OidcProviderMetadata metadata, String code, PendingLogin pending) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", pending.redirectUri());
        body.put("code_verifier", pending.codeVerifier());
        HttpRequest.Builder request = HttpRequest.newBuilder(metadata.tokenEndpoint()).timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (metadata.clientSecretPost()) {
            body.put("client_id", settings.clientId());
            body.put("client_secret", settings.clientSecret());
        } else {
            // RFC 6749 §2.3.1: both parts form-encoded before Basic
            String pair = encode(settings.clientId()) + ":" + encode(settings.clientSecret());
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = send(request.POST(HttpRequest.BodyPublishers.ofString(form(body))).build());
        Map<String, Object> answer;
        try {
            answer = JSONObjectUtils.parse(response.body());
        } catch (ParseException e) {
            throw new OidcRefusal(OidcRefusal.Reason.UNAVAILABLE, "token endpoint answered " + response.statusCode()
                    + " without JSON");
        }
        if (response.statusCode() != 200) {
            // only the error code: the description may quote what was sent
            throw new OidcRefusal(OidcRefusal.Reason.REFUSED, "token endpoint answered " + response.statusCode()
                    + " error=" + printable(String.valueOf(answer.get("error"))));
        }
        if (!(answer.get("id_token") instanceof String idToken)) {
            throw new OidcRefusal(OidcRefusal.Reason.REFUSED, "token endpoint answered without an ID token");
        }
        return idToken;
    }

    /** The provider's description and keys, read again once they are older than {@link #METADATA_TTL}. */
    private synchronized Provider provider() {
        if (settings == null) {
            throw new IllegalStateException("OpenID Connect login is not configured");
        }
        Instant now = clock.instant();
        if (provider == null || !now.isBefore(provider.readAt().plus(METADATA_TTL))) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(settings.discoveryUri()).timeout(HTTP_TIMEOUT)
                    .header("Accept", "application/json").GET().build());
            if (response.statusCode() != 200) {
                throw new OidcRefusal(OidcRefusal.Reason.UNAVAILABLE, "discovery document " + settings.discoveryUri()
                        + " answered " + response.statusCode());
            }
            OidcProviderMetadata metadata = OidcProviderMetadata.parse(response.body(), settings.issuer());
            JWKSource<SecurityContext> keys;
            try {
                // cached, and fetched again when a token names a key it does not know (key rotation)
                keys = JWKSourceBuilder.create(metadata.jwksUri().toURL(), new DefaultResourceRetriever(
                        (int) HTTP_TIMEOUT.toMillis(), (int) HTTP_TIMEOUT.toMillis(), JWKS_SIZE_LIMIT))
                        .retrying(true).build();
            } catch (MalformedURLException e) {
                throw new OidcRefusal(OidcRefusal.Reason.UNAVAILABLE, "jwks_uri " + metadata.jwksUri());
            }
            provider = new Provider(metadata, new IdTokenValidator(keys, metadata.issuer(), settings.clientId(), clock),
                    now);
        }
        return provider;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OidcRefusal(OidcRefusal.Reason.UNAVAILABLE, request.uri().getHost() + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcRefusal(OidcRefusal.Reason.UNAVAILABLE, "interrupted");
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** PKCE S256 (RFC 7636): the provider gets the hash now, the verifier only with the code. */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A provider's error code in one log line, whatever it holds. */
    static String printable(String value) {
        String cleaned = value.replaceAll("[^\\x20-\\x7E]", "?");
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }

    Optional<OidcSettings> settings() {
        return Optional.ofNullable(settings);
    }
}
