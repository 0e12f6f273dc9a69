package org.passerelle.platform.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Passerelle's configuration: a Java system property {@code passerelle.db.url} wins over the
 * environment variable {@code PASSERELLE_DB_URL}, which wins over the built-in default.
 * Read directly rather than through MicroProfile Config because the data source and the
 * persistence unit need it while the application is still being deployed.
 */
public final class Settings {

    public static final String DATA_DIR = "passerelle.data.dir";
    public static final String DB_URL = "passerelle.db.url";
    public static final String DB_USER = "passerelle.db.user";
    public static final String DB_PASSWORD = "passerelle.db.password";
    public static final String SEARCH_INDEX_DIR = "passerelle.search.index.dir";
    public static final String SEARCH_REBUILD = "passerelle.search.rebuild";
    public static final String SEARCH_INDEXING_THREADS = "passerelle.search.indexing.threads";
    public static final String SEARCH_INDEXING_BATCH = "passerelle.search.indexing.batch";
    public static final String DEMO = "passerelle.demo";
    public static final String EXIT_ON_STARTUP_FAILURE = "passerelle.exit.on.startup.failure";
    public static final String ATTACHMENT_MAX_MB = "passerelle.attachment.max.mb";
    public static final String OVERFLOW_BUSINESS_HOURS = "passerelle.overflow.business.hours";
    public static final String AUTO_CLOSE_DAYS = "passerelle.auto.close.days";
    public static final String ATTACHMENT_TYPES = "passerelle.attachment.types";
    public static final String IMAP_HOST = "passerelle.imap.host";
    public static final String IMAP_PORT = "passerelle.imap.port";
    public static final String IMAP_USER = "passerelle.imap.user";
    public static final String IMAP_PASSWORD = "passerelle.imap.password";
    public static final String IMAP_FOLDER = "passerelle.imap.folder";
    public static final String IMAP_TLS = "passerelle.imap.tls";
    public static final String IMAP_POLL_SECONDS = "passerelle.imap.poll.seconds";
    public static final String SMTP_HOST = "passerelle.smtp.host";
    public static final String SMTP_PORT = "passerelle.smtp.port";
    public static final String SMTP_USER = "passerelle.smtp.user";
    public static final String SMTP_PASSWORD = "passerelle.smtp.password";
    public static final String SMTP_TLS = "passerelle.smtp.tls";
    public static final String MAIL_FROM = "passerelle.mail.from";
    public static final String MAIL_REPLY_TO = "passerelle.mail.reply.to";
    public static final String SESSION_IDLE_MINUTES = "passerelle.session.idle.minutes";
    public static final String PUBLIC_URL = "passerelle.public.url";
    public static final String RETENTION_MONTHS = "passerelle.retention.months";
    public static final String OIDC_ISSUER = "passerelle.oidc.issuer";
    public static final String OIDC_CLIENT_ID = "passerelle.oidc.client.id";
    public static final String OIDC_CLIENT_SECRET = "passerelle.oidc.client.secret";
    public static final String OIDC_NAME = "passerelle.oidc.name";
    public static final String OIDC_SCOPES = "passerelle.oidc.scopes";

    /** The same bound as the administrator's setting (PrivacySettings): twenty years. */
    public static final int MAX_RETENTION_MONTHS = 240;

    private final Map<String, String> environment;
    private final java.util.Properties systemProperties;

    public Settings(Map<String, String> environment, java.util.Properties systemProperties) {
        this.environment = environment;
        this.systemProperties = systemProperties;
    }

    public static Settings fromEnvironment() {
        return new Settings(System.getenv(), System.getProperties());
    }

    /** The environment variable that sets a property: passerelle.db.url → PASSERELLE_DB_URL. */
    public static String variableName(String property) {
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    public Optional<String> get(String property) {
        String value = systemProperties.getProperty(property);
        if (isBlank(value)) {
            value = environment.get(variableName(property));
        }
        return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String property, String defaultValue) {
        return get(property).orElse(defaultValue);
    }

    public boolean flag(String property, boolean defaultValue) {
        return get(property).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(defaultValue);
    }

    public Path dataDir() {
        return Path.of(get(DATA_DIR, "./data")).toAbsolutePath().normalize();
    }

    public String dbUrl() {
        return get(DB_URL).orElseGet(() -> "jdbc:h2:file:" + dataDir().resolve("db").resolve("passerelle")
                + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    public boolean usesH2() {
        return dbUrl().startsWith("jdbc:h2:");
    }

    public String dbUser() {
        return get(DB_USER, usesH2() ? "sa" : "passerelle");
    }

    public String dbPassword() {
        return get(DB_PASSWORD, "");
    }

    public Path searchIndexDir() {
        return get(SEARCH_INDEX_DIR).map(p -> Path.of(p).toAbsolutePath().normalize())
                .orElseGet(() -> dataDir().resolve("index"));
    }

    public boolean demoMode() {
        return flag(DEMO, true);
    }

    /** Largest accepted attachment, in megabytes (10 by default). */
    public long attachmentMaxBytes() {
        String value = get(ATTACHMENT_MAX_MB, "10");
        try {
            long megabytes = Long.parseLong(value.strip());
            if (megabytes < 1) {
                throw new NumberFormatException();
            }
            return megabytes * 1024 * 1024;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variableName(ATTACHMENT_MAX_MB) + ": expected a whole number of"
                    + " megabytes, got '" + value + "'");
        }
    }

    /** Business hours a new request may stay unassigned in a regional pool before it overflows. */
    public int overflowBusinessHours() {
        return positive(OVERFLOW_BUSINESS_HOURS, "4");
    }

    /** Threads of the mass indexer (index rebuild) that load entities from the database, per type (1). */
    public int searchIndexingThreads() {
        return positive(SEARCH_INDEXING_THREADS, "1");
    }

    /** Entities the mass indexer loads per database query (10, Hibernate Search's default). */
    public int searchIndexingBatch() {
        return positive(SEARCH_INDEXING_BATCH, "10");
    }

    /** Days a resolved request stays resolved (the member may still answer) before it is closed. */
    public int autoCloseDays() {
        return positive(AUTO_CLOSE_DAYS, "7");
    }

    private int positive(String property, String defaultValue) {
        String value = get(property, defaultValue);
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 1) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variableName(property) + ": expected a whole number of at least 1,"
                    + " got '" + value + "'");
        }
    }

    /**
     * Months a closed request is kept whole before it is anonymised (Loi 25), when the operator
     * fixes it; empty means the administrator's setting (24 months unless changed) applies.
     */
    public java.util.OptionalInt retentionMonths() {
        if (get(RETENTION_MONTHS).isEmpty()) {
            return java.util.OptionalInt.empty();
        }
        int months = positive(RETENTION_MONTHS, "24");
        if (months > MAX_RETENTION_MONTHS) {
            throw new IllegalArgumentException(variableName(RETENTION_MONTHS) + ": expected 1 to "
                    + MAX_RETENTION_MONTHS + " months, got '" + months + "'");
        }
        return java.util.OptionalInt.of(months);
    }

    /** Minutes without a request after which a session ends (60 by default). */
    public int sessionIdleMinutes() {
        return positive(SESSION_IDLE_MINUTES, "60");
    }

    /** The address people use, without a trailing slash: links in mails start with it. */
    public String publicUrl() {
        String url = get(PUBLIC_URL, "http://localhost:8080");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Accepted file extensions, comma-separated; empty means the defaults of {@code AttachmentPolicy}. */
    public Optional<String> attachmentTypes() {
        return get(ATTACHMENT_TYPES);
    }

    /** The SMTP server that sends notifications; none means mail is stored in the outbox but not sent. */
    public Optional<String> smtpHost() {
        return get(SMTP_HOST);
    }

    /** 587 by default with TLS (STARTTLS), 25 without. */
    public int smtpPort() {
        String value = get(SMTP_PORT, smtpTls() ? "587" : "25");
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variableName(SMTP_PORT) + ": expected a port number, got '" + value
                    + "'");
        }
    }

    public Optional<String> smtpUser() {
        return get(SMTP_USER);
    }

    public String smtpPassword() {
        return get(SMTP_PASSWORD, "");
    }

    /** STARTTLS required: true by default, since credentials must never cross the network in clear. */
    public boolean smtpTls() {
        return flag(SMTP_TLS, true);
    }

    public String mailFrom() {
        return get(MAIL_FROM, "passerelle@localhost");
    }

    /** Where replies go: the pool's mailbox that the incoming side reads; by default the sender address. */
    public String mailReplyTo() {
        return get(MAIL_REPLY_TO).orElseGet(this::mailFrom);
    }

    public boolean exitOnStartupFailure() {
        return flag(EXIT_ON_STARTUP_FAILURE, true);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
