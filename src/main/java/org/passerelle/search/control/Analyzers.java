package org.passerelle.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the search index, defined once by name. French forgives accents, elisions
 * ("l'animation") and plurals; English serves English words and queries; French plain keeps whole
 * words for typo-tolerant (fuzzy) matching.
 */
public class Analyzers implements LuceneAnalysisConfigurer {
    public static final String FRENCH = "french";
    public static final String ENGLISH = "english";
    public static final String SORT = "sort";
    /**
     * French without stemming: typos are forgiven on whole words ("mobilisaton" is one letter away
     * from "mobilisation", but far from its stem "mobil").
     */
    public static final String FRENCH_PLAIN = "french_plain";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(FRENCH).custom()
                .tokenizer("standard")
                // default articles: l', d', qu', j', m', t', s', n', c', jusqu'...
                .tokenFilter("elision").param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.analyzer(FRENCH_PLAIN).custom()
                .tokenizer("standard")
                .tokenFilter("elision").param("ignoreCase", "true")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        context.normalizer(SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }

    /**
     * The {@link #FRENCH} chain as a plain Lucene analyzer (same factories, same parameters), for
     * marking the matched words of the hits shown ({@link WordMarker}) on any backend.
     */
    static Analyzer frenchChain() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("elision", "ignoreCase", "true")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("asciiFolding")
                    .addTokenFilter("frenchLightStem")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
