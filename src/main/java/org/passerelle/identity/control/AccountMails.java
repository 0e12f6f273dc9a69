package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.identity.entity.Member;
import org.passerelle.platform.config.Settings;
import org.passerelle.platform.mail.AccountMail;
import org.passerelle.platform.web.LocaleSelection;
import org.passerelle.platform.web.Messages;

/**
 * Writes the account mails (invitation, forgotten password) in the person's language and hands
 * them to the outbox as an {@link AccountMail} event, inside the caller's transaction.
 */
@ApplicationScoped
public class AccountMails {
    @Inject
    Event<AccountMail> mails;

    private final Settings settings = Settings.fromEnvironment();

    public void invitation(Member member, String inviterName, String token) {
        send(member, "account.mail.invitation.subject", "account.mail.invitation.text",
                link("/invitation.xhtml", token), inviterName, member.getDisplayName());
    }

    public void passwordReset(Member member, String token) {
        send(member, "account.mail.reset.subject", "account.mail.reset.text", link("/mot-de-passe.xhtml", token),
                member.getDisplayName());
    }

    private String link(String page, String token) {
        return settings.publicUrl() + page + "?jeton=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void send(Member member, String subjectKey, String textKey, String link, Object... more) {
        Locale locale = "en".equals(member.getPreferredLanguage()) ? Locale.ENGLISH : LocaleSelection.FRENCH;
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = link;
        System.arraycopy(more, 0, arguments, 1, more.length);
        String text = new MessageFormat(bundle.getString(textKey), locale).format(arguments);
        mails.fire(new AccountMail(member.getEmail(), locale, bundle.getString(subjectKey), text));
    }
}
