package org.passerelle.inbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.passerelle.platform.config.Settings;

/** Trimming, reply matching, robot detection and mailbox settings: the small rules of the intake. */
class MailTextTest {

    @Test
    void wroteLinesOnTwoLinesEndTheNewText() {
        assertEquals("Oui, c'est réglé.", MailText.trim("Oui, c'est réglé.\n\nLe mar. 24 nov. 2026 à 10 h 02,"
                + " Soutien <soutien@passerelle.example> a\nécrit :\n> Avez-vous essayé?"));
    }

    @Test
    void englishClientsAndMobileSignaturesAreTrimmed() {
        assertEquals("Thanks", MailText.trim("Thanks\n\nSent from my iPhone\n\nOn Mon, Nov 23 wrote:\n> hi"));
        assertEquals("Merci", MailText.trim("Merci\n-----Original Message-----\nFrom: x\nSent: y"));
        assertEquals("Merci", MailText.trim("Merci\n\nDe : Soutien <s@x>\nEnvoyé : lundi\nÀ : Julie"));
    }

    @Test
    void aLineMerelyStartingWithDeIsKept() {
        String text = "De : mon côté, tout va bien.\nMerci pour l'aide de la semaine passée.";
        assertEquals(text, MailText.trim(text));
    }

    @Test
    void aMailThatIsOnlyAQuoteKeepsItsText() {
        assertEquals("> tout", MailText.trim("> tout"));
    }

    @Test
    void replyNumbersComeFromTheTagThenTheThreadingHeaders() {
        assertEquals(Optional.of("PAS-1042"), ReplyMatcher.requestNumber("RE: [pas-1042] Zoom", null, null));
        assertEquals(Optional.of("PAS-7"), ReplyMatcher.requestNumber("Re: Zoom", "<PAS-7.3@passerelle.example>", null));
        assertEquals(Optional.of("PAS-8"), ReplyMatcher.requestNumber("Zoom", null,
                "<abc@gmail.com> <PAS-8@passerelle.example>"));
        assertEquals(Optional.empty(), ReplyMatcher.requestNumber("PAS-9 sans crochets", "<x@y>", null));
        assertEquals("Zoom ne marche pas", ReplyMatcher.cleanSubject("RE: TR: Re: [PAS-12] Zoom ne marche pas"));
    }

    @Test
    void robotsAreRecognisedByTheirHeaders() {
        assertTrue(AutomaticMail.reason(Map.of("Auto-Submitted", "auto-generated")::get, "a@b", null).isPresent());
        assertTrue(AutomaticMail.reason(Map.of("Auto-Submitted", "no")::get, "a@b", null).isEmpty());
        assertTrue(AutomaticMail.reason(Map.of("Precedence", "bulk")::get, "a@b", null).isPresent());
        assertTrue(AutomaticMail.reason(Map.of("Return-Path", "< >")::get, "a@b", null).isPresent());
        assertTrue(AutomaticMail.reason(Map.of("X-Autoreply", "yes")::get, "a@b", null).isPresent());
        assertTrue(AutomaticMail.reason(Map.of("Message-ID", "<PAS-1042.3@passerelle.example>")::get, "a@b", null)
                .isPresent(), "our own notification coming back");
        assertTrue(AutomaticMail.reason(Map.<String, String>of()::get, "MAILER-DAEMON@mx.example.org", null)
                .isPresent());
        assertTrue(AutomaticMail.reason(Map.<String, String>of()::get, "julie@example.org", "text/plain").isEmpty());
    }

    @Test
    void noHostMeansNoMailboxAndTheRestHasDefaults() {
        assertTrue(MailboxSettings.from(new Settings(Map.of(), new java.util.Properties())).isEmpty());
        MailboxSettings tls = MailboxSettings.from(new Settings(Map.of("PASSERELLE_IMAP_HOST", "imap.example.org",
                "PASSERELLE_IMAP_USER", "soutien", "PASSERELLE_IMAP_PASSWORD", "secret"), new java.util.Properties()))
                .orElseThrow();
        assertEquals(993, tls.port());
        assertEquals("INBOX", tls.folder());
        assertEquals("imaps", tls.protocol());
        assertTrue(!tls.toString().contains("secret"), "the password is never logged");
        java.util.Properties system = new java.util.Properties();
        system.setProperty("passerelle.imap.host", "localhost");
        system.setProperty("passerelle.imap.tls", "false");
        system.setProperty("passerelle.imap.poll.seconds", "10");
        MailboxSettings plain = MailboxSettings.from(new Settings(Map.of(), system)).orElseThrow();
        assertEquals(143, plain.port());
        assertEquals(10, plain.pollSeconds());
        assertEquals("true", plain.sessionProperties().getProperty("mail.imap.peek"));
    }
}
