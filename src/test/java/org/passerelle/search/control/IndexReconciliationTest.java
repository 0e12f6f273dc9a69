package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexReconciliationTest {

    @Test
    void oneDocumentPerRowIsInStep() {
        assertEquals(List.of(), IndexReconciliation.mismatched(new long[] {1, 2, 5}, new long[] {1, 2, 5}));
        assertEquals(List.of(), IndexReconciliation.mismatched(new long[0], new long[0]));
    }

    @Test
    void rowsIndexedTwiceAreFound() {
        assertEquals(List.of(2L, 5L), IndexReconciliation.mismatched(new long[] {1, 2, 2, 5, 5, 5}, new long[] {1, 2, 5}));
    }

    @Test
    void documentsWithoutRowsAndRowsWithoutDocumentsAreFound() {
        assertEquals(List.of(1L, 3L, 4L, 9L),
                IndexReconciliation.mismatched(new long[] {2, 3, 3, 4, 6}, new long[] {1, 2, 6, 9}));
        assertEquals(List.of(7L, 8L), IndexReconciliation.mismatched(new long[] {7, 8, 8}, new long[0]));
        assertEquals(List.of(7L, 8L), IndexReconciliation.mismatched(new long[0], new long[] {7, 8}));
    }
}
