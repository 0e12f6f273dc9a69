package org.passerelle.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.ticket.control.TicketNumbers;
import org.passerelle.ticket.entity.RequestView;

/**
 * Reads the access log of requests (Loi 25): an administrator every view, a coordinator the views
 * of their network's requests. Newest first, one page at a time; read-only, there is nothing here
 * to change or delete a line.
 */
@ApplicationScoped
@Transactional
public class Consultations {
    public static final int PAGE_MAX = 100;

    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;

    /** One line as the page shows it. */
    public record Line(Instant at, String number, String viewerName, String viewerLogin, String channel) {
    }

    /** One page of lines and how many match in all. */
    public record Page(List<Line> lines, long total) {
    }

    /** {@code number} and {@code person} (a name or login, in part) narrow the list; blank means all. */
    public Page page(String login, String number, String person, int first, int size) {
        Member me = scope.actor(login);
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(" from RequestView v join v.viewer m where 1 = 1");
        if (!scope.isAdmin(me)) {
            Network mine = scope.coordinated(me);
            where.append(" and v.networkId = :network");
            parameters.put("network", mine.getId());
        }
        if (number != null && !number.isBlank()) {
            String normalized = TicketNumbers.normalize(number);
            where.append(" and v.ticketNumber = :number");
            parameters.put("number", normalized == null ? number.strip() : normalized);
        }
        if (person != null && !person.isBlank()) {
            where.append(" and (lower(m.displayName) like :person or lower(m.login) like :person)");
            parameters.put("person", "%" + person.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")
                    + "%");
        }
        TypedQuery<Long> count = em.createQuery("select count(v)" + where, Long.class);
        parameters.forEach(count::setParameter);
        TypedQuery<RequestView> rows = em.createQuery("select v" + where + " order by v.viewedAt desc, v.id desc",
                RequestView.class);
        parameters.forEach(rows::setParameter);
        List<Line> lines = rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, PAGE_MAX)))
                .getResultList().stream()
                .map(v -> new Line(v.getViewedAt(), v.getTicketNumber(), v.getViewer().getDisplayName(),
                        v.getViewer().getLogin(), v.getChannel().name().toLowerCase(Locale.ROOT)))
                .toList();
        return new Page(lines, count.getSingleResult());
    }
}
