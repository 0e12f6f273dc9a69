package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
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
     * highlightable texts, help requests; 3: term vectors with offsets on the highlighted texts, so
     * that highlighting reads them instead of analysing each hit again; 4: no term vectors, no
     * highlighter: the words are marked in the stored texts of the hits shown, {@link WordMarker}),
     * so that an index written by an older version is rebuilt.
     */
    static final String MAPPING_VERSION = "4";
    static final String MAPPING_MARKER = "passerelle-mapping-version";

    @PersistenceContext
    EntityManager em;
    @Inject
    IndexReconciliation reconciliation;

    /** How many toolbox entries and requests the database holds, and how many the index has. */
    public record Counts(long storedEntries, long indexedEntries, long storedTickets, long indexedTickets) {
        public boolean inStep() {
            return indexedEntries == storedEntries && indexedTickets == storedTickets;
        }
    }

    /**
     * In a transaction (the caller's or its own), so that both counts use one entity manager:
     * called outside any after other work in the same request, the container's entity manager
     * was found closed ("Session/EntityManager is closed", IndexReconciliationIT in a full run).
     */
    @Transactional
    public Counts counts() {
        SearchSession session = Search.session(em);
        return new Counts(em.createNamedQuery(ToolboxEntry.COUNT, Long.class).getSingleResult(),
                session.search(ToolboxEntry.class).where(f -> f.matchAll()).fetchTotalHitCount(),
                em.createNamedQuery(Ticket.COUNT, Long.class).getSingleResult(),
                session.search(Ticket.class).where(f -> f.matchAll()).fetchTotalHitCount());
    }


    /**
     * The mass indexer with the configured threads and batch size (PASSERELLE_SEARCH_INDEXING_*).
     * Toolbox entries and requests are loaded side by side: each has its own index writer, so the
     * backend's workers (one per core) analyse both at once instead of one type after the other.
     */
    static MassIndexer tuned(MassIndexer indexer) {
        Settings settings = Settings.fromEnvironment();
        return indexer.typesToIndexInParallel(2).threadsToLoadObjects(settings.searchIndexingThreads())
                .batchSizeToLoadObjects(settings.searchIndexingBatch());
    }

    public void rebuild() {
        long started = System.nanoTime();
        try {
            tuned(Search.session(em).massIndexer()).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index rebuild interrupted", e);
        }
        LOG.info(() -> "search index rebuilt in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        // a request the housekeeping timer moved while the mass indexer ran would keep two documents
        reconciliation.afterRebuild();
    }

    /**
     * After data was loaded without indexing (the demo data on an empty database): builds the
     * index from the database, whatever it held before, and marks it as of this mapping.
     */
    public void rebuildAfterLoad() {
        LOG.info("building the search index from the data just loaded");
        rebuild();
        writeMarker(Settings.fromEnvironment().searchIndexDir().resolve(MAPPING_MARKER));
    }

    public void rebuildIfOutOfStep() {
        Settings settings = Settings.fromEnvironment();
        Path marker = settings.searchIndexDir().resolve(MAPPING_MARKER);
        boolean sameMapping = MAPPING_VERSION.equals(readMarker(marker));
        if (settings.flag(Settings.SEARCH_REBUILD, false)) {
            LOG.info(() -> Settings.variableName(Settings.SEARCH_REBUILD) + " is set: rebuilding the search index");
            rebuild();
        } else if (!sameMapping) {
            LOG.info("search index was built by another version of the mapping: rebuilding it");
            rebuild();
        } else if (!counts().inStep()) {
            LOG.info("search index does not match the database: rebuilding it");
            rebuild();
        }
        if (!sameMapping) {
            writeMarker(marker);
        }
    }

    private static void writeMarker(Path marker) {
        try {
            Files.writeString(marker, MAPPING_VERSION);
        } catch (IOException e) {
            LOG.warning(() -> "cannot write " + marker + ": " + e.getMessage());
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
