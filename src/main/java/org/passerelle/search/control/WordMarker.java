package org.passerelle.search.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks in the text of a hit the words its search matched: each keyword of the query and each
 * one-word synonym wherever its analysed form appears (accents, elisions and plurals forgiven, as
 * the index does), each several-word synonym where its words follow each other. The index's own
 * highlighter evaluated the whole query again for every hit and field, which was two thirds of the
 * CPU of a request search (docs/performance.md, search, fifth pass); this reads only the few texts
 * shown, and only up to a little past their first mark. Pure logic over an analyzer.
 */
final class WordMarker {
    /** Characters read past the first mark: the snippet shows about {@link Snippets#PLAIN_MAX} around it. */
    static final int READ_PAST_FIRST_MARK = Snippets.PLAIN_MAX + 100;
    /**
     * Characters kept before the first mark; more than {@link Snippets#around} keeps, so that it
     * still cuts there and says so ("… ").
     */
    static final int KEPT_BEFORE_FIRST_MARK = 100;

    private final Analyzer analyzer;
    private final Set<String> words = new HashSet<>();
    private final List<List<String>> phrases = new ArrayList<>();

    private record Token(String term, int start, int end) {
    }

    /** The tokens read, and up to where the text was read (its length when read to the end). */
    private record Read(List<Token> tokens, int end) {
    }

    WordMarker(Analyzer analyzer, QueryText query, List<String> alternatives) {
        this.analyzer = analyzer;
        query.keywords().forEach(keyword -> words.addAll(Analyzers.terms(analyzer, keyword)));
        for (String alternative : alternatives) {
            List<String> terms = Analyzers.terms(analyzer, alternative);
            if (terms.size() == 1) {
                words.addAll(terms);
            } else if (terms.size() > 1) {
                phrases.add(terms);
            }
        }
    }

    /**
     * The text, HTML-escaped, with every matched word in {@code <mark>}; null when nothing in it
     * matches. Only the part a snippet can show is returned: from a little before the first mark to
     * {@link #READ_PAST_FIRST_MARK} after it ({@link Snippets#around} cuts it again, at spaces).
     */
    String mark(String text) {
        if (text == null || text.isBlank() || (words.isEmpty() && phrases.isEmpty())) {
            return null;
        }
        Read read = tokensUpToFirstMarks(text);
        List<Token> tokens = read.tokens();
        boolean[] marked = new boolean[tokens.size()];
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (words.contains(tokens.get(i).term())) {
                marked[i] = true;
                any = true;
            }
            for (List<String> phrase : phrases) {
                if (startsAt(tokens, i, phrase)) {
                    for (int j = 0; j < phrase.size(); j++) {
                        marked[i + j] = true;
                    }
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        StringBuilder out = new StringBuilder(Snippets.PLAIN_MAX * 2);
        int written = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (marked[i]) {
                Token token = tokens.get(i);
                if (written < 0) {
                    written = token.start() > KEPT_BEFORE_FIRST_MARK ? token.start() - KEPT_BEFORE_FIRST_MARK : 0;
                }
                out.append(Snippets.escape(text.substring(written, token.start()))).append("<mark>")
                        .append(Snippets.escape(text.substring(token.start(), token.end()))).append("</mark>");
                written = token.end();
            }
        }
        return out.append(Snippets.escape(text.substring(written, Math.max(written, read.end())))).toString();
    }

    private static boolean startsAt(List<Token> tokens, int at, List<String> phrase) {
        if (at + phrase.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < phrase.size(); j++) {
            if (!tokens.get(at + j).term().equals(phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The text's tokens, up to {@link #READ_PAST_FIRST_MARK} characters past the first possible mark. */
    private Read tokensUpToFirstMarks(String text) {
        List<Token> tokens = new ArrayList<>();
        int stopAt = Integer.MAX_VALUE;
        int end = text.length();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (offset.startOffset() > stopAt) {
                    end = offset.startOffset();
                    break;
                }
                Token token = new Token(term.toString(), offset.startOffset(), offset.endOffset());
                tokens.add(token);
                if (stopAt == Integer.MAX_VALUE && mayStartAMark(token.term())) {
                    stopAt = token.start() + READ_PAST_FIRST_MARK;
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Read(tokens, end);
    }

    private boolean mayStartAMark(String term) {
        return words.contains(term) || phrases.stream().anyMatch(phrase -> phrase.get(0).equals(term));
    }
}
