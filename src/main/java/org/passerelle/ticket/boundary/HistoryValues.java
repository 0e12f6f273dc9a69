package org.passerelle.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Ticket;

/** A history line's "old → new", with statuses, urgencies and categories in the reader's language. */
@Named
@RequestScoped
public class HistoryValues {
    @Inject
    Messages messages;

    public String of(DeskViews.Event event) {
        String oldValue = label(event.field(), event.oldValue());
        String newValue = label(event.field(), event.newValue());
        if (oldValue == null) {
            return newValue == null ? "" : newValue;
        }
        return oldValue + " → " + (newValue == null ? messages.text("desk.history.none") : newValue);
    }

    private String label(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case Ticket.FIELD_STATUS -> messages.text("status." + value);
            case Ticket.FIELD_URGENCY -> messages.text("urgency." + value);
            case Ticket.FIELD_CATEGORY -> messages.text("category." + Category.valueOf(value).code());
            default -> value;
        };
    }
}
