package org.passerelle.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.OptionalInt;

/** Reads a member's session generation: one small query, on every page a logged-in person opens. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionGenerations {
    @PersistenceContext
    EntityManager em;

    /** The current generation; empty when the login no longer exists (renamed by anonymisation). */
    public OptionalInt current(String login) {
        return em.createQuery("select m.sessionGeneration from Member m where m.login = :login and m.active = true",
                        Integer.class).setParameter("login", login).getResultStream()
                .mapToInt(Integer::intValue).findFirst();
    }
}
