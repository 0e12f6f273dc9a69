package org.passerelle.inbox.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real MIME files, as mail clients write them, through the parser. */
class MailParserTest {
    @TempDir
    Path work;

    private final MailParser parser = new MailParser(10L * 1024 * 1024);

    private IncomingMail parse(byte[] raw) throws IOException {
        Path file = Files.createTempFile(work, "mail-", ".eml");
        Files.write(file, raw);
        return parser.parse(file, work.resolve("files"));
    }

    private IncomingMail parse(String fixture) throws IOException {
        return parse(MailFixtures.mail(fixture, Map.of("ID", "fixe-1")));
    }

    @Test
    void quotedPrintableUtf8WithQuoteAndSignatureKeepsOnlyTheNewText() throws IOException {
        IncomingMail mail = parse("plain-utf8-quoted.eml");
        assertEquals("<fixe-1@mail.example.org>", mail.messageKey());
        assertEquals("julie.tremblay@example.org", mail.fromAddress());
        assertEquals("Julie Tremblay", mail.fromName());
        assertEquals("Problème de réunion Zoom", mail.subject());
        assertEquals("Bonjour,\n\nNotre réunion du conseil d'administration ne démarre pas : Zoom affiche"
                + " « code 5003 ».\n\nMerci d'avance!", mail.text());
        assertTrue(mail.automatic().isEmpty());
        assertTrue(mail.replyTo().isEmpty());
        assertTrue(mail.files().isEmpty());
    }

    @Test
    void windows1252QuotedPrintableFrenchDecodesRightAndOutlookHistoryIsTrimmed() throws IOException {
        IncomingMail mail = parse("windows-1252-qp.eml");
        assertEquals("Réunion à distance", mail.subject());
        assertEquals("Bonjour, j’ai besoin d’aide avec ma réunion à distance.\n"
                + "C’est pour l’équipe « bénévoles », œuvre de 20 €.", mail.text());
        assertEquals("Tremblay, Julie", mail.fromName());
    }

    @Test
    void latin1Base64Decodes() throws IOException {
        IncomingMail mail = parse("iso-8859-1-base64.eml");
        assertEquals("Réunion", mail.subject());
        assertEquals("Bonjour, j'ai besoin d'aide avec ma réunion à distance.\nMerci, l'équipe", mail.text());
    }

    @Test
    void htmlBecomesSafeTextWithoutTheQuotedOutlookBlock() throws IOException {
        IncomingMail mail = parse("html-outlook.eml");
        assertEquals(Optional.of("PAS-1042"), mail.replyTo());
        assertTrue(mail.urgent(), "Importance: high");
        String text = mail.text();
        assertTrue(text.startsWith("Bonjour,\n\nLe partage ne fonctionne toujours pas :"), text);
        assertTrue(text.contains("- dossier « CA »"), text);
        assertTrue(text.contains("la page d'aide (https://exemple.org/aide)"), text);
        assertTrue(text.contains("Merci !\nJulie"), text);
        assertFalse(text.contains("<"), "no markup survives: " + text);
        assertFalse(text.contains("alert"), text);
        assertFalse(text.contains("color"), text);
        assertFalse(text.contains("Envoyé"), text);
    }

    @Test
    void attachmentIsDecodedWithItsInternationalName() throws IOException {
        IncomingMail mail = parse("with-attachment.eml");
        assertEquals("Bonjour, l'imprimante affiche une erreur, voici la capture.", mail.text());
        assertEquals(1, mail.files().size());
        IncomingMail.MailFile file = mail.files().get(0);
        assertEquals("capture écran.pdf", file.name());
        byte[] expected = "%PDF-1.4\n% capture d'ecran\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        assertEquals(expected.length, file.size());
        assertArrayEquals(expected, Files.readAllBytes(file.content()));
    }

    @Test
    void anOverLimitFileIsMeasuredButNotKept() throws IOException {
        MailParser small = new MailParser(100);
        String big = "A".repeat(3000);
        String raw = "Message-ID: <big@x>\r\nFrom: a@example.org\r\nSubject: gros\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                + "Voici le fichier.\r\n--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment;"
                + " filename=\"gros.txt\"\r\n\r\n" + big + "\r\n--b--\r\n";
        Path file = Files.createTempFile(work, "mail-", ".eml");
        Files.writeString(file, raw);
        IncomingMail mail = small.parse(file, work.resolve("files"));
        IncomingMail.MailFile kept = mail.files().get(0);
        assertEquals(3000, kept.size(), "the full size is known for the notice");
        assertTrue(Files.size(kept.content()) <= 100, "the bytes over the limit are not written");
    }

    @Test
    void autoRepliesBouncesAndListMailAreRecognised() throws IOException {
        assertEquals(Optional.of("Auto-Submitted: auto-replied"), parse("auto-reply.eml").automatic());
        assertTrue(parse("bounce.eml").automatic().isPresent());
        assertTrue(parse("list-mail.eml").automatic().isPresent());
    }

    @Test
    void threadingHeadersNameTheRequestEvenWhenTheSubjectLostTheTag() throws IOException {
        IncomingMail mail = parse(MailFixtures.mail("reply-threaded.eml", Map.of("NUMBER", "77")));
        assertEquals(Optional.of("PAS-77"), mail.replyTo());
        assertEquals("Merci, mais cela ne marche toujours pas sur le portable.", mail.text());
    }

    @Test
    void aMailWithoutMessageIdGetsAStableHashKey() throws IOException {
        byte[] raw = MailFixtures.mail("no-message-id.eml");
        String first = parse(raw).messageKey();
        assertTrue(first.startsWith("<sha256:"), first);
        assertEquals(first, parse(raw).messageKey(), "the same bytes, read twice, give the same key");
        assertFalse(first.equals(parse(MailFixtures.mail("no-message-id.eml", Map.of("FROM", "autre@example.org")))
                .messageKey()));
    }

    @Test
    void mislabelledCharsetsAreRecovered() {
        byte[] cp1252 = "l’été".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals("l’été", MailParser.decode(cp1252, "iso-8859-1"));
        assertEquals("été", MailParser.decode("été".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("été", MailParser.decode("été".getBytes(StandardCharsets.ISO_8859_1), "utf-8"));
        assertEquals("été", MailParser.decode("été".getBytes(StandardCharsets.UTF_8), "x-unknown"));
    }
}
