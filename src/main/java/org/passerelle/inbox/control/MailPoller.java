package org.passerelle.inbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.passerelle.platform.config.Settings;
import org.passerelle.ticket.control.Attachments;

/**
 * Reads the pool's mailbox every PASSERELLE_IMAP_POLL_SECONDS (60 by default) and hands each
 * unseen mail to the {@link MailIntake}, one transaction per mail; when the server offers IMAP
 * IDLE, the {@link MailWatcher} also starts a round as soon as mail arrives, and the poll is the
 * safety net. A mail is flagged \Seen only
 * after its transaction committed: a crash in between leaves it unseen, the next round reads it
 * again, and the processed-mail table makes that second reading a no-op. Without
 * PASSERELLE_IMAP_HOST there is no timer at all.
 *
 * <p>Not transactional itself (NOT_SUPPORTED), so that each mail commits on its own. The
 * singleton's write lock makes rounds one at a time, whoever starts them (timer, IDLE, a test);
 * a caller waits for the running round rather than starting a second one beside it.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Lock(LockType.WRITE)
@AccessTimeout(value = 10, unit = TimeUnit.MINUTES)
public class MailPoller {
    private static final Logger LOG = Logger.getLogger(MailPoller.class.getName());
    /** A round stops after this many mails, so a flooded mailbox cannot hold the timer for long. */
    static final int MAX_PER_ROUND = 500;
    /** Committed mails are flagged \Seen in batches of this size. */
    static final int SEEN_BATCH = 50;

    @Resource
    TimerService timers;
    @Inject
    MailIntake intake;
    @Inject
    Attachments attachments;
    @Inject
    MailWatcher watcher;

    private MailboxSettings mailbox;

    /** How a round went. */
    public record Round(int read, int processed, int duplicates, int failed) {
    }

    @PostConstruct
    void start() {
        Optional<MailboxSettings> configured = MailboxSettings.from(Settings.fromEnvironment());
        if (configured.isEmpty()) {
            LOG.info(() -> Settings.variableName(Settings.IMAP_HOST) + " is not set: no mailbox is read,"
                    + " requests by email are off");
            return;
        }
        mailbox = configured.get();
        LOG.info(() -> "mail intake: reading " + mailbox);
        long every = mailbox.pollSeconds() * 1000L;
        timers.createIntervalTimer(Math.min(every, 15_000L), every, new TimerConfig("mail-intake", false));
        watcher.watch(mailbox);
    }

    @Timeout
    void scheduled() {
        try {
            Round round = poll(mailbox);
            if (round.read() > 0) {
                LOG.info(() -> "mail intake: " + round);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail intake: the mailbox could not be read; the next round tries again", e);
        }
        // checks the IDLE connection and restarts IDLE long before the server would end it
        watcher.refresh();
    }

    /** One round over a mailbox: every unseen mail, oldest first. */
    public Round poll(MailboxSettings settings) {
        Session session = Session.getInstance(settings.sessionProperties());
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                return poll(folder);
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot read " + settings + ": " + e.getMessage(), e);
        }
    }

    private Round poll(Folder folder) throws MessagingException {
        Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        if (unseen.length > MAX_PER_ROUND) {
            unseen = Arrays.copyOf(unseen, MAX_PER_ROUND);
        }
        Prefetch prefetch = new Prefetch(folder, unseen);
        List<Message> committed = new ArrayList<>();
        int read = 0;
        int processed = 0;
        int duplicates = 0;
        int failed = 0;
        try {
            for (int i = 0; i < unseen.length; i++) {
                prefetch.upTo(i);
                Message message = unseen[i];
                read++;
                Optional<MailIntake.Result> result = handle(message);
                if (result.isEmpty()) {
                    failed++;
                    continue;
                }
                committed.add(message);
                if (result.get().duplicate()) {
                    duplicates++;
                } else {
                    processed++;
                }
                if (committed.size() >= SEEN_BATCH) {
                    markSeen(folder, committed);
                }
            }
        } finally {
            markSeen(folder, committed);
        }
        return new Round(read, processed, duplicates, failed);
    }

    /**
     * Flags committed mails \Seen, several at a time (one IMAP command instead of one per mail).
     * Only mails whose transaction committed are in the list; if the flags are lost (a crash), the
     * next round reads those mails again and finds them processed.
     */
    private static void markSeen(Folder folder, List<Message> committed) throws MessagingException {
        if (!committed.isEmpty()) {
            folder.setFlags(committed.toArray(new Message[0]), new Flags(Flags.Flag.SEEN), true);
            committed.clear();
        }
    }

    /**
     * Fetches the round's small mails whole, {@link #CHUNK} at a time: one IMAP command for a chunk
     * instead of one round trip per mail, which was most of the intake's time. A fetched mail stays
     * in memory until the folder closes, so only mails under {@link #PREFETCH_MAX_BYTES} are
     * prefetched, and no more than {@link #PREFETCH_ROUND_BYTES} in a round; larger mails and the
     * rest are streamed one at a time, as before.
     */
    static final class Prefetch {
        static final int CHUNK = 50;
        static final long PREFETCH_MAX_BYTES = 256 * 1024;
        static final long PREFETCH_ROUND_BYTES = 32L * 1024 * 1024;
        private final Folder folder;
        private final Message[] messages;
        private final boolean supported;
        private int fetchedUpTo;
        private long fetchedBytes;

        Prefetch(Folder folder, Message[] messages) throws MessagingException {
            this.folder = folder;
            this.messages = messages;
            // an IMAP4rev1 server gets BODY.PEEK[]; older ones would get RFC822, which sets \Seen
            // before the commit, so they are read mail by mail
            this.supported = folder instanceof IMAPFolder && folder.getStore() instanceof IMAPStore imap
                    && imap.hasCapability("IMAP4rev1");
            if (supported && messages.length > 0) {
                FetchProfile sizes = new FetchProfile();
                sizes.add(FetchProfile.Item.SIZE);
                folder.fetch(messages, sizes);
            }
        }

        /** Makes sure the chunk holding message {@code index} has been fetched. */
        void upTo(int index) {
            if (!supported || index < fetchedUpTo || fetchedBytes >= PREFETCH_ROUND_BYTES) {
                return;
            }
            int end = Math.min(messages.length, index + CHUNK);
            List<Message> small = new ArrayList<>();
            for (int i = index; i < end; i++) {
                long size = size(messages[i]);
                if (size >= 0 && size <= PREFETCH_MAX_BYTES) {
                    small.add(messages[i]);
                    fetchedBytes += size;
                }
            }
            fetchedUpTo = end;
            if (small.isEmpty()) {
                return;
            }
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            try {
                folder.fetch(small.toArray(new Message[0]), whole);
            } catch (MessagingException | RuntimeException e) {
                // not fatal: each mail is then read on its own, as without the prefetch
                LOG.log(Level.FINE, "mail intake: prefetch failed, reading mail by mail", e);
            }
        }

        private static long size(Message message) {
            try {
                return message.getSize();
            } catch (MessagingException e) {
                return -1;
            }
        }
    }

    /** Processes one mail in its own transaction; empty if it failed and must be tried again. */
    private Optional<MailIntake.Result> handle(Message message) {
        Path work = null;
        try {
            work = Files.createTempDirectory("passerelle-mail-");
            Path raw = work.resolve("mail.eml");
            try (OutputStream out = Files.newOutputStream(raw)) {
                message.writeTo(out);
            }
            return Optional.of(intakeOf(raw, work));
        } catch (IOException | MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "mail intake: a mail could not be processed; it stays unread and is tried"
                    + " again next round", e);
            return Optional.empty();
        } finally {
            delete(work);
        }
    }

    /** Parses and processes a raw mail; an unreadable one goes to the "à vérifier" list. */
    public MailIntake.Result intakeOf(Path raw, Path work) throws IOException {
        IncomingMail mail;
        try {
            mail = new MailParser(attachments.policy().maxMegabytes() * 1024 * 1024).parse(raw, work.resolve("files"));
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "mail intake: unreadable mail kept for the à-vérifier list", unreadable);
            return intake.holdUnreadable(MailParser.fallbackKey(raw), raw, String.valueOf(unreadable.getMessage()));
        }
        return intake.process(mail, raw);
    }

    static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.FINE, "mail intake: temporary files left in " + directory, e);
        }
    }
}
