package org.passerelle.ticket.control;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Urgency;

/** What a member fills in to ask for help; {@link #problems()} lists what is wrong, as bundle keys. */
public record NewRequest(Category category, String subject, String description, Urgency urgency,
                         PreferredContact contact, String phone, boolean reuseConsent) {
    public static final int SUBJECT_MIN = 5;
    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MIN = 10;
    public static final int DESCRIPTION_MAX = 20_000;

    /** Bundle keys of the problems, empty when the request can be opened. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (category == null) {
            problems.add("request.category.required");
        }
        if (length(subject) < SUBJECT_MIN || length(subject) > SUBJECT_MAX) {
            problems.add("request.subject.length");
        }
        if (length(description) < DESCRIPTION_MIN || length(description) > DESCRIPTION_MAX) {
            problems.add("request.description.length");
        }
        if (urgency == null) {
            problems.add("request.urgency.required");
        }
        if (contact == PreferredContact.PHONE && !isPlausiblePhone(phone)) {
            problems.add("request.phone.invalid");
        }
        return problems;
    }

    /** 10 to 15 digits, with the usual spaces, dashes, dots, parentheses, + and extension. */
    static boolean isPlausiblePhone(String phone) {
        if (phone == null || !phone.matches("[0-9 +().\\-]{7,25}( ?(poste|p\\.|ext\\.?|x) ?\\d{1,6})?")) {
            return false;
        }
        String main = phone.replaceAll("( ?(poste|p\\.|ext\\.?|x) ?\\d{1,6})$", "");
        long digits = main.chars().filter(Character::isDigit).count();
        return digits >= 10 && digits <= 15;
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
