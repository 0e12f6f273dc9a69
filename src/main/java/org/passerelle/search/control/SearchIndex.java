package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Keeps the Lucene index in step with the database. The index lives on disk and can outlive or
 * predate the database (a restored backup, a new database URL): when the counts disagree, the
 * index is rebuilt from the database.
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceContext
    EntityManager em;

    public boolean isInStep() {
        SearchSession session = Search.session(em);
        long indexed = session.search(ToolboxEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long stored = em.createNamedQuery(ToolboxEntry.COUNT, Long.class).getSingleResult();
        return indexed == stored;
    }

    public void rebuild() {
        long started = System.nanoTime();
        try {
            Search.session(em).massIndexer().threadsToLoadObjects(1).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index rebuild interrupted", e);
        }
        LOG.info(() -> "search index rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    public void rebuildIfOutOfStep() {
        if (!isInStep()) {
            LOG.info("search index does not match the database: rebuilding it");
            rebuild();
        }
    }
}
