package org.passerelle.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer cut = new MarkdownRenderer();

    @Test
    void rendersMarkdown() {
        assertEquals("<h2>Avant</h2>\n<p><strong>Quorum</strong></p>\n", cut.toSafeHtml("## Avant\n\n**Quorum**"));
    }

    @Test
    void escapesRawHtmlAndDropsUnsafeLinks() {
        String html = cut.toSafeHtml("<script>alert(1)</script>\n\n[clic](javascript:alert(1)) <img src=x onerror=y>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void emptyTextRendersNothing() {
        assertEquals("", cut.toSafeHtml(null));
        assertEquals("", cut.toSafeHtml("  "));
    }
}
