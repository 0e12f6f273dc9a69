package org.passerelle.identity.control;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.passerelle.platform.config.Settings;

/**
 * The OpenID provider an organization logs in with, from the environment (ADR 0019). Absent unless
 * the issuer, client id and client secret are all set; the secret is kept out of {@link #toString()}.
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String name, Set<String> scopes) {
    static final String DEFAULT_SCOPES = "openid email profile";

    /** Empty when OIDC login is not configured; a half configuration is an error naming what is missing. */
    public static Optional<OidcSettings> from(Settings settings) {
        Optional<String> issuer = settings.get(Settings.OIDC_ISSUER);
        Optional<String> clientId = settings.get(Settings.OIDC_CLIENT_ID);
        Optional<String> secret = settings.get(Settings.OIDC_CLIENT_SECRET);
        if (issuer.isEmpty() && clientId.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (issuer.isEmpty()) {
            missing.add(Settings.variableName(Settings.OIDC_ISSUER));
        }
        if (clientId.isEmpty()) {
            missing.add(Settings.variableName(Settings.OIDC_CLIENT_ID));
        }
        if (secret.isEmpty()) {
            missing.add(Settings.variableName(Settings.OIDC_CLIENT_SECRET));
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", missing) + ": needed for OpenID Connect login"
                    + " (or unset all PASSERELLE_OIDC_* settings)");
        }
        URI issuerUri = issuer(issuer.get());
        String name = settings.get(Settings.OIDC_NAME).orElse(issuerUri.getHost());
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add("openid");
        for (String scope : settings.get(Settings.OIDC_SCOPES, DEFAULT_SCOPES).split("[\\s,]+")) {
            if (!scope.isBlank()) {
                scopes.add(scope);
            }
        }
        return Optional.of(new OidcSettings(issuerUri, clientId.get(), secret.get(), name, Set.copyOf(scopes)));
    }

    /**
     * The issuer must be https: the discovery document and the keys that sign the tokens come from
     * there. Plain http is accepted for this machine only (tests, a local provider).
     */
    static URI issuer(String value) {
        String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String variable = Settings.variableName(Settings.OIDC_ISSUER);
        if (uri == null || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(variable + ": expected the provider's address, such as"
                    + " https://accounts.google.com, got '" + value + "'");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean local = uri.getHost().equals("localhost") || uri.getHost().equals("127.0.0.1");
        if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
            throw new IllegalArgumentException(variable + ": must start with https:// (http only for localhost), got '"
                    + value + "'");
        }
        return uri;
    }

    /** Scopes as the authorization request sends them, openid first. */
    public String scopeParameter() {
        List<String> ordered = new ArrayList<>(scopes);
        ordered.sort((a, b) -> a.equals("openid") ? -1 : b.equals("openid") ? 1 : a.compareTo(b));
        return String.join(" ", ordered);
    }

    /** Where the provider describes itself (OpenID Connect Discovery 1.0). */
    public URI discoveryUri() {
        return URI.create(issuer + "/.well-known/openid-configuration");
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", name=" + name + ", scopes="
                + scopeParameter() + "]";
    }
}
