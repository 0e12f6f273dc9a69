package org.passerelle.ticket.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.passerelle.ticket.control.DeskViews;

/**
 * One row of the queue table as the page reads it: JavaBean properties, with the dates already
 * written in the page's language and the bundle keys already put together. The page shows 50 of
 * them, and each method call in an EL expression (a record accessor, {@code concat},
 * {@code dates.dateTime(...)}) makes the EL look the method up by reflection at every evaluation,
 * where a property is resolved from a cache: that lookup was the largest single cost of the queue
 * page (docs/performance.md, "Fourth pass").
 */
public final class QueueLine implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The dates as people in Québec read them, like {@code Dates}. */
    static final ZoneId QUEBEC = ZoneId.of("America/Montreal");

    private final DeskViews.QueueRow row;
    private final String link;
    private final String due;
    private final String updated;

    private QueueLine(DeskViews.QueueRow row, String link, String due, String updated) {
        this.row = row;
        this.link = link;
        this.due = due;
        this.updated = updated;
    }

    /**
     * Turns queue rows into lines, with dates written for one language and links under one context
     * path (resolving {@code #{request.contextPath}} in each row went through every EL resolver).
     */
    static final class Writer {
        private final DateTimeFormatter format;
        private final String contextPath;

        Writer(Locale locale, String contextPath) {
            format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
            this.contextPath = contextPath;
        }

        QueueLine line(DeskViews.QueueRow row) {
            return new QueueLine(row, contextPath + "/soutien/demande.xhtml?numero=" + row.number(),
                    text(row.dueAt()), text(row.updatedAt()));
        }

        private String text(Instant instant) {
            return instant == null ? "" : format.format(instant.atZone(QUEBEC));
        }
    }

    DeskViews.QueueRow row() {
        return row;
    }

    public String getNumber() {
        return row.number();
    }

    /** The request's page for the support side. */
    public String getLink() {
        return link;
    }

    public String getSubject() {
        return row.subject();
    }

    /** The bundle key of the status's label, {@code status.NEW}. */
    public String getStatusKey() {
        return "status." + row.status().name();
    }

    /** The CSS class of the status badge, {@code status status--new}. */
    public String getStatusClass() {
        return "status status--" + row.status().name().toLowerCase(Locale.ROOT);
    }

    public String getUrgencyKey() {
        return "urgency." + row.urgency().name();
    }

    public String getOrganizationName() {
        return row.organizationName();
    }

    public String getRegionCode() {
        return row.regionCode();
    }

    /** Null when nobody has the request. */
    public String getAssigneeName() {
        return row.assigneeName();
    }

    public boolean isOverdue() {
        return row.overdue();
    }

    public String getDue() {
        return due;
    }

    public String getUpdated() {
        return updated;
    }
}
