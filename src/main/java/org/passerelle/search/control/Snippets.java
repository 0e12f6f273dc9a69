package org.passerelle.search.control;

import java.util.List;

/** Turning highlighter fragments into one short snippet a list can show. Pure logic. */
public final class Snippets {
    static final int PLAIN_MAX = 200;

    private Snippets() {
    }

    /** The first non-empty fragment, Markdown marks removed (the text is already HTML-escaped). */
    @SafeVarargs
    public static String first(List<String>... fragmentLists) {
        for (List<String> fragments : fragmentLists) {
            if (fragments != null) {
                for (String fragment : fragments) {
                    if (fragment != null && !fragment.isBlank()) {
                        return around(plain(fragment));
                    }
                }
            }
        }
        return null;
    }

    /**
     * A long highlighted sentence cut to about {@link #PLAIN_MAX} characters around its first
     * mark, at spaces only (tags and HTML entities have none, so none is cut in half).
     */
    static String around(String fragment) {
        if (fragment.length() <= PLAIN_MAX) {
            return fragment;
        }
        int mark = Math.max(0, fragment.indexOf("<mark>"));
        int start = mark <= 60 ? 0 : fragment.indexOf(' ', mark - 60);
        if (start < 0 || start > mark) {
            start = mark;
        }
        int endMark = fragment.indexOf("</mark>", mark);
        int end = fragment.indexOf(' ', Math.max(start + PLAIN_MAX, endMark < 0 ? 0 : endMark + 7));
        if (end < 0) {
            end = fragment.length();
        }
        return (start > 0 ? "… " : "") + fragment.substring(start, end).strip()
                + (end < fragment.length() ? " …" : "");
    }

    public static String shorten(String text) {
        if (text == null) {
            return "";
        }
        String plain = plain(text);
        return plain.length() <= PLAIN_MAX ? plain : plain.substring(0, PLAIN_MAX - 1).strip() + "…";
    }

    /**
     * Markdown marks ({@code # * _ ` | [ ]}) removed, each run of white space made one space, no
     * space at either end; one pass, no regular expression (it runs on every hit shown). The
     * {@code #} of an escaped character ({@code &#39;}, an apostrophe) stays.
     */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean entity = c == '#' && !space && out.length() > 0 && out.charAt(out.length() - 1) == '&';
            if ("#*_`|[]".indexOf(c) >= 0 && !entity) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
