package org.passerelle.inbox.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.passerelle.identity.entity.Member;
import org.passerelle.inbox.entity.HeldMail;
import org.passerelle.inbox.entity.MailOutcome;
import org.passerelle.inbox.entity.ProcessedMail;
import org.passerelle.platform.config.Settings;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.control.AttachmentPolicy;
import org.passerelle.ticket.control.Attachments;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.NewRequest;
import org.passerelle.ticket.control.RequestActivity;
import org.passerelle.ticket.control.Upload;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;
import org.passerelle.ticket.entity.Urgency;
import org.passerelle.ticket.entity.Visibility;

/**
 * What happens to one mail, in one transaction: a robot's mail is only recorded; a known member's
 * mail opens a request or continues the one it answers; anything else waits in the "à vérifier"
 * list. The mail's key is recorded in the same transaction, so a mail read twice, or read again
 * after a crash before the commit, is processed exactly once.
 */
@ApplicationScoped
public class MailIntake {
    @PersistenceContext
    EntityManager em;
    @Inject
    Event<RequestActivity> activity;
    @Inject
    HelpRequests requests;
    @Inject
    Attachments attachments;
    @Resource
    TransactionSynchronizationRegistry transactions;

    Clock clock = Clock.systemUTC();
    private final Settings settings = Settings.fromEnvironment();

    /** What the intake did; {@code duplicate} when the mail had been processed already. */
    public record Result(MailOutcome outcome, String ticketNumber, boolean duplicate) {
        static Result duplicateMail() {
            return new Result(null, null, true);
        }
    }

    @Transactional
    public boolean alreadyProcessed(String messageKey) {
        return em.createNamedQuery(ProcessedMail.COUNT_BY_KEY, Long.class).setParameter("key", messageKey)
                .getSingleResult() > 0;
    }

    /** Processes a parsed mail; {@code raw} is the mail as received, kept if it must be held. */
    @Transactional
    public Result process(IncomingMail mail, Path raw) {
        indexWithoutWaitingForTheDisk();
        if (alreadyProcessed(mail.messageKey())) {
            return Result.duplicateMail();
        }
        if (mail.automatic().isPresent()) {
            return record(mail, MailOutcome.AUTOMATIC, null, mail.automatic().get());
        }
        Optional<Member> sender = memberByEmail(mail.fromAddress());
        if (sender.isEmpty()) {
            hold(mail, raw, HeldMail.Reason.UNKNOWN_SENDER);
            return record(mail, MailOutcome.HELD, null, HeldMail.Reason.UNKNOWN_SENDER.name());
        }
        Member member = sender.get();
        String followUp = null;
        if (mail.replyTo().isPresent()) {
            String number = mail.replyTo().get();
            Split files = split(mail);
            String text = mail.text().isBlank() ? text(member, "inbox.mail.noText") : mail.text();
            HelpRequests.MailReply reply = requests.replyFor(member, number, cut(text, NewRequest.DESCRIPTION_MAX),
                    files.accepted());
            switch (reply) {
                case ADDED -> {
                    Ticket ticket = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class)
                            .setParameter("number", number).getSingleResult();
                    postRefusals(ticket, member, files.refused());
                    return record(mail, MailOutcome.REPLY_ADDED, number, null);
                }
                case NOT_VISIBLE -> {
                    hold(mail, raw, HeldMail.Reason.NOT_ALLOWED);
                    return record(mail, MailOutcome.HELD, number, HeldMail.Reason.NOT_ALLOWED.name());
                }
                case CLOSED -> followUp = number;
                case NOT_FOUND -> followUp = null;
                default -> throw new IllegalStateException(reply.name());
            }
        }
        Ticket ticket = openFor(member, mail, followUp);
        return record(mail, MailOutcome.REQUEST_OPENED, ticket.getNumber(), followUp);
    }

    /**
     * The mail's transaction does not wait for the index at all: the request is indexed in the
     * background just after the commit (searchable a moment later) and reaches the disk with the
     * Lucene backend's next periodic commit, instead of one fsync per mail (the default
     * write-sync, a few mails per second on a busy disk) or one index refresh per mail (read-sync,
     * a quarter of the intake's time in the benchmark's thread dumps). Nobody searches for a
     * mailed request in the second it arrives. A crash in that second can leave a new request out
     * of the index, which the start-up check (SearchIndex) repairs; a reply's words come back with
     * the request's next change.
     */
    private void indexWithoutWaitingForTheDisk() {
        Search.session(em).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
    }

    /** Records an unreadable mail for the "à vérifier" list, so even that is never silently lost. */
    @Transactional
    public Result holdUnreadable(String messageKey, Path raw, String error) {
        indexWithoutWaitingForTheDisk();
        if (alreadyProcessed(messageKey)) {
            return Result.duplicateMail();
        }
        IncomingMail mail = new IncomingMail(messageKey, null, null, "", error == null ? "" : cut(error, 2000),
                null, Optional.empty(), Optional.empty(), false, List.of());
        hold(mail, raw, HeldMail.Reason.UNREADABLE);
        return record(mail, MailOutcome.HELD, null, HeldMail.Reason.UNREADABLE.name());
    }

    /**
     * Opens a request for a member from their mail: category "autre", urgency normale unless the
     * sender flagged it urgent, and a public notice naming each file the policy refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ticket openFor(Member member, IncomingMail mail, String followUpOf) {
        Split files = split(mail);
        String subject = ReplyMatcher.cleanSubject(mail.subject());
        if (subject.length() < NewRequest.SUBJECT_MIN) {
            subject = (text(member, "inbox.mail.noSubject") + " " + subject).strip();
        }
        String description = mail.text().isBlank() ? text(member, "inbox.mail.noText") : mail.text();
        if (followUpOf != null) {
            description = text(member, "inbox.mail.followUp", followUpOf) + "\n\n" + description;
        }
        if (description.strip().length() < NewRequest.DESCRIPTION_MIN) {
            description = subject + "\n\n" + description;
        }
        NewRequest request = new NewRequest(Category.AUTRE, cut(subject, NewRequest.SUBJECT_MAX),
                cut(description, NewRequest.DESCRIPTION_MAX), mail.urgent() ? Urgency.HIGH : Urgency.NORMAL,
                PreferredContact.EMAIL, null, false);
        Ticket ticket = requests.openFor(member, request, files.accepted());
        postRefusals(ticket, member, files.refused());
        return ticket;
    }

    private record Split(List<Upload> accepted, List<String> refused) {
    }

    /** The files the web would accept, and a sentence in the member's language for each one it would not. */
    private Split split(IncomingMail mail) {
        AttachmentPolicy policy = attachments.policy();
        List<Upload> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (IncomingMail.MailFile file : mail.files()) {
            String name = AttachmentPolicy.cleanName(file.name());
            Optional<String> problem = policy.problemWith(name, file.size());
            if (problem.isEmpty()) {
                Path content = file.content();
                accepted.add(new Upload(name, file.size(), () -> Files.newInputStream(content)));
            } else {
                refused.add(problem.get() + "|" + name + "|" + megabytes(file.size()));
            }
        }
        return new Split(accepted, refused);
    }

    private void postRefusals(Ticket ticket, Member member, List<String> refused) {
        if (refused.isEmpty()) {
            return;
        }
        AttachmentPolicy policy = attachments.policy();
        String lines = refused.stream().map(r -> r.split("\\|", 3)).map(r -> "- " + switch (r[0]) {
            case "attachment.tooLarge" -> text(member, "inbox.refused.tooLarge", r[1], r[2], policy.maxMegabytes());
            case "attachment.typeRefused" -> text(member, "inbox.refused.typeRefused", r[1],
                    policy.allowedExtensions());
            default -> text(member, "inbox.refused.empty", r[1]);
        }).collect(Collectors.joining("\n"));
        TicketMessage notice = ticket.post(null, Visibility.PUBLIC, text(member, "inbox.refused.intro") + "\n\n"
                + lines + "\n\n" + text(member, "inbox.refused.howTo"), clock.instant());
        // the sender learns it by the usual notification mail, never by a bounce
        activity.fire(new RequestActivity(RequestActivity.Kind.PUBLIC_REPLY, ticket, null, notice));
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    private Optional<Member> memberByEmail(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select m from Member m where lower(m.email) = :address and m.active = true"
                        + " order by m.id", Member.class)
                .setParameter("address", address.strip().toLowerCase(Locale.ROOT)).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private void hold(IncomingMail mail, Path raw, HeldMail.Reason reason) {
        String key = UUID.randomUUID() + ".eml";
        Path target = heldDirectory().resolve(key);
        try {
            Files.copy(raw, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep held mail " + mail.messageKey(), e);
        }
        transactions.registerInterposedSynchronization(new DeleteOnRollback(target));
        String fileNames = mail.files().stream().map(f -> AttachmentPolicy.cleanName(f.name()))
                .collect(Collectors.joining(", "));
        em.persist(new HeldMail(mail.messageKey(), mail.fromAddress(), mail.fromName(), mail.subject(), mail.text(),
                fileNames.isEmpty() ? null : fileNames, key, reason, clock.instant()));
    }

    /** Where held mails are kept, raw, until an agent decides. */
    Path heldDirectory() {
        Path directory = settings.dataDir().resolve("inbox");
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    private Result record(IncomingMail mail, MailOutcome outcome, String number, String detail) {
        em.persist(new ProcessedMail(mail.messageKey(), outcome, mail.fromAddress(), mail.subject(), number, detail,
                clock.instant()));
        em.flush();
        return new Result(outcome, number, false);
    }

    private static String text(Member member, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(member.getPreferredLanguage() == null ? "fr"
                : member.getPreferredLanguage());
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private record DeleteOnRollback(Path file) implements Synchronization {
        @Override
        public void beforeCompletion() {
            // the outcome is not known yet
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // an orphan file is harmless: no row points to it
                }
            }
        }
    }
}
