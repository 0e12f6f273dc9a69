package org.passerelle.platform.rest;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.passerelle.platform.web.LocaleSelection;
import org.passerelle.platform.web.Messages;

/**
 * RFC 9457 problem details ({@code application/problem+json}: type, title, status, detail) in
 * the caller's language: the first of French or English in Accept-Language, French otherwise.
 * Each specific message is also listed under {@code errors}.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String JSON_UTF8 = "application/json;charset=UTF-8";
    private static final String TYPE_BASE = "urn:passerelle:problem:";

    private Problems() {
    }

    /** French or English, whichever the caller prefers first; Québec French by default. */
    public static Locale language(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("fr".equals(locale.getLanguage())) {
                return LocaleSelection.FRENCH;
            }
        }
        return LocaleSelection.FRENCH;
    }

    /**
     * A problem response. {@code type} names the kind of problem ("invalid-input", "not-found"...);
     * {@code keys} are the bundle keys of the specific messages.
     */
    public static Response of(Response.Status status, String type, List<String> keys, Locale locale) {
        return of(status, type, keys, locale, new Object[0]);
    }

    /** The same, with the values the messages show (a file name, a limit). */
    public static Response of(Response.Status status, String type, List<String> keys, Locale locale,
                              Object... arguments) {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8")
                .header("Content-Language", locale.toLanguageTag())
                .entity(json(status.getStatusCode(), type, keys, locale, arguments)).build();
    }

    /** The problem document itself, for answers written outside JAX-RS (the login throttle's 429). */
    public static String json(int status, String type, List<String> keys, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        JsonArrayBuilder errors = JsonBuilders.array();
        StringBuilder detail = new StringBuilder();
        for (String key : keys) {
            String text = text(bundle, key, arguments);
            errors.add(text);
            detail.append(detail.length() == 0 ? "" : " ").append(text);
        }
        JsonObjectBuilder problem = JsonBuilders.object()
                .add("type", TYPE_BASE + type)
                .add("title", text(bundle, "api.problem." + status))
                .add("status", status)
                .add("detail", detail.toString())
                .add("errors", errors);
        return problem.build().toString();
    }

    static String text(ResourceBundle bundle, String key, Object... arguments) {
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
