package org.passerelle.inbox.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps what the person wrote and drops what the mail client added: the quoted history ("Le ... a
 * écrit :", "On ... wrote:", "&gt;" lines, Outlook's "De : ... Envoyé : ..." block, "-----Original
 * Message-----") and the signature ("-- " delimiter, "Envoyé de mon iPhone"). The request keeps
 * the whole history already; repeating it in every message only buries the new words.
 */
public final class MailText {
    private static final Pattern WROTE = Pattern.compile(
            "^(le|on)\\s.{4,300}(a\\s+écrit|a\\s+ecrit|wrote)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*(-{2,}\\s*(original message|message d.origine|message original|forwarded message|message transféré)"
                    + "\\s*-{2,}|_{10,})\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\*?(de|from)\\s*:\\*?\\s*\\S.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_NEXT = Pattern.compile(
            "^\\*?(envoyé|envoye|sent|date|à|a|to|objet|subject|cc)\\s*:\\*?.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOBILE = Pattern.compile(
            "^(envoyé|envoye|sent|obtenir|get)\\s+(de|depuis|from)\\s+(mon|my|outlook).*$", Pattern.CASE_INSENSITIVE);

    private MailText() {
    }

    /** The new text of a mail; the whole text if trimming would leave nothing. */
    public static String trim(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (endsHere(lines, i, stripped)) {
                break;
            }
            if (stripped.startsWith(">")) {
                continue;
            }
            kept.add(line.stripTrailing());
        }
        String result = tidy(kept);
        return result.isEmpty() ? tidy(List.of(lines)) : result;
    }

    private static boolean endsHere(String[] lines, int i, String stripped) {
        if (line(lines, i).equals("-- ") || stripped.equals("--")) {
            return true;
        }
        if (SEPARATOR.matcher(stripped).matches() || MOBILE.matcher(stripped).matches()) {
            return true;
        }
        if (WROTE.matcher(stripped).matches()) {
            return true;
        }
        // "Le mar. 3 nov. 2026 à 10 h 02, Julie <julie@exemple.org> a" / "écrit :" on two lines
        String joined = stripped + " " + line(lines, i + 1).strip();
        if (stripped.matches("(?i)^(le|on)\\s.*") && WROTE.matcher(joined).matches()) {
            return true;
        }
        if (HEADER_FROM.matcher(stripped).matches()) {
            for (int next = i + 1; next < Math.min(lines.length, i + 4); next++) {
                if (HEADER_NEXT.matcher(lines[next].strip()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String line(String[] lines, int i) {
        return i < lines.length ? lines[i].replace("\r", "") : "";
    }

    private static String tidy(List<String> lines) {
        String joined = String.join("\n", lines.stream().map(String::stripTrailing).toList());
        return joined.replaceAll("\n{3,}", "\n\n").strip();
    }
}
