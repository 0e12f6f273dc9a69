package org.passerelle.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates (and file sizes) as people in Québec read them, in the language of the page:
 * #{dates.dateTime(t)}, #{dates.size(bytes)}.
 */
@Named
@RequestScoped
public class Dates {
    static final ZoneId QUEBEC = ZoneId.of("America/Montreal");

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(instant.atZone(QUEBEC));
    }

    public String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .format(instant.atZone(QUEBEC));
    }

    /** A file size in kilobytes or megabytes, with the page's decimal separator ("1,5 Mo" / "1.5 MB"). */
    public String size(long bytes) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        boolean french = "fr".equals(locale.getLanguage());
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + (french ? " ko" : " KB");
        }
        return String.format(locale, "%.1f", bytes / (1024.0 * 1024.0)) + (french ? " Mo" : " MB");
    }
}
