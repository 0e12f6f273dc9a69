package org.passerelle.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.platform.mail.AccountMail;

/**
 * Deployed with a test: observes the account mails the application hands to the outbox, as the
 * outbox does, so a test reads the one-time link the person would receive.
 */
@ApplicationScoped
public class SentAccountMails {
    private static final Pattern TOKEN = Pattern.compile("jeton=([A-Za-z0-9_%-]+)");

    private final List<AccountMail> mails = new CopyOnWriteArrayList<>();

    void sent(@Observes AccountMail mail) {
        mails.add(mail);
    }

    public List<AccountMail> to(String address) {
        return mails.stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }

    /** The token in the latest mail to this address. */
    public Optional<String> lastToken(String address) {
        List<AccountMail> theirs = to(address);
        if (theirs.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(theirs.get(theirs.size() - 1).text());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
