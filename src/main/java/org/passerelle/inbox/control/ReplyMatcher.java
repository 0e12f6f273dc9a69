package org.passerelle.inbox.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which request a mail answers. Outgoing mail carries the number in its subject ({@code [PAS-1042]}),
 * its Message-ID ({@code <PAS-1042.17@domain>}) and its References ({@code <PAS-1042@domain>}); a
 * reply keeps at least one of them, even when the member rewrote the subject.
 */
public final class ReplyMatcher {
    private static final Pattern SUBJECT_TAG = Pattern.compile("\\[\\s*PAS-(\\d{1,12})\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern THREAD_ID = Pattern.compile("<PAS-(\\d{1,12})[.@]", Pattern.CASE_INSENSITIVE);

    private ReplyMatcher() {
    }

    public static Optional<String> requestNumber(String subject, String inReplyTo, String references) {
        return first(SUBJECT_TAG, subject).or(() -> first(THREAD_ID, inReplyTo)).or(() -> first(THREAD_ID, references));
    }

    private static Optional<String> first(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of("PAS-" + Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    /** The subject without reply prefixes and the request tag, for the title of a new request. */
    public static String cleanSubject(String subject) {
        if (subject == null) {
            return "";
        }
        String cleaned = SUBJECT_TAG.matcher(subject).replaceAll(" ");
        String previous;
        do {
            previous = cleaned;
            cleaned = cleaned.strip().replaceFirst("(?i)^(re|tr|fw|fwd|réf|ref|aw|sv)\\s*(\\[\\d+])?\\s*:\\s*", "");
        } while (!cleaned.equals(previous));
        return cleaned.replaceAll("\\s+", " ").strip();
    }
}
