package org.passerelle.inbox.control;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedFileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Turns a raw mail (RFC 5322 bytes, as the IMAP server hands them over) into an {@link IncomingMail}.
 * Pure: no database, no server; files are decoded into a work directory the caller cleans up.
 * Any charset and transfer encoding that mail clients use decodes: Jakarta Mail undoes
 * quoted-printable and base64, this class picks the charset, and a mislabelled one (Latin-1 that
 * is really windows-1252, undeclared UTF-8) is recovered rather than turned into question marks.
 */
public final class MailParser {
    /** Text bodies larger than this are cut: a request is not a place for a 5 MB log pasted inline. */
    static final int TEXT_MAX_BYTES = 1024 * 1024;
    private static final Session SESSION = Session.getInstance(parsingProperties());

    private final long maxFileBytes;

    /** @param maxFileBytes files are decoded up to one byte over this; larger ones are reported, not kept */
    public MailParser(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    private static Properties parsingProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.allowutf8", "true");
        properties.setProperty("mail.mime.parameters.strict", "false");
        return properties;
    }

    public IncomingMail parse(Path raw, Path workDir) throws IOException {
        String hash = sha256(raw);
        try (SharedFileInputStream in = new SharedFileInputStream(raw.toFile())) {
            MimeMessage message = new MimeMessage(SESSION, in);
            return parse(message, hash, workDir);
        } catch (MessagingException e) {
            throw new IOException("unreadable mail: " + e.getMessage(), e);
        }
    }

    /** The key of a mail that cannot be parsed: the same bytes always give the same key. */
    public static String fallbackKey(Path raw) throws IOException {
        return "<sha256:" + sha256(raw) + ">";
    }

    private IncomingMail parse(MimeMessage message, String hash, Path workDir) throws MessagingException, IOException {
        String messageId = header(message, "Message-ID");
        String key = messageId != null && messageId.strip().length() > 2
                ? messageId.strip() : "<sha256:" + hash + ">";
        InternetAddress from = sender(message);
        String fromAddress = from == null ? null : from.getAddress().strip().toLowerCase(Locale.ROOT);
        String fromName = from == null || from.getPersonal() == null ? null : from.getPersonal().strip();
        String subject = message.getSubject() == null ? "" : message.getSubject().strip();
        Optional<String> automatic = AutomaticMail.reason(name -> header(message, name), fromAddress,
                header(message, "Content-Type"));
        Optional<String> replyTo = ReplyMatcher.requestNumber(subject, header(message, "In-Reply-To"),
                allOf(message, "References"));
        Instant sent = message.getSentDate() == null ? null : message.getSentDate().toInstant();

        Body body = new Body();
        walk(message, body, workDir);
        String text = body.plain != null ? body.plain : HtmlText.toText(body.html);
        return new IncomingMail(cut(key, 500), fromAddress, fromName, subject, MailText.trim(text), sent, replyTo,
                automatic, urgent(message, subject), body.files);
    }

    private static final class Body {
        String plain;
        String html;
        final List<IncomingMail.MailFile> files = new ArrayList<>();
    }

    private void walk(Part part, Body body, Path workDir) throws MessagingException, IOException {
        String type = baseType(part);
        if (type.startsWith("multipart/")) {
            Object content = part.getContent();
            if (content instanceof Multipart multipart) {
                boolean alternative = type.equals("multipart/alternative");
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    if (alternative && body.plain != null && isText(child)) {
                        continue;
                    }
                    walk(child, body, workDir);
                }
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part) != null;
        if (!attached && type.equals("text/plain") && body.plain == null) {
            body.plain = text(part);
        } else if (!attached && type.equals("text/html") && body.html == null) {
            body.html = text(part);
        } else if (!attached && (type.equals("text/plain") || type.equals("text/html"))) {
            // a second inline text part (a footer added by a relay): appended to the same kind
            if (type.equals("text/plain") && body.plain != null) {
                body.plain = body.plain + "\n\n" + text(part);
            }
        } else {
            body.files.add(save(part, type, body.files.size() + 1, workDir));
        }
    }

    private static boolean isText(BodyPart part) throws MessagingException {
        String type = baseType(part);
        return type.equals("text/plain") || type.equals("text/html") || type.startsWith("multipart/");
    }

    private IncomingMail.MailFile save(Part part, String type, int index, Path workDir)
            throws MessagingException, IOException {
        String name = fileName(part);
        if (name == null || name.isBlank()) {
            name = "piece-jointe-" + index + extensionFor(type);
        }
        Files.createDirectories(workDir);
        Path target = Files.createTempFile(workDir, "part-", ".bin");
        long size = 0;
        try (InputStream in = part.getInputStream(); OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
                if (size > maxFileBytes) {
                    // over the limit: count the rest without keeping it, so the notice can say how big it was
                    long rest;
                    while ((rest = in.skip(1024 * 1024)) > 0 || in.read() >= 0) {
                        size += rest > 0 ? rest : 1;
                    }
                    break;
                }
                out.write(buffer, 0, read);
            }
        }
        return new IncomingMail.MailFile(name, size, target);
    }

    private static String extensionFor(String type) {
        return switch (type) {
            case "image/png" -> ".png";
            case "image/jpeg", "image/jpg" -> ".jpg";
            case "image/gif" -> ".gif";
            case "application/pdf" -> ".pdf";
            case "message/rfc822" -> ".eml";
            default -> ".bin";
        };
    }

    /** The text of a part in the right charset; see the class comment for mislabelled ones. */
    static String text(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(TEXT_MAX_BYTES);
        }
        return decode(bytes, charsetOf(part));
    }

    static String decode(byte[] bytes, String declared) {
        Charset charset = null;
        if (declared != null) {
            try {
                charset = Charset.forName(MimeUtility.javaCharset(declared));
            } catch (IllegalArgumentException unknown) {
                charset = null;
            }
        }
        if (charset == null || charset.equals(StandardCharsets.US_ASCII)) {
            return strictUtf8(bytes).orElseGet(() -> new String(bytes, Charset.forName("windows-1252")));
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) && hasWindowsOnlyBytes(bytes)) {
            // Outlook labels windows-1252 text (’ « » œ €) as Latin-1
            return new String(bytes, Charset.forName("windows-1252"));
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return strictUtf8(bytes).orElseGet(() -> new String(bytes, Charset.forName("windows-1252")));
        }
        return new String(bytes, charset);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasWindowsOnlyBytes(byte[] bytes) {
        for (byte b : bytes) {
            int value = b & 0xff;
            if (value >= 0x80 && value <= 0x9f) {
                return true;
            }
        }
        return false;
    }

    private static String charsetOf(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (ParseException | NullPointerException e) {
            return null;
        }
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            String type = part.getContentType();
            return type == null ? "text/plain" : new ContentType(type).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            return "application/octet-stream";
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | IOException e) {
            return "fichier";
        }
    }

    private static InternetAddress sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                return address;
            }
        } catch (MessagingException e) {
            // a broken From: header, tried below without strict parsing
        }
        String raw = header(message, "From");
        if (raw == null) {
            return null;
        }
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(raw, false);
            return parsed.length > 0 ? parsed[0] : null;
        } catch (AddressException e) {
            return null;
        }
    }

    private static boolean urgent(MimeMessage message, String subject) {
        String priority = header(message, "X-Priority");
        String importance = header(message, "Importance");
        return (priority != null && priority.strip().startsWith("1"))
                || (importance != null && importance.strip().equalsIgnoreCase("high"))
                || subject.toLowerCase(Locale.ROOT).matches(".*\\burgent.*");
    }

    private static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String allOf(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null ? null : String.join(" ", values);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String sha256(Path raw) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(raw), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }

}
