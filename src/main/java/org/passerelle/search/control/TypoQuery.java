package org.passerelle.search.control;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * A Lucene query for the terms of one field within a few typos of a word, from an automaton that
 * was built once ({@link TypoMatch}). Lucene's own FuzzyQuery builds its Levenshtein automata again
 * for every field, every search and every highlighted document, which was most of a search's time
 * (docs/performance.md, search, fourth pass). Scored like FuzzyQuery (the 50 best terms, blended
 * frequencies), but every term within reach counts the same: the exact clause already ranks the
 * exact word first.
 * <p>
 * A word that many documents of the field hold as typed is taken as meant: its neighbours would
 * only add noise, and their long lists of documents made most of the cost of a search for a common
 * word (docs/performance.md, search, fifth pass).
 */
final class TypoQuery extends MultiTermQuery {
    static final int MAX_EXPANSIONS = 50;
    /** Documents of the field holding the word as typed from which it is known, not a typo. */
    static final int KNOWN_WORD_DOCS = 50;
    private final String word;
    private final int typos;
    private final CompiledAutomaton automaton;

    TypoQuery(String field, String word, int typos, CompiledAutomaton automaton) {
        super(field, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
        this.word = word;
        this.typos = typos;
        this.automaton = automaton;
    }

    /** The typo clause, or nothing once the index tells the word is known ({@link #KNOWN_WORD_DOCS}). */
    static Query unlessKnown(String field, String word, int typos, CompiledAutomaton automaton) {
        return new UnlessKnown(new TypoQuery(field, word, typos, automaton));
    }

    @Override
    protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws java.io.IOException {
        return automaton.getTermsEnum(terms);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(getField())) {
            automaton.visit(visitor, this, getField());
        }
    }

    @Override
    public String toString(String field) {
        return (Objects.equals(field, getField()) ? "" : getField() + ":") + word + "~" + typos;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypoQuery that && that.getField().equals(getField()) && that.word.equals(word)
                && that.typos == typos;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getField(), word, typos);
    }

    /** Decides at rewrite, where the whole index is known (MultiTermQuery's own rewrite is final). */
    private static final class UnlessKnown extends Query {
        private final TypoQuery typo;

        UnlessKnown(TypoQuery typo) {
            this.typo = typo;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            if (searcher.getIndexReader().docFreq(new Term(typo.getField(), typo.word)) >= KNOWN_WORD_DOCS) {
                return new MatchNoDocsQuery("known word: " + typo.word);
            }
            return typo;
        }

        @Override
        public void visit(QueryVisitor visitor) {
            typo.visit(visitor);
        }

        @Override
        public String toString(String field) {
            return typo.toString(field);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof UnlessKnown that && that.typo.equals(typo);
        }

        @Override
        public int hashCode() {
            return 31 * typo.hashCode() + 7;
        }
    }
}
