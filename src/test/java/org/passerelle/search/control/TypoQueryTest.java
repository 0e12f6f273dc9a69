package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class TypoQueryTest {

    @Test
    void aRareWordFindsItsNeighbours() throws IOException {
        try (Directory index = index("sondage", 3, "sondages", 1)) {
            // "sondages" is held by one document: its neighbour "sondage" is found too
            assertEquals(4, hits(index, "sondages"));
        }
    }

    @Test
    void aWordManyDocumentsHoldAsTypedIsNotATypo() throws IOException {
        try (Directory index = index("sondage", 3, "sondages", TypoQuery.KNOWN_WORD_DOCS)) {
            assertEquals(0, hits(index, "sondages"));
            // the other way round, the rare word still reaches the known one
            assertEquals(TypoQuery.KNOWN_WORD_DOCS + 3, hits(index, "sondage"));
        }
    }

    @Test
    void justBelowTheThresholdTyposStillCount() throws IOException {
        try (Directory index = index("sondage", 3, "sondages", TypoQuery.KNOWN_WORD_DOCS - 1)) {
            assertEquals(TypoQuery.KNOWN_WORD_DOCS + 2, hits(index, "sondages"));
        }
    }

    private static int hits(Directory index, String word) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index)) {
            Query query = TypoQuery.unlessKnown("text", word, 1, FuzzyQuery.getFuzzyAutomaton(word, 1, 1, true));
            return new IndexSearcher(reader).count(query);
        }
    }

    private static Directory index(String first, int firstCount, String second, int secondCount) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < firstCount; i++) {
                writer.addDocument(document(first));
            }
            for (int i = 0; i < secondCount; i++) {
                writer.addDocument(document(second));
            }
        }
        return directory;
    }

    private static Document document(String text) {
        Document document = new Document();
        document.add(new TextField("text", text, Field.Store.NO));
        return document;
    }
}
