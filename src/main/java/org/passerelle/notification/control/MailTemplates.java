package org.passerelle.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.passerelle.identity.entity.Member;
import org.passerelle.notification.entity.MailContent;
import org.passerelle.notification.entity.NotificationEvent;
import org.passerelle.notification.entity.OutboxMessage;
import org.passerelle.platform.config.Settings;
import org.passerelle.platform.mail.AccountMail;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.toolbox.entity.ContributionNotice;

/**
 * The mails, in the recipient's language (French or English), as plain text and HTML. Every
 * value is escaped in the HTML; a message body is shown through the sanitising Markdown renderer.
 * Mails about a request carry {@code [PAS-1042]} in the subject, reply to the pool's mailbox and
 * name the request's thread in References, so that an answer by mail lands back in the request.
 */
@ApplicationScoped
public class MailTemplates {

    @Inject
    MarkdownRenderer markdown;

    /** French unless the person asked for English. */
    public static Locale localeOf(Member member) {
        return localeOf(member.getPreferredLanguage());
    }

    static Locale localeOf(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.CANADA_FRENCH;
    }

    /**
     * A mail about a request. {@code quoted} is the reply or note it is about (Markdown), or null;
     * {@code staff} decides which page the link opens.
     */
    public MailContent forRequest(NotificationEvent event, Member to, Ticket ticket, Member actor, String quoted,
                                  boolean staff) {
        Settings settings = Settings.fromEnvironment();
        Locale locale = localeOf(to);
        Text t = new Text(locale);
        String number = ticket.getNumber();
        String actorName = actor == null ? t.get("notification.mail.someone") : actor.getDisplayName();
        String subject = t.get("notification.mail.subject." + event.key(), number, ticket.getSubject());
        String line = t.get("notification.mail.body." + event.key(), number, actorName, ticket.getSubject(),
                t.get("notification.urgency." + ticket.getUrgency().name()));
        String link = settings.publicUrl() + pathTo(number, staff);
        Body body = new Body(t.get("notification.mail.greeting", to.getFirstName()));
        body.paragraph(line);
        if (quoted != null && !quoted.isBlank()) {
            if (event == NotificationEvent.RESOLVED || event == NotificationEvent.WAITING_ON_YOU) {
                // the reply that came with the status change, in the same mail
                body.paragraph(t.get("notification.mail.theReply", actorName));
            }
            body.quote(quoted, markdown.toSafeHtml(quoted));
        }
        if (event == NotificationEvent.RESOLVED) {
            body.link(t, t.get("notification.mail.rate"), link + "#rate");
        }
        body.link(t, t.get("notification.mail.link"), link);
        body.paragraph(t.get("notification.mail.replyHint", number));
        body.paragraph(t.get("notification.mail.signature"));
        String thread = MailAddresses.thread(number, MailAddresses.domainOf(settings.mailFrom()));
        return new MailContent(to.getEmail(), locale, event, number, subject, body.text(), body.html(locale, subject),
                thread, settings.mailReplyTo());
    }

    /** The author's proposal was approved, sent back for changes or rejected. */
    public MailContent forContribution(Member to, ContributionNotice notice) {
        Settings settings = Settings.fromEnvironment();
        Locale locale = localeOf(to);
        Text t = new Text(locale);
        String title = notice.getContribution().getText().title();
        String outcome = t.get("notification.contribution." + notice.getStatus().name());
        String subject = t.get("notification.mail.subject.contributionReviewed", title, outcome);
        Body body = new Body(t.get("notification.mail.greeting", to.getFirstName()));
        body.paragraph(t.get("notification.mail.body.contributionReviewed", title, outcome));
        if (notice.getComment() != null && !notice.getComment().isBlank()) {
            body.quote(notice.getComment(), markdown.toSafeHtml(notice.getComment()));
        }
        body.link(t, t.get("notification.mail.contributionLink"), settings.publicUrl()
                + "/app/contribution.xhtml?id=" + notice.getContribution().getId());
        body.paragraph(t.get("notification.mail.signature"));
        return new MailContent(to.getEmail(), locale, NotificationEvent.CONTRIBUTION_REVIEWED, null, subject,
                body.text(), body.html(locale, subject), null, null);
    }

    /** An account mail as the account feature wrote it: plain text, also shown as escaped HTML. */
    public MailContent account(AccountMail mail) {
        String html = "<!DOCTYPE html><html lang=\"" + mail.locale().getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<title>" + escape(mail.subject()) + "</title></head><body><pre style=\"font-family:inherit;"
                + "white-space:pre-wrap\">" + escape(mail.text()) + "</pre></body></html>";
        return new MailContent(mail.to(), mail.locale(), NotificationEvent.ACCOUNT, null, mail.subject(), mail.text(),
                html, null, null);
    }

    /** One mail for everything held during a person's quiet hours, oldest first. */
    public MailContent digest(String to, Locale locale, List<OutboxMessage> held) {
        Text t = new Text(localeOf(locale.getLanguage()));
        String subject = t.get("notification.mail.subject.digest", held.size());
        Body body = new Body(t.get("notification.mail.digest.intro", held.size()));
        for (OutboxMessage message : held) {
            body.section(message.getSubject(), message.getTextBody());
        }
        return new MailContent(to, t.locale, NotificationEvent.DIGEST, null, subject, body.text(),
                body.html(t.locale, subject), null, Settings.fromEnvironment().mailReplyTo());
    }

    /** The page of a request, for its member or for the support staff. */
    public static String pathTo(String number, boolean staff) {
        return (staff ? "/soutien/demande.xhtml?numero=" : "/app/demande.xhtml?numero=") + number;
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The bundle in one language. */
    static final class Text {
        final Locale locale;
        private final ResourceBundle bundle;

        Text(Locale locale) {
            this.locale = locale;
            this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        }

        String get(String key, Object... arguments) {
            String pattern = bundle.getString(key);
            return new MessageFormat(pattern, locale).format(arguments);
        }
    }

    /** The same content as plain text and as HTML, built side by side. */
    static final class Body {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder();

        Body(String greeting) {
            paragraph(greeting);
        }

        void paragraph(String line) {
            text.append(line).append("\n\n");
            html.append("<p>").append(escape(line)).append("</p>\n");
        }

        void quote(String plain, String safeHtml) {
            for (String line : plain.strip().split("\\R", -1)) {
                text.append("> ").append(line).append('\n');
            }
            text.append('\n');
            html.append("<blockquote>").append(safeHtml).append("</blockquote>\n");
        }

        void link(Text t, String label, String url) {
            text.append(t.get("notification.mail.linkFormat", label, url)).append("\n\n");
            html.append("<p><a href=\"").append(escape(url)).append("\">").append(escape(label)).append("</a></p>\n");
        }

        void section(String title, String content) {
            text.append("----- ").append(title).append(" -----\n").append(content.strip()).append("\n\n");
            html.append("<h2>").append(escape(title)).append("</h2>\n<pre>").append(escape(content.strip()))
                    .append("</pre>\n");
        }

        String text() {
            return text.toString().strip() + "\n";
        }

        String html(Locale locale, String subject) {
            return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"><title>"
                    + escape(subject) + "</title></head><body>\n" + html + "</body></html>\n";
        }
    }
}
