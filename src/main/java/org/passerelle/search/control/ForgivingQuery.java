package org.passerelle.search.control;

import java.util.List;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * The full-text predicate shared by every search: exact words (after analysis: accents, elisions,
 * plurals) weigh most, then the synonyms of the query, then each long word with typos forgiven
 * (one typo from 5 letters, two from 8; the first letter as typed, {@link TypoMatch}). Any clause
 * may match; the best-matching entries come first. Field boosts say where a word counts most (a
 * title more than a body).
 */
public final class ForgivingQuery {
    static final float EXACT_BOOST = 3f;
    static final float ENGLISH_BOOST = 1.5f;
    static final float SYNONYM_BOOST = 2f;
    static final float FUZZY_BOOST = 0.7f;
    static final float PHRASE_BOOST = 2f;

    /** An index field and how much a match there counts. */
    public record Field(String path, float boost) {
    }

    /**
     * @param french  fields analysed in French: exact and synonym clauses
     * @param english fields analysed in English: exact clause only (may be empty)
     * @param plain   fields analysed without stemming ({@link Analyzers#FRENCH_PLAIN}): typo clauses
     */
    public record Fields(List<Field> french, List<Field> english, List<Field> plain) {
    }

    private ForgivingQuery() {
    }

    public static SearchPredicate of(SearchPredicateFactory f, QueryText query, List<String> synonyms,
                                     Fields fields, TypoMatch typo) {
        String keywords = String.join(" ", query.keywords());
        BooleanPredicateClausesStep<?> any = f.bool();
        any.should(match(f, fields.french(), keywords).boost(EXACT_BOOST));
        if (!fields.english().isEmpty()) {
            any.should(match(f, fields.english(), keywords).boost(ENGLISH_BOOST));
        }
        if (query.keywords().size() >= 2) {
            // the words together, in this order, weigh more than the same words scattered
            any.should(phrase(f, fields.french(), query.text()).slop(2).boost(PHRASE_BOOST));
        }
        for (String synonym : synonyms) {
            QueryText alternative = QueryText.of(synonym);
            if (alternative.isEmpty()) {
                continue;
            }
            if (alternative.words().size() == 1) {
                any.should(match(f, fields.french(), alternative.text()).boost(SYNONYM_BOOST));
            } else {
                any.should(phrase(f, fields.french(), alternative.text()).slop(1).boost(SYNONYM_BOOST));
            }
        }
        for (String word : query.keywords()) {
            int typos = QueryText.typosAllowed(word);
            if (typos > 0 && !fields.plain().isEmpty()) {
                any.should(typo.of(f, fields.plain(), word, typos, FUZZY_BOOST));
            }
        }
        return any.toPredicate();
    }

    private static org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep<?> match(
            SearchPredicateFactory f, List<Field> fields, String text) {
        MatchPredicateFieldMoreStep<?, ?> step = null;
        for (Field field : fields) {
            step = (step == null ? f.match().field(field.path()) : step.field(field.path())).boost(field.boost());
        }
        if (step == null) {
            throw new IllegalArgumentException("no field to search");
        }
        return step.matching(text);
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateOptionsStep<?> phrase(
            SearchPredicateFactory f, List<Field> fields, String text) {
        PhrasePredicateFieldMoreStep<?, ?> step = null;
        for (Field field : fields) {
            step = (step == null ? f.phrase().field(field.path()) : step.field(field.path())).boost(field.boost());
        }
        if (step == null) {
            throw new IllegalArgumentException("no field to search");
        }
        return step.matching(text);
    }
}
