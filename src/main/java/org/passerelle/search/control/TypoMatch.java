package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;

/**
 * The typo clause of a search: one word, a few letters off, in the unstemmed fields. On the Lucene
 * backend the word's Levenshtein automaton is built once and kept ({@link TypoQuery}); another
 * backend gets the standard fuzzy match, which it optimises itself.
 */
@ApplicationScoped
public class TypoMatch {
    /**
     * Letters at the start of a word taken as typed: typos rarely hit the first letter, and a fixed
     * first letter spares the term dictionary most of its blocks (Lucene's advice for fuzzy queries).
     */
    static final int EXACT_PREFIX = 1;
    /** Automata kept at most (an automaton for two typos of a long word is tens of kilobytes). */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    @PersistenceUnit
    EntityManagerFactory emf;

    private record Key(String word, int typos) {
    }

    private final ConcurrentHashMap<Key, CompiledAutomaton> automata = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private volatile Analyzer plain;

    SearchPredicate of(SearchPredicateFactory f, List<ForgivingQuery.Field> fields, String word, int typos,
                       float boost) {
        return f.extension().ifSupported(LuceneExtension.get(), lucene -> lucene.fromLuceneQuery(
                new BoostQuery(query(fields, word, typos), boost)))
                .orElse(other -> standard(other, fields, word, typos, boost)).toPredicate();
    }

    private static PredicateFinalStep standard(SearchPredicateFactory f, List<ForgivingQuery.Field> fields, String word,
                                            int typos, float boost) {
        MatchPredicateFieldMoreStep<?, ?> step = null;
        for (ForgivingQuery.Field field : fields) {
            step = (step == null ? f.match().field(field.path()) : step.field(field.path())).boost(field.boost());
        }
        if (step == null) {
            throw new IllegalArgumentException("no field to search");
        }
        return step.matching(word).fuzzy(typos, EXACT_PREFIX).boost(boost);
    }

    /** Any of the fields, each with its boost, for each token the word analyses into (usually one). */
    Query query(List<ForgivingQuery.Field> fields, String word, int typos) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String token : tokens(word)) {
            CompiledAutomaton automaton = automaton(token, typos);
            for (ForgivingQuery.Field field : fields) {
                any.add(new BoostQuery(TypoQuery.unlessKnown(field.path(), token, typos, automaton), field.boost()),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    private CompiledAutomaton automaton(String token, int typos) {
        Key key = new Key(token, typos);
        CompiledAutomaton known = automata.get(key);
        if (known != null) {
            return known;
        }
        CompiledAutomaton built = FuzzyQuery.getFuzzyAutomaton(token, typos, EXACT_PREFIX, true);
        if (bytes.addAndGet(built.ramBytesUsed()) > MAX_BYTES) {
            // a crude bound: start again rather than track ages; the common words come back at once
            automata.clear();
            bytes.set(built.ramBytesUsed());
        }
        automata.put(key, built);
        return built;
    }

    /** The word as the unstemmed fields index it: elision, lower case, accents folded. */
    private List<String> tokens(String word) {
        return Analyzers.terms(plainAnalyzer(), word);
    }

    private Analyzer plainAnalyzer() {
        Analyzer known = plain;
        if (known == null) {
            known = Search.mapping(emf).backend().unwrap(LuceneBackend.class).analyzer(Analyzers.FRENCH_PLAIN)
                    .orElseThrow(() -> new IllegalStateException("analyzer " + Analyzers.FRENCH_PLAIN + " missing"));
            plain = known;
        }
        return known;
    }
}
