package org.passerelle.ticket.control;

import java.time.Instant;
import java.util.List;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;

/** What the member pages show of requests: plain values, never managed entities. */
public final class RequestViews {
    private RequestViews() {
    }

    /** A line of "Mes demandes". */
    public record Row(String number, String subject, Status status, Instant lastActivity, String requesterName,
                      boolean mine) {
    }

    /** A public message of the conversation. */
    public record PublicMessage(String authorName, boolean fromSupport, String body, Instant at) {
    }

    /** One request as its member sees it: public messages only. */
    public record Detail(String number, String subject, String body, Category category, Urgency urgency,
                         Status status, Instant createdAt, Instant lastActivity, String requesterName,
                         String organizationName, boolean mine, long version, List<PublicMessage> messages,
                         Integer rating, String ratingComment, List<DeskViews.AttachmentRow> attachments) {
        public boolean isResolvable() {
            return status.canMoveTo(Status.RESOLVED);
        }

        /** The requester rates the help once, after it is resolved. */
        public boolean isRatable() {
            return mine && rating == null && (status == Status.RESOLVED || status == Status.CLOSED);
        }

        public boolean isOpenForReplies() {
            return status != Status.CLOSED;
        }
    }
}
