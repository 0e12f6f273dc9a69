package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.passerelle.platform.config.Settings;

class OidcSettingsTest {

    private static Settings settings(Map<String, String> environment) {
        return new Settings(environment, new Properties());
    }

    private static Map<String, String> complete() {
        Map<String, String> environment = new HashMap<>();
        environment.put("PASSERELLE_OIDC_ISSUER", "https://login.microsoftonline.com/tenant-id/v2.0/");
        environment.put("PASSERELLE_OIDC_CLIENT_ID", "client");
        environment.put("PASSERELLE_OIDC_CLIENT_SECRET", "s3cret-value");
        return environment;
    }

    @Test
    void nothingSetMeansNoOidcLoginAndNoButton() {
        assertTrue(OidcSettings.from(settings(Map.of())).isEmpty());
        assertTrue(OidcSettings.from(settings(Map.of("PASSERELLE_OIDC_NAME", "Google"))).isEmpty(),
                "a name alone configures nothing");
    }

    @Test
    void theThreeSettingsConfigureItWithDefaults() {
        OidcSettings oidc = OidcSettings.from(settings(complete())).orElseThrow();
        assertEquals("https://login.microsoftonline.com/tenant-id/v2.0", oidc.issuer().toString());
        assertEquals("https://login.microsoftonline.com/tenant-id/v2.0/.well-known/openid-configuration",
                oidc.discoveryUri().toString());
        assertEquals("login.microsoftonline.com", oidc.name(), "the provider's host names the button by default");
        assertEquals("openid email profile", oidc.scopeParameter());
        assertTrue(!oidc.toString().contains("s3cret"), "the secret never shows in a log line: " + oidc);
    }

    @Test
    void nameAndScopesMayBeChosenAndOpenidIsAlwaysAsked() {
        Map<String, String> environment = complete();
        environment.put("PASSERELLE_OIDC_NAME", "Microsoft 365");
        environment.put("PASSERELLE_OIDC_SCOPES", "email, profile");
        OidcSettings oidc = OidcSettings.from(settings(environment)).orElseThrow();
        assertEquals("Microsoft 365", oidc.name());
        assertEquals("openid email profile", oidc.scopeParameter());
    }

    @Test
    void aHalfConfigurationNamesWhatIsMissing() {
        Map<String, String> environment = complete();
        environment.remove("PASSERELLE_OIDC_CLIENT_SECRET");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OidcSettings.from(settings(environment)));
        assertTrue(e.getMessage().startsWith("PASSERELLE_OIDC_CLIENT_SECRET:"), e.getMessage());
    }

    @Test
    void theIssuerMustBeHttpsExceptOnThisMachine() {
        Map<String, String> environment = complete();
        environment.put("PASSERELLE_OIDC_ISSUER", "http://idp.example.org");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OidcSettings.from(settings(environment)));
        assertTrue(e.getMessage().startsWith("PASSERELLE_OIDC_ISSUER:"), e.getMessage());
        environment.put("PASSERELLE_OIDC_ISSUER", "http://localhost:9000/idp");
        assertEquals("localhost", OidcSettings.from(settings(environment)).orElseThrow().name());
        environment.put("PASSERELLE_OIDC_ISSUER", "pas une adresse");
        assertThrows(IllegalArgumentException.class, () -> OidcSettings.from(settings(environment)));
    }
}
