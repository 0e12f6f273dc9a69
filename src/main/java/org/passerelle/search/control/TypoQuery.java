package org.passerelle.search.control;

import java.util.Objects;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
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
 */
final class TypoQuery extends MultiTermQuery {
    static final int MAX_EXPANSIONS = 50;
    private final String word;
    private final int typos;
    private final CompiledAutomaton automaton;

    TypoQuery(String field, String word, int typos, CompiledAutomaton automaton) {
        super(field, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_EXPANSIONS));
        this.word = word;
        this.typos = typos;
        this.automaton = automaton;
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
}
