package org.passerelle.search.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** Hands out {@link WordMarker}s over the index's French analysis, built once (an analyzer is thread-safe). */
@ApplicationScoped
public class WordMarks {
    private final Analyzer french = Analyzers.frenchChain();

    WordMarker of(QueryText query, List<String> alternatives) {
        return new WordMarker(french, query, alternatives);
    }
}
