package org.passerelle.ticket.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {
    private final AttachmentPolicy defaults = new AttachmentPolicy(10L * 1024 * 1024, Optional.empty());

    @Test
    void namesLoseTheirPathsAndDangerousCharacters() {
        assertEquals("rapport.pdf", AttachmentPolicy.cleanName("C:\\Users\\julie\\rapport.pdf"));
        assertEquals("passwd", AttachmentPolicy.cleanName("../../etc/passwd"));
        assertEquals("_img onerror=alert(1)_.png", AttachmentPolicy.cleanName("<img onerror=alert(1)>.png"));
        assertEquals("a_b.txt", AttachmentPolicy.cleanName("a\"b.txt"));
        assertEquals("fichier", AttachmentPolicy.cleanName("   "));
        assertEquals("htaccess", AttachmentPolicy.cleanName(".htaccess"));
        String longName = "x".repeat(300) + ".docx";
        assertEquals(AttachmentPolicy.NAME_MAX, AttachmentPolicy.cleanName(longName).length());
        assertTrue(AttachmentPolicy.cleanName(longName).endsWith(".docx"));
    }

    @Test
    void sizeAndTypeAreChecked() {
        assertEquals(Optional.empty(), defaults.problemWith("photo.JPG", 1000));
        assertEquals(Optional.of("attachment.tooLarge"), defaults.problemWith("photo.jpg", 10L * 1024 * 1024 + 1));
        assertEquals(Optional.of("attachment.typeRefused"), defaults.problemWith("virus.exe", 1000));
        assertEquals(Optional.of("attachment.typeRefused"), defaults.problemWith("page.html", 1000));
        assertEquals(Optional.of("attachment.empty"), defaults.problemWith("vide.txt", 0));
    }

    @Test
    void theServedTypeComesFromTheExtensionAndTheListIsConfigurable() {
        assertEquals("application/pdf", defaults.contentTypeOf("a.pdf"));
        AttachmentPolicy narrow = new AttachmentPolicy(1024 * 1024, Optional.of(" .PDF, txt "));
        assertEquals("pdf, txt", narrow.allowedExtensions());
        assertEquals(Optional.of("attachment.typeRefused"), narrow.problemWith("image.png", 10));
        assertEquals(1, narrow.maxMegabytes());
    }
}
