package org.passerelle.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import org.passerelle.search.entity.SynonymGroup;

/**
 * Coordinators replace the synonym list as a whole. The save states which version of the list
 * it started from (its fingerprint): if someone saved in between, it is refused rather than
 * overwriting their edit. The next search uses the new list; nothing needs reindexing.
 */
@ApplicationScoped
public class SynonymEditor {

    /** Someone saved the list after this editor opened it. */
    public static class ChangedMeanwhile extends RuntimeException {
        public ChangedMeanwhile() {
            super("the synonym list changed since it was opened");
        }
    }

    @PersistenceContext
    EntityManager em;
    @Inject
    SynonymList list;
    @Resource
    TransactionSynchronizationRegistry transaction;

    public List<String> groups() {
        return em.createNamedQuery(SynonymGroup.ALL_TERMS, String.class).getResultList();
    }

    /** Saves the groups read from the text, or returns the problems and saves nothing. */
    @Transactional
    public SynonymListText.Reading save(String text, String openedFingerprint) {
        SynonymListText.Reading reading = SynonymListText.read(text);
        if (!reading.valid()) {
            return reading;
        }
        List<SynonymGroup> current = em.createQuery("select s from SynonymGroup s order by s.id", SynonymGroup.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<String> currentGroups = current.stream().map(SynonymGroup::getTerms).toList();
        if (!SynonymListText.fingerprint(currentGroups).equals(openedFingerprint)) {
            throw new ChangedMeanwhile();
        }
        current.forEach(em::remove);
        em.flush();
        reading.groups().forEach(group -> em.persist(new SynonymGroup(group)));
        // once committed, not before: a search in between would keep the old list again
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                list.forget();
            }
        });
        return reading;
    }
}
