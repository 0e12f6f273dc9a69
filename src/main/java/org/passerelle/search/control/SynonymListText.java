package org.passerelle.search.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The synonym list as coordinators edit it: one group per line, terms separated by ";". Reading
 * it checks every line, so a mistake is named by its line instead of being silently dropped.
 */
public final class SynonymListText {
    public static final int MAX_GROUPS = 500;
    public static final int MAX_LINE = 1000;
    public static final int MAX_TERM = 100;

    /** A line that cannot be a group: its number (from 1) and the bundle key saying why. */
    public record Problem(int line, String key) {
    }

    /** The groups read from the text, or the problems that prevent saving it. */
    public record Reading(List<String> groups, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private SynonymListText() {
    }

    public static Reading read(String text) {
        List<String> groups = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int number = i + 1;
            if (line.length() > MAX_LINE) {
                problems.add(new Problem(number, "search.synonyms.error.lineTooLong"));
                continue;
            }
            Set<String> terms = new LinkedHashSet<>();
            Set<String> keys = new LinkedHashSet<>();
            boolean tooLong = false;
            for (String term : line.split(";")) {
                String clean = term.strip().replaceAll("\\s+", " ");
                if (clean.length() > MAX_TERM) {
                    tooLong = true;
                }
                if (!Synonyms.key(clean).isEmpty() && keys.add(Synonyms.key(clean))) {
                    terms.add(clean);
                }
            }
            if (tooLong) {
                problems.add(new Problem(number, "search.synonyms.error.termTooLong"));
            } else if (terms.size() < 2) {
                problems.add(new Problem(number, "search.synonyms.error.single"));
            } else {
                groups.add(String.join("; ", terms));
            }
        }
        if (groups.size() > MAX_GROUPS) {
            problems.add(new Problem(0, "search.synonyms.error.tooMany"));
        }
        return new Reading(List.copyOf(groups), List.copyOf(problems));
    }

    public static String write(List<String> groups) {
        return String.join("\n", groups);
    }

    /** Identifies one state of the list, so that a save over someone else's newer edit is refused. */
    public static String fingerprint(List<String> groups) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(groups).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
