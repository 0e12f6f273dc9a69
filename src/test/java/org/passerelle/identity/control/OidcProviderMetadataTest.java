package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OidcProviderMetadataTest {
    static final URI GOOGLE = URI.create("https://accounts.google.com");

    private static String document(String issuer, String methods) {
        return "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"https://accounts.google.com/o/oauth2/v2/auth\","
                + "\"token_endpoint\":\"https://oauth2.googleapis.com/token\","
                + "\"jwks_uri\":\"https://www.googleapis.com/oauth2/v3/certs\""
                + (methods == null ? "" : ",\"token_endpoint_auth_methods_supported\":" + methods) + "}";
    }

    @Test
    void readsTheEndpointsAndPrefersClientSecretBasic() {
        OidcProviderMetadata metadata = OidcProviderMetadata.parse(
                document("https://accounts.google.com", "[\"client_secret_post\",\"client_secret_basic\"]"), GOOGLE);
        assertEquals("https://oauth2.googleapis.com/token", metadata.tokenEndpoint().toString());
        assertEquals("https://www.googleapis.com/oauth2/v3/certs", metadata.jwksUri().toString());
        assertFalse(metadata.clientSecretPost());
        assertFalse(OidcProviderMetadata.parse(document("https://accounts.google.com", null), GOOGLE).clientSecretPost(),
                "basic is the default of the specification");
        assertTrue(OidcProviderMetadata.parse(document("https://accounts.google.com", "[\"client_secret_post\"]"), GOOGLE)
                .clientSecretPost());
    }

    @Test
    void aDocumentForAnotherIssuerOrWithoutEndpointsIsRefused() {
        OidcRefusal other = assertThrows(OidcRefusal.class,
                () -> OidcProviderMetadata.parse(document("https://evil.example.org", null), GOOGLE));
        assertEquals(OidcRefusal.Reason.UNAVAILABLE, other.reason());
        assertThrows(OidcRefusal.class, () -> OidcProviderMetadata.parse("{\"issuer\":\"https://accounts.google.com\"}",
                GOOGLE));
        assertThrows(OidcRefusal.class, () -> OidcProviderMetadata.parse("<html>", GOOGLE));
    }

    @Test
    void pkceChallengeIsTheUnpaddedBase64urlOfTheVerifiersSha256() {
        // expected value computed apart: python3 -c "import hashlib,base64; print(base64.urlsafe_b64encode(
        // hashlib.sha256(b'dBjftJeZ4CVP-mJ0pqbZMv3oJ5ZAK0Hyh8wTpjVd6bM').digest()).rstrip(b'='))"
        assertEquals("daCpB4htKGURLnQsSgSFNty4ZbV-USpRn3mZbW87MqU",
                OidcLogin.challenge("dBjftJeZ4CVP-mJ0pqbZMv3oJ5ZAK0Hyh8wTpjVd6bM"));
    }

    @Test
    void loginPageCodesMapToMessagesAndNothingElse() {
        assertEquals("oidc.error.unknownAccount", OidcRefusal.Reason.messageKey("inconnu").orElseThrow());
        assertTrue(OidcRefusal.Reason.messageKey("<script>").isEmpty());
    }
}
