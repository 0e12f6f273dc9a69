package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.identity.entity.Member;
import org.passerelle.ticket.entity.CannedResponse;
import org.passerelle.ticket.entity.Ticket;

/** The réponses types, and one of them filled in for a given request and agent. */
@ApplicationScoped
@Transactional
public class CannedResponses {
    @PersistenceContext
    EntityManager em;
    @Inject
    SupportDesk desk;

    public record Choice(long id, String title) {
    }

    public List<Choice> all() {
        return em.createNamedQuery(CannedResponse.ALL, CannedResponse.class).getResultList().stream()
                .map(c -> new Choice(c.getId(), c.getTitle())).toList();
    }

    /** The response's text for this request, or empty text if either is unknown or out of reach. */
    public String filledFor(String login, String number, long responseId) {
        CannedResponse response = em.find(CannedResponse.class, responseId);
        Member me = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
        Ticket ticket = desk.handled(me, number).orElse(null);
        if (response == null || ticket == null) {
            return "";
        }
        Map<String, String> values = new HashMap<>();
        Member requester = ticket.getRequester();
        values.put("prenom", requester == null ? "" : requester.getFirstName());
        values.put("nom", requester == null ? Member.FORMER_MEMBER : requester.getDisplayName());
        values.put("numero", ticket.getNumber());
        values.put("sujet", ticket.getSubject());
        values.put("organisme", ticket.getOrganization() == null ? "" : ticket.getOrganization().getName());
        values.put("agent", me.getFirstName());
        return Placeholders.fill(response.getBody(), values);
    }
}
