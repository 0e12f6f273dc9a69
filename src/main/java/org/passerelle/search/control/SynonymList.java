package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.passerelle.search.entity.SynonymGroup;

/** The synonym list as it stands in the database now: read per search (a few dozen short rows). */
@ApplicationScoped
public class SynonymList {
    @PersistenceContext
    EntityManager em;

    public Synonyms current() {
        return Synonyms.parse(em.createNamedQuery(SynonymGroup.ALL_TERMS, String.class).getResultList());
    }
}
