package org.passerelle.ticket.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.passerelle.identity.entity.Member;
import org.passerelle.platform.config.Settings;
import org.passerelle.platform.persistence.DeleteOnCommit;
import org.passerelle.ticket.entity.Attachment;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;

/**
 * Files attached to requests. The bytes live in the data directory, outside the web root, under a
 * random name; the database row is written in the same transaction as the request or message, and
 * a rolled-back transaction deletes the files it wrote, so a crash leaves nothing half-attached.
 */
@ApplicationScoped
public class Attachments {
    @PersistenceContext
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    DeskScope scope;

    private final Settings settings = Settings.fromEnvironment();
    private final AttachmentPolicy policy = new AttachmentPolicy(settings.attachmentMaxBytes(),
            settings.attachmentTypes());

    /** What may be served: the file, its clean name and the type Passerelle gives it. */
    public record Download(Path file, String fileName, String contentType, long size) {
    }

    public AttachmentPolicy policy() {
        return policy;
    }

    /** Refuses the whole lot if any file is refused, before anything is written. */
    public void check(List<Upload> uploads) {
        for (Upload upload : uploads) {
            String name = AttachmentPolicy.cleanName(upload.submittedName());
            policy.problemWith(name, upload.size()).ifPresent(key -> {
                throw new RequestProblem(key, name, policy.maxMegabytes(), policy.allowedExtensions());
            });
        }
    }

    /** Stores the files and records them; must run inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(Ticket ticket, TicketMessage message, List<Upload> uploads, Instant now) {
        check(uploads);
        List<Path> written = new ArrayList<>();
        transactions.registerInterposedSynchronization(new DeleteOnRollback(written));
        for (Upload upload : uploads) {
            String name = AttachmentPolicy.cleanName(upload.submittedName());
            String key = UUID.randomUUID().toString();
            Path target = directory().resolve(key);
            try (InputStream in = upload.content().open()) {
                written.add(target);
                long size = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                em.persist(new Attachment(ticket, message, name, policy.contentTypeOf(name), size, key, now));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store attachment " + name, e);
            }
        }
    }

    /**
     * Removes every file of a request (the retention period is over): the rows now, the bytes on
     * disk once the caller's transaction commits. Returns how many files.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int discardAll(Ticket ticket) {
        List<Attachment> all = em.createQuery("select a from Attachment a where a.ticket = :ticket", Attachment.class)
                .setParameter("ticket", ticket).getResultList();
        List<Path> files = new ArrayList<>();
        for (Attachment attachment : all) {
            files.add(directory().resolve(attachment.getStorageKey()));
            em.remove(attachment);
        }
        transactions.registerInterposedSynchronization(new DeleteOnCommit(files));
        return all.size();
    }

    /** The files of a request, oldest first: those of its public messages only, for members. */
    public List<DeskViews.AttachmentRow> rowsOf(Ticket ticket, boolean includeInternal) {
        return em.createQuery("select a from Attachment a left join a.message m where a.ticket = :ticket"
                        + " order by a.createdAt, a.id", Attachment.class)
                .setParameter("ticket", ticket).getResultList().stream()
                .filter(a -> includeInternal || a.getMessage() == null || !a.getMessage().isInternal())
                .map(a -> new DeskViews.AttachmentRow(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes()))
                .toList();
    }

    /** The file, if this person may see the request it belongs to. */
    @Transactional
    public Optional<Download> download(String login, long id) {
        Attachment attachment = em.find(Attachment.class, id);
        if (attachment == null) {
            return Optional.empty();
        }
        Member me = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
        Ticket ticket = attachment.getTicket();
        boolean handles = me != null && scope.mayHandle(me, ticket);
        boolean staff = handles && scope.isStaff(me);
        boolean reader = handles || (me != null && HelpRequests.maySee(me, ticket));
        boolean internalFile = attachment.getMessage() != null && attachment.getMessage().isInternal();
        if (!(staff || (reader && !internalFile))) {
            return Optional.empty();
        }
        Path file = directory().resolve(attachment.getStorageKey());
        return Files.isReadable(file) ? Optional.of(new Download(file, attachment.getFileName(),
                policy.contentTypeOf(attachment.getFileName()), attachment.getSizeBytes())) : Optional.empty();
    }

    private Path directory() {
        Path directory = settings.dataDir().resolve("attachments");
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    private record DeleteOnRollback(List<Path> written) implements Synchronization {
        @Override
        public void beforeCompletion() {
            // nothing to do before the outcome is known
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                for (Path file : written) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        // an orphan file is harmless: it is never served without its row
                    }
                }
            }
        }
    }
}
