package org.passerelle.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the interface for this visit: Québec French unless the person chose English. */
@Named("language")
@SessionScoped
public class LocaleSelection implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final Locale FRENCH = Locale.CANADA_FRENCH;

    private Locale locale = FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    /** Uses the language a member chose on their profile ("en" or "fr"), from the next page on. */
    public void use(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : FRENCH;
    }

    /** Switches between French and English and stays on the same page. */
    public String toggle() {
        locale = isEnglish() ? FRENCH : Locale.ENGLISH;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
