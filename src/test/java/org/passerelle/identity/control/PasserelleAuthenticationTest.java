package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasserelleAuthenticationTest {

    @Test
    void decodesBasicCredentials() {
        String header = "Basic " + Base64.getEncoder().encodeToString("membre:de:mo".getBytes(StandardCharsets.UTF_8));
        var credential = PasserelleAuthentication.basicCredential(header);
        assertEquals("membre", credential.getCaller());
        assertEquals("de:mo", credential.getPasswordAsString());
    }

    @Test
    void ignoresOtherOrBrokenHeaders() {
        assertNull(PasserelleAuthentication.basicCredential(null));
        assertNull(PasserelleAuthentication.basicCredential("Bearer abc"));
        assertNull(PasserelleAuthentication.basicCredential("Basic %%%"));
        assertNull(PasserelleAuthentication.basicCredential("Basic " + Base64.getEncoder().encodeToString("nocolon".getBytes())));
    }
}
