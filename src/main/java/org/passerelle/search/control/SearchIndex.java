package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.passerelle.platform.config.Settings;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Keeps the Lucene index in step with the database. The index lives on disk and can outlive or
 * predate the database (a restored backup, a new database URL): when the counts disagree, the
 * index is rebuilt from the database. Both indexes count: toolbox entries and help requests (an
 * installation upgraded to ticket search has an empty ticket index, so it is built on first start).
 */
@ApplicationScoped
public class SearchIndex {
    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    /**
     * Changes whenever indexed fields or analyzers change (2: synonyms, unstemmed fields for typos,
     * highlightable texts, help requests), so that an index written by an older version is rebuilt.
     */
    static final String MAPPING_VERSION = "2";
    static final String MAPPING_MARKER = "passerelle-mapping-version";

    @PersistenceContext
    EntityManager em;

    public boolean isInStep() {
        SearchSession session = Search.session(em);
        long indexedEntries = session.search(ToolboxEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long storedEntries = em.createNamedQuery(ToolboxEntry.COUNT, Long.class).getSingleResult();
        long indexedTickets = session.search(Ticket.class).where(f -> f.matchAll()).fetchTotalHitCount();
        long storedTickets = em.createNamedQuery(Ticket.COUNT, Long.class).getSingleResult();
        return indexedEntries == storedEntries && indexedTickets == storedTickets;
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
        Path marker = Settings.fromEnvironment().searchIndexDir().resolve(MAPPING_MARKER);
        boolean sameMapping = MAPPING_VERSION.equals(readMarker(marker));
        if (!sameMapping) {
            LOG.info("search index was built by another version of the mapping: rebuilding it");
            rebuild();
        } else if (!isInStep()) {
            LOG.info("search index does not match the database: rebuilding it");
            rebuild();
        }
        if (!sameMapping) {
            try {
                Files.writeString(marker, MAPPING_VERSION);
            } catch (IOException e) {
                LOG.warning(() -> "cannot write " + marker + ": " + e.getMessage());
            }
        }
    }

    private static String readMarker(Path marker) {
        try {
            return Files.isRegularFile(marker) ? Files.readString(marker).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
