package org.passerelle.ticket.control;

import java.util.Set;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;

/**
 * What the support queue shows: every criterion is optional (null or empty = any). {@code assignee}
 * is a login, {@link #UNASSIGNED} for nobody.
 */
public record QueueFilter(Set<Status> statuses, Category category, String regionCode, Long networkId,
                          Long organizationId, String assignee, Urgency urgency, boolean overdueOnly) {
    public static final String UNASSIGNED = "-";

    public QueueFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static QueueFilter any() {
        return new QueueFilter(Set.of(), null, null, null, null, null, null, false);
    }

    /** The saved views of the queue. */
    public static QueueFilter of(SavedView view, String myLogin) {
        Set<Status> active = Set.of(Status.NEW, Status.OPEN, Status.WAITING_ON_MEMBER);
        return switch (view) {
            case MINE -> new QueueFilter(active, null, null, null, null, myLogin, null, false);
            case UNASSIGNED -> new QueueFilter(Set.of(Status.NEW, Status.OPEN), null, null, null, null, UNASSIGNED,
                    null, false);
            case OVERDUE -> new QueueFilter(Set.of(Status.NEW, Status.OPEN), null, null, null, null, null, null, true);
            case WAITING -> new QueueFilter(Set.of(Status.WAITING_ON_MEMBER), null, null, null, null, null, null,
                    false);
            case ALL -> any();
        };
    }

    public enum SavedView {
        MINE, UNASSIGNED, OVERDUE, WAITING, ALL
    }

    /** Sortable columns of the queue. */
    public enum Sort {
        NUMBER("t.id"), SUBJECT("t.subject"), STATUS("t.status"), URGENCY("t.urgency"), CREATED("t.createdAt"),
        UPDATED("t.updatedAt"), DUE("t.resolutionDueAt");

        private final String path;

        Sort(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }
}
