package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;

/** The steps of {@link IndexReconciliation}, each in its own transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IndexReconciliationBatch {
    private static final int SCROLL = 1000;

    @PersistenceContext
    EntityManager em;

    /** The ids of this type that do not have exactly one document in the index. */
    public List<Long> mismatched(Class<?> type) {
        long[] stored = em.createQuery("select e.id from " + entityName(type) + " e", Long.class).getResultStream()
                .mapToLong(Long::longValue).toArray();
        Arrays.sort(stored);
        return IndexReconciliation.mismatched(indexedIds(type), stored);
    }

    /** Indexes these rows again, replacing all their documents; drops the documents of rows that are gone. */
    public void reindex(Class<?> type, List<Long> ids) {
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Set<Object> gone = new HashSet<>(ids);
        for (Object entity : em.createQuery("select e from " + entityName(type) + " e where e.id in :ids", type)
                .setParameter("ids", ids).getResultList()) {
            plan.addOrUpdate(entity);
            gone.remove(util.getIdentifier(entity));
        }
        gone.forEach(id -> plan.purge(type, id, null));
    }

    private long[] indexedIds(Class<?> type) {
        SearchSession session = Search.session(em);
        LongStream.Builder ids = LongStream.builder();
        try (SearchScroll<Long> scroll = session.search(type).select(f -> f.id(Long.class)).where(f -> f.matchAll())
                .scroll(SCROLL)) {
            for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                chunk.hits().forEach(ids::add);
            }
        }
        long[] sorted = ids.build().toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private String entityName(Class<?> type) {
        return em.getMetamodel().entity(type).getName();
    }
}
