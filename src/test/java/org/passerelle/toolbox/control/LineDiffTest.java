package org.passerelle.toolbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.toolbox.control.LineDiff.Change;
import org.passerelle.toolbox.control.LineDiff.Row;

class LineDiffTest {

    /** One letter per row: = same, ~ changed, - removed, + added. */
    private static String shape(List<Row> rows) {
        return rows.stream().map(r -> switch (r.change()) {
            case SAME -> "=";
            case CHANGED -> "~";
            case REMOVED -> "-";
            case ADDED -> "+";
        }).collect(Collectors.joining());
    }

    @Test
    void identicalTextsAreAllSame() {
        List<Row> rows = LineDiff.compare("a\nb\nc", "a\nb\nc");
        assertEquals("===", shape(rows));
        assertEquals(3, rows.get(2).leftNumber());
        assertTrue(LineDiff.same("a\r\nb", "a\nb"));
    }

    @Test
    void anInsertedLineIsAddedOnTheRightOnly() {
        List<Row> rows = LineDiff.compare("a\nb\nc", "a\nb\nnew\nc");
        assertEquals("==+=", shape(rows));
        Row added = rows.get(2);
        assertEquals(0, added.leftNumber());
        assertEquals(3, added.rightNumber());
        assertEquals("new", added.right());
        assertEquals(3, rows.get(3).leftNumber());
        assertEquals(4, rows.get(3).rightNumber());
    }

    @Test
    void aDeletedLineIsRemovedOnTheLeftOnly() {
        assertEquals("=-=", shape(LineDiff.compare("a\nb\nc", "a\nc")));
    }

    @Test
    void aReplacedLineIsShownSideBySide() {
        List<Row> rows = LineDiff.compare("titre\nZoom est payant\nfin", "titre\nJitsi est gratuit\nfin");
        assertEquals("=~=", shape(rows));
        assertEquals("Zoom est payant", rows.get(1).left());
        assertEquals("Jitsi est gratuit", rows.get(1).right());
    }

    @Test
    void changesInTheMiddleKeepTheCommonLines() {
        // LCS of abcabba / cbabac is 4 long (e.g. b a b a / c a b a): 4 lines stay the same
        List<Row> rows = LineDiff.compare(String.join("\n", List.of("a", "b", "c", "a", "b", "b", "a")),
                String.join("\n", List.of("c", "b", "a", "b", "a", "c")));
        assertEquals(4, rows.stream().filter(Row::isSame).count(), shape(rows));
        // every line of both sides appears once, in order
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), rows.stream().filter(r -> r.leftNumber() > 0)
                .map(Row::leftNumber).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), rows.stream().filter(r -> r.rightNumber() > 0)
                .map(Row::rightNumber).toList());
    }

    @Test
    void emptyAndNullTexts() {
        assertEquals("", shape(LineDiff.compare(null, "")));
        assertEquals("++", shape(LineDiff.compare(null, "a\nb")));
        assertEquals("-", shape(LineDiff.compare("a", null)));
        assertFalse(LineDiff.same("a", "b"));
    }

    @Test
    void hugeDifferencesFallBackToOneReplacedBlock() {
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            left.append("gauche ").append(i).append('\n');
            right.append("droite ").append(i).append('\n');
        }
        List<Row> rows = LineDiff.compare("même\n" + left, "même\n" + right);
        assertEquals(Change.SAME, rows.get(0).change());
        assertTrue(rows.stream().skip(1).limit(2500).allMatch(r -> r.change() == Change.CHANGED));
    }
}
