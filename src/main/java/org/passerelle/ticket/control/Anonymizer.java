package org.passerelle.ticket.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a request's text before it enriches the toolbox (Loi 25): email
 * addresses, phone numbers, the names of the people involved and of their organizations. Names
 * are matched whole-word, without regard to case.
 */
public final class Anonymizer {
    static final String EMAIL = "[courriel]";
    static final String PHONE = "[téléphone]";
    static final String NAME = "[nom]";
    static final String ORGANIZATION = "[organisme]";
    private static final Pattern EMAILS = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONES = Pattern.compile(
            "(\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}(\\s*(poste|ext\\.?|#)\\s*\\d{1,6})?");
    private static final int NAME_MIN = 3;

    private Anonymizer() {
    }

    public static String scrub(String text, Collection<String> personNames, Collection<String> organizationNames) {
        if (text == null) {
            return null;
        }
        String scrubbed = EMAILS.matcher(text).replaceAll(Matcher.quoteReplacement(EMAIL));
        scrubbed = PHONES.matcher(scrubbed).replaceAll(Matcher.quoteReplacement(PHONE));
        for (String organization : longestFirst(organizationNames, false)) {
            scrubbed = replaceWord(scrubbed, organization, ORGANIZATION);
        }
        for (String name : longestFirst(personNames, true)) {
            scrubbed = replaceWord(scrubbed, name, NAME);
        }
        return scrubbed;
    }

    /** Full names, their words and hyphenated parts ("Marc-André", "Marc", "André"), longest first. */
    private static Set<String> longestFirst(Collection<String> names, boolean withParts) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            all.add(name.strip());
            if (withParts) {
                for (String word : name.strip().split("\\s+")) {
                    for (String part : word.split("-")) {
                        if (part.length() >= NAME_MIN) {
                            all.add(part);
                        }
                    }
                    if (word.length() >= NAME_MIN) {
                        all.add(word);
                    }
                }
            }
        }
        return all.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    private static String replaceWord(String text, String word, String replacement) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
    }
}
