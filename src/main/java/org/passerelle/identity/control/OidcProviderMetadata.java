package org.passerelle.identity.control;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.util.List;
import java.util.Map;

/** What Passerelle uses of a provider's discovery document ({@code /.well-known/openid-configuration}). */
public record OidcProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                                   boolean clientSecretPost) {

    /**
     * Parses the document and checks that it speaks for the configured issuer (Discovery 1.0 §4.3:
     * otherwise another site could pass its own keys off as the provider's).
     */
    public static OidcProviderMetadata parse(String json, URI configuredIssuer) {
        try {
            Map<String, Object> document = JSONObjectUtils.parse(json);
            String issuer = JSONObjectUtils.getString(document, "issuer");
            if (issuer == null || !strip(issuer).equals(strip(configuredIssuer.toString()))) {
                throw new OidcRefusal(OidcRefusal.Reason.UNAVAILABLE, "discovery document names issuer '" + issuer
                        + "', not the configured " + configuredIssuer);
            }
            List<String> methods = JSONObjectUtils.getStringList(document, "token_endpoint_auth_methods_supported");
            // client_secret_basic is the default of the specification; post only when basic is not offered
            boolean post = methods != null && !methods.contains("client_secret_basic")
                    && methods.contains("client_secret_post");
            return new OidcProviderMetadata(issuer, required(document, "authorization_endpoint"),
                    required(document, "token_endpoint"), required(document, "jwks_uri"), post);
        } catch (ParseException | IllegalArgumentException e) {
            throw new OidcRefusal(OidcRefusal.Reason.UNAVAILABLE, "unreadable discovery document: " + e.getMessage());
        }
    }

    private static URI required(Map<String, Object> document, String name) throws ParseException {
        String value = JSONObjectUtils.getString(document, name);
        if (value == null) {
            throw new ParseException("no " + name, 0);
        }
        URI uri = URI.create(value);
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new ParseException(name + " is not a web address", 0);
        }
        return uri;
    }

    private static String strip(String issuer) {
        return issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }
}
