package org.passerelle.inbox.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * IMAP IDLE, when the server offers it: one managed thread keeps a connection on the pool's folder
 * in IDLE and starts an intake round as soon as the server announces new mail, so a mail becomes a
 * request in seconds instead of at the next poll. The periodic poll stays as the safety net (and
 * is all there is when the server has no IDLE): the rounds go through {@link MailPoller#poll},
 * whose singleton lock never lets two rounds run at once, so the exactly-once rules do not change.
 *
 * <p>A dropped connection is reopened after a growing pause (2 s doubling up to 5 min); each poll
 * {@link #refresh() refreshes} the IDLE, which both checks the connection and restarts IDLE well
 * before servers end it (RFC 2177: 29 minutes).
 */
@ApplicationScoped
public class MailWatcher {
    private static final Logger LOG = Logger.getLogger(MailWatcher.class.getName());
    static final Duration FIRST_PAUSE = Duration.ofSeconds(2);
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    @Resource
    ManagedThreadFactory threads;
    @Inject
    MailPoller poller;

    /** The one watch running, or null; replaced as a whole so stop and start never see half a watch. */
    private Watch current;

    /** What the watch is doing, for the health of the feature and for the test. */
    public enum State {
        STOPPED, CONNECTING, IDLING, NOT_SUPPORTED
    }

    /** Starts watching the mailbox (stopping any earlier watch first). */
    public synchronized void watch(MailboxSettings mailbox) {
        stop();
        Watch watch = new Watch(mailbox);
        Thread thread = threads.newThread(watch);
        thread.setName("passerelle-mail-idle");
        watch.thread = thread;
        current = watch;
        thread.start();
    }

    public synchronized State state() {
        return current == null ? State.STOPPED : current.state;
    }

    /**
     * Ends the current IDLE command (any other use of the folder does that), so the watch checks the
     * connection and starts a fresh IDLE; a dead connection shows here and is reopened.
     */
    public void refresh() {
        Watch watch;
        synchronized (this) {
            watch = current;
        }
        if (watch != null) {
            watch.interruptIdle();
        }
    }

    /** Stops the watch and waits a little for its thread; called on undeploy too. */
    @PreDestroy
    public synchronized void stop() {
        Watch watch = current;
        current = null;
        if (watch == null) {
            return;
        }
        watch.stopping.set(true);
        watch.interruptIdle();
        watch.thread.interrupt();
        try {
            watch.thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The loop of one watch: connect, catch up, IDLE until new mail, take it in, again. */
    private final class Watch implements Runnable {
        private final MailboxSettings mailbox;
        private final AtomicBoolean stopping = new AtomicBoolean();
        private volatile IMAPFolder folder;
        private volatile State state = State.CONNECTING;
        private Thread thread;

        Watch(MailboxSettings mailbox) {
            this.mailbox = mailbox;
        }

        @Override
        public void run() {
            Duration pause = FIRST_PAUSE;
            while (!stopping.get()) {
                state = State.CONNECTING;
                try {
                    if (!idleOnce()) {
                        state = State.NOT_SUPPORTED;
                        LOG.info(() -> "mail intake: " + mailbox.host() + " does not offer IMAP IDLE;"
                                + " the mailbox is read every " + mailbox.pollSeconds() + " s");
                        return;
                    }
                    pause = FIRST_PAUSE;
                } catch (MessagingException | RuntimeException e) {
                    if (stopping.get()) {
                        break;
                    }
                    Duration wait = pause;
                    LOG.log(Level.WARNING, e, () -> "mail intake: IMAP IDLE lost (" + e.getMessage()
                            + "); reconnecting in " + wait.toSeconds() + " s, the poll goes on meanwhile");
                    if (!sleep(wait)) {
                        break;
                    }
                    pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
                }
            }
            state = State.STOPPED;
        }

        /**
         * One connection: false if the server has no IDLE; otherwise returns only when stopping, and
         * throws when the connection fails (the caller reconnects).
         */
        private boolean idleOnce() throws MessagingException {
            Session session = Session.getInstance(mailbox.sessionProperties());
            try (Store store = session.getStore(mailbox.protocol())) {
                store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
                if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                    return false;
                }
                IMAPFolder opened = (IMAPFolder) store.getFolder(mailbox.folder());
                // read-only: this connection only listens; the rounds read and flag on their own
                opened.open(Folder.READ_ONLY);
                folder = opened;
                try {
                    // the count follows the server's EXISTS and EXPUNGE answers, read in this thread
                    // (a listener would be told later, on Jakarta Mail's own event thread); taken
                    // before each round, so mail arriving during a round changes it
                    int known = opened.getMessageCount();
                    // mail that arrived while no one listened (start, reconnection)
                    takeIn();
                    while (!stopping.get()) {
                        state = State.IDLING;
                        opened.idle(true);
                        int now = opened.getMessageCount();
                        if (now != known && !stopping.get()) {
                            takeIn();
                        }
                        known = now;
                    }
                } finally {
                    folder = null;
                    if (opened.isOpen()) {
                        opened.close(false);
                    }
                }
            }
            return true;
        }

        /** An intake round through the poller, which runs one round at a time. */
        private void takeIn() {
            try {
                MailPoller.Round round = poller.poll(mailbox);
                if (round.read() > 0) {
                    LOG.info(() -> "mail intake (IDLE): " + round);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "mail intake: a round after IDLE failed; the next poll tries again", e);
            }
        }

        /** Ends a running IDLE from another thread: a command on the folder sends DONE first. */
        void interruptIdle() {
            IMAPFolder watched = folder;
            if (watched != null) {
                try {
                    watched.doCommand(protocol -> {
                        protocol.simpleCommand("NOOP", null);
                        return null;
                    });
                } catch (MessagingException | RuntimeException e) {
                    LOG.log(Level.FINE, "mail intake: the IDLE connection did not answer", e);
                }
            }
        }

        private boolean sleep(Duration wait) {
            try {
                Thread.sleep(wait.toMillis());
                return !stopping.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
