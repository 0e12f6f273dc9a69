package org.passerelle.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail, a real IMAP and SMTP server, in the test JVM, on the ports Maven reserved
 * (IT_GREENMAIL_IMAP_PORT, IT_GREENMAIL_SMTP_PORT) and that the server under test inherits, so the
 * code running inside Payara reaches it on localhost. Only ever called from a client-side
 * {@code @BeforeAll}: this class is not in the deployment.
 */
public final class GreenMailForTests {
    public static final String USER = "soutien";
    public static final String PASSWORD = "secret-de-test";
    public static final String ADDRESS = "soutien@passerelle.test";

    private static GreenMail server;

    private GreenMailForTests() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup[] {
                new ServerSetup(port("IT_GREENMAIL_IMAP_PORT", 3143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(port("IT_GREENMAIL_SMTP_PORT", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)});
            server.start();
            server.setUser(ADDRESS, USER, PASSWORD);
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
