package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** How many requests a toolbox entry helped solve: those whose answer linked to it. */
@ApplicationScoped
@Transactional
public class SolvedRequests {
    @PersistenceContext
    EntityManager em;

    public long countFor(String slug) {
        return em.createQuery("select count(t) from Ticket t join t.solutions e where e.slug = :slug", Long.class)
                .setParameter("slug", slug).getSingleResult();
    }
}
