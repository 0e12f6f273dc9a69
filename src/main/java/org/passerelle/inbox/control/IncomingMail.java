package org.passerelle.inbox.control;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One mail as Passerelle understands it, once parsed: who sent it, which request it answers (if
 * any), the text worth keeping (quotes and signature trimmed), its files (decoded into a work
 * directory) and whether a machine rather than a person sent it.
 *
 * @param messageKey  the Message-ID, or a stable hash of the raw mail when it has none
 * @param replyTo     the request number it answers (PAS-1042), from the subject tag or the threading headers
 * @param automatic   why it is an auto-reply, a bounce or list mail; empty for a person's mail
 * @param urgent      the sender flagged it urgent (X-Priority 1, Importance: high, "urgent" in the subject)
 */
public record IncomingMail(String messageKey, String fromAddress, String fromName, String subject, String text,
                           Instant sentAt, Optional<String> replyTo, Optional<String> automatic, boolean urgent,
                           List<MailFile> files) {

    /** A file from the mail: its name as sent, its decoded size, and where the decoded bytes are. */
    public record MailFile(String name, long size, Path content) {
    }

    public IncomingMail {
        files = List.copyOf(files);
    }
}
