package org.passerelle.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.passerelle.notification.entity.NotificationEvent;

/** Back-off, Message-ID/References and escaping: the outbox's pure rules. */
class OutboxRulesTest {

    @Test
    void backOffDoublesAndIsCapped() {
        assertEquals(Duration.ofMinutes(1), Backoff.after(1));
        assertEquals(Duration.ofMinutes(2), Backoff.after(2));
        assertEquals(Duration.ofMinutes(16), Backoff.after(5));
        assertEquals(Duration.ofHours(6), Backoff.after(11));
        assertEquals(Duration.ofHours(6), Backoff.after(500));
        assertFalse(Backoff.givesUp(Backoff.MAX_ATTEMPTS - 1));
        assertTrue(Backoff.givesUp(Backoff.MAX_ATTEMPTS));
    }

    @Test
    void messageIdAndThreadNameTheRequest() {
        assertEquals("example.org", MailAddresses.domainOf("Passerelle <Soutien@Example.org>"));
        assertEquals("example.org", MailAddresses.domainOf("soutien@example.org"));
        assertEquals("localhost", MailAddresses.domainOf("passerelle"));
        assertEquals("<PAS-1042.17@example.org>", MailAddresses.messageId("PAS-1042", 17, "example.org"));
        assertEquals("<passerelle.17@example.org>", MailAddresses.messageId(null, 17, "example.org"));
        assertEquals("<PAS-1042@example.org>", MailAddresses.thread("PAS-1042", "example.org"));
    }

    @Test
    void everythingIsEscapedInHtml() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;AGA",
                MailTemplates.escape("<script>alert(\"x\")</script> & l'AGA"));
    }

    @Test
    void eventKeysFollowTheBundle() {
        assertEquals("requestReceived", NotificationEvent.REQUEST_RECEIVED.key());
        assertEquals("contributionReviewed", NotificationEvent.CONTRIBUTION_REVIEWED.key());
        assertFalse(NotificationEvent.choosable().contains(NotificationEvent.ACCOUNT));
        assertFalse(NotificationEvent.choosable().contains(NotificationEvent.DIGEST));
    }

    @Test
    void mentionsAreLoginsAfterAnAt() {
        var matcher = Notifier.MENTION.matcher("Voir avec @responsable, pas julie@example.org ni @agent.");
        assertTrue(matcher.find());
        assertEquals("responsable", matcher.group(1));
        assertTrue(matcher.find());
        assertEquals("agent.", matcher.group(1), "the trailing dot is trimmed when the login is looked up");
        assertFalse(matcher.find());
    }
}
