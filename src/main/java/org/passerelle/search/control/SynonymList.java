package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.passerelle.search.entity.SynonymGroup;

/**
 * The synonym list as it stands in the database, read again after {@link #KEPT} at most: reading
 * it at every search was a query per search for a list that changes a few times a year. A save
 * on this server forgets it at once ({@link SynonymEditor}); another server behind the same
 * database sees the change within {@link #KEPT}.
 */
@ApplicationScoped
public class SynonymList {
    static final Duration KEPT = Duration.ofSeconds(10);

    private record Read(Synonyms synonyms, Instant at) {
    }

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    private final AtomicReference<Read> last = new AtomicReference<>();

    public Synonyms current() {
        Instant now = clock.instant();
        Read read = last.get();
        if (read == null || !now.isBefore(read.at().plus(KEPT))) {
            read = new Read(Synonyms.parse(em.createNamedQuery(SynonymGroup.ALL_TERMS, String.class).getResultList()),
                    now);
            last.set(read);
        }
        return read.synonyms();
    }

    /** The next search reads the list again. */
    void forget() {
        last.set(null);
    }
}
