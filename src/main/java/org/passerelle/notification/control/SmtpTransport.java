package org.passerelle.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.passerelle.notification.entity.OutboxMessage;

/** Hands one outbox message to the SMTP server with Jakarta Mail; returns once the server accepted it. */
@ApplicationScoped
public class SmtpTransport {
    static final String TIMEOUT_MS = "20000";

    public void send(OutboxMessage message, SmtpSettings smtp) throws MessagingException {
        Session session = Session.getInstance(properties(smtp));
        MimeMessage mime = new FixedIdMessage(session, message.getMessageId());
        mime.setFrom(new InternetAddress(smtp.from()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient()));
        if (message.getReplyTo() != null) {
            mime.setReplyTo(InternetAddress.parse(message.getReplyTo()));
        }
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(new Date());
        if (message.getReferences() != null) {
            mime.setHeader("In-Reply-To", message.getReferences());
            mime.setHeader("References", message.getReferences());
        }
        // RFC 3834: auto-responders must not answer, so an "out of office" never loops back.
        mime.setHeader("Auto-Submitted", "auto-generated");
        mime.setHeader("Content-Language", message.getLocale());
        if (message.getHtmlBody() == null) {
            mime.setText(message.getTextBody(), StandardCharsets.UTF_8.name());
        } else {
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.getTextBody(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            mime.setContent(alternative);
        }
        mime.saveChanges();
        if (smtp.user().isPresent()) {
            Transport.send(mime, smtp.user().get(), smtp.password());
        } else {
            Transport.send(mime);
        }
    }

    private static Properties properties(SmtpSettings smtp) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
        properties.put("mail.smtp.timeout", TIMEOUT_MS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
        properties.put("mail.smtp.auth", String.valueOf(smtp.user().isPresent()));
        if (smtp.tls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return properties;
    }

    /** Keeps the Message-ID the outbox gave, instead of the random one Jakarta Mail would make. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", messageId);
            }
        }
    }
}
