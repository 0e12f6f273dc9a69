package org.passerelle.inbox.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML mail as plain text with light Markdown (lists, links, quotes): nothing of the HTML
 * survives, so nothing a sender writes can run in an agent's browser; the stored text is shown
 * through the Markdown renderer, which escapes HTML anyway.
 */
public final class HtmlText {
    private HtmlText() {
    }

    public static String toText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parse(html);
        // quoted history as mail clients mark it: Gmail, Outlook (web and desktop), Apple Mail, Thunderbird
        document.select("script, style, head, title, .gmail_quote, #divRplyFwdMsg, #appendonsend, "
                + "div#mail-editor-reference-message-container, blockquote[type=cite], .moz-cite-prefix, "
                + ".gmail_signature, .moz-signature").remove();
        Element body = document.body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new Writer(out), body);
        return out.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static final class Writer implements NodeVisitor {
        private final StringBuilder out;
        private int quoteDepth;

        Writer(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String words = text.text().replaceAll("\\s+", " ");
                if (!words.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                    append(words);
                }
                return;
            }
            if (!(node instanceof Element element)) {
                return;
            }
            switch (element.normalName()) {
                case "br" -> newLine();
                case "p", "div", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre" -> blockStart();
                case "li" -> {
                    newLine();
                    append("- ");
                }
                case "blockquote" -> {
                    blockStart();
                    quoteDepth++;
                }
                case "td", "th" -> append(" ");
                default -> {
                    // inline elements only carry text
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            switch (element.normalName()) {
                case "a" -> {
                    String href = element.attr("href").strip();
                    if ((href.startsWith("http://") || href.startsWith("https://")) && !element.text().strip().equals(href)) {
                        append(" (" + href + ")");
                    }
                }
                case "p", "div", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "pre", "li" -> newLine();
                case "blockquote" -> {
                    quoteDepth--;
                    blockStart();
                }
                default -> {
                    // nothing after inline elements
                }
            }
        }

        private void blockStart() {
            if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
                newLine();
            }
        }

        private void newLine() {
            out.append('\n');
        }

        private void append(String text) {
            if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                out.append("> ".repeat(Math.max(0, quoteDepth)));
                text = text.stripLeading();
            }
            out.append(text);
        }
    }
}
