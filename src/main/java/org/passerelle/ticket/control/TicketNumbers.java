package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Hands out request numbers such as {@code PAS-1042} from the database sequence
 * {@code ticket_number_seq}, so numbers stay unique across nodes and restarts.
 */
@ApplicationScoped
public class TicketNumbers {
    public static final String PREFIX = "PAS-";

    @PersistenceContext
    EntityManager em;

    public String next() {
        String sql = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect().getSequenceSupport().getSequenceNextValString("ticket_number_seq");
        Number value = (Number) em.createNativeQuery(sql).getSingleResult();
        return format(value.longValue());
    }

    static String format(long sequenceValue) {
        return PREFIX + sequenceValue;
    }

    /** Accepts "PAS-1042", "pas-1042" or "1042"; null when the text is not a request number. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim().toUpperCase(java.util.Locale.ROOT);
        String digits = trimmed.startsWith(PREFIX) ? trimmed.substring(PREFIX.length()) : trimmed;
        return digits.matches("\\d{1,12}") ? PREFIX + digits : null;
    }
}
