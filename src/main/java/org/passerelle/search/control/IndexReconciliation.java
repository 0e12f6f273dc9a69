package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * Puts the index back to one document per row after a rebuild. The mass indexer empties the index
 * and then only adds: a request or entry that a transaction changed meanwhile was indexed by that
 * transaction (delete by id, then add) and is added once more by the mass indexer, so it has two
 * documents; one deleted meanwhile may keep the document the mass indexer built before the
 * deletion. The timestamps do not catch every such write (a pool's or an organisation's change
 * reindexes requests without touching them, a review flag leaves an entry's date alone, a
 * deletion leaves no row), so the documents are compared with the rows themselves, by id, and
 * every id that differs is indexed again from the database (an update deletes every document with
 * that id), {@link #BATCH} at a time, each batch in its own transaction.
 */
@ApplicationScoped
public class IndexReconciliation {
    private static final Logger LOG = Logger.getLogger(IndexReconciliation.class.getName());
    static final int BATCH = 100;

    @Inject
    IndexReconciliationBatch batch;

    /** Re-indexes whatever the rebuild left out of step; returns how many rows were re-indexed. */
    public int afterRebuild() {
        long started = System.nanoTime();
        int entries = reconcile(ToolboxEntry.class);
        int tickets = reconcile(Ticket.class);
        LOG.info(() -> "search index checked after the rebuild: " + (entries + tickets) + " documents re-indexed ("
                + entries + " toolbox entries, " + tickets + " requests) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return entries + tickets;
    }

    private int reconcile(Class<?> type) {
        List<Long> ids = batch.mismatched(type);
        for (int from = 0; from < ids.size(); from += BATCH) {
            batch.reindex(type, ids.subList(from, Math.min(ids.size(), from + BATCH)));
        }
        return ids.size();
    }

    /**
     * The ids that do not have exactly one document: in the index more than once, or only in the
     * index, or only in the database. Both arrays are sorted.
     */
    static List<Long> mismatched(long[] indexed, long[] stored) {
        List<Long> ids = new ArrayList<>();
        int i = 0;
        int s = 0;
        while (i < indexed.length || s < stored.length) {
            long id = s == stored.length || i < indexed.length && indexed[i] < stored[s] ? indexed[i] : stored[s];
            int documents = 0;
            while (i < indexed.length && indexed[i] == id) {
                documents++;
                i++;
            }
            boolean inDatabase = s < stored.length && stored[s] == id;
            if (inDatabase) {
                s++;
            }
            if (documents != 1 || !inDatabase) {
                ids.add(id);
            }
        }
        return ids;
    }
}
