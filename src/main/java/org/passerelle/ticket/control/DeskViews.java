package org.passerelle.ticket.control;

import java.time.Instant;
import java.util.List;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;

/** What the support pages show of requests: plain values, never managed entities. */
public final class DeskViews {
    private DeskViews() {
    }

    /** A line of the queue. */
    public record QueueRow(String number, String subject, Status status, Urgency urgency, Category category,
                           String requesterName, String organizationName, String regionCode, String assigneeName,
                           Instant createdAt, Instant updatedAt, Instant dueAt, boolean overdue) {
    }

    /** One page of the queue and how many requests match in all. */
    public record QueuePage(List<QueueRow> rows, long total) {
    }

    /** A message as staff see it: internal notes included, and marked. */
    public record Message(String authorName, boolean fromSupport, boolean internal, String body, Instant at) {
    }

    /** A line of the history. */
    public record Event(String actorName, Instant at, String field, String oldValue, String newValue) {
    }

    public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes) {
    }

    /** A value to pick in a filter: its key and what people read. */
    public record Option(String value, String label) {
    }

    /** What the queue's filters offer. */
    public record QueueChoices(List<Option> regions, List<Option> networks, List<Option> organizations,
                               List<Person> agents) {
    }

    /** Somebody a request can be given to or shared with. */
    public record Person(String login, String name) {
    }

    /** One request as the support pool sees it: everything. */
    public record Detail(String number, String subject, String body, Category category, Urgency urgency,
                         Status status, Instant createdAt, Instant updatedAt, String requesterLogin,
                         String requesterName, String requesterEmail, String contactPhone, String preferredContact,
                         String organizationName, String poolName, String assigneeLogin, String assigneeName,
                         Instant firstResponseDueAt, Instant resolutionDueAt, boolean overdue, String mergedInto,
                         boolean reuseConsent, Integer rating, String ratingComment, List<String> tags,
                         List<String> linked, List<Person> helpers, List<Message> messages, List<Event> history,
                         List<AttachmentRow> attachments, long version) {
        public boolean isActive() {
            return status != Status.RESOLVED && status != Status.CLOSED;
        }
    }
}
