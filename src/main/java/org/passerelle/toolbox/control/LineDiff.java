package org.passerelle.toolbox.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-based diff for showing two revisions side by side: the longest common subsequence of
 * lines, then removed lines paired with the added lines that replace them. Texts with very long
 * differing middles (beyond {@link #MAX_CELLS} comparisons) are shown as one replaced block
 * rather than using unbounded memory.
 */
public final class LineDiff {
    static final long MAX_CELLS = 4_000_000L;

    public enum Change { SAME, CHANGED, REMOVED, ADDED }

    /**
     * One row of the side-by-side view; a side without a line has number 0 and null text.
     */
    public record Row(Change change, int leftNumber, String left, int rightNumber, String right) {
        public boolean isSame() {
            return change == Change.SAME;
        }
    }

    private LineDiff() {
    }

    public static List<Row> compare(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            rows.add(new Row(Change.SAME, i + 1, a.get(i), i + 1, b.get(i)));
        }
        middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix), prefix, prefix, rows);
        for (int k = suffix; k > 0; k--) {
            int i = a.size() - k;
            int j = b.size() - k;
            rows.add(new Row(Change.SAME, i + 1, a.get(i), j + 1, b.get(j)));
        }
        return rows;
    }

    /** True when the two texts have the same lines. */
    public static boolean same(String before, String after) {
        return lines(before).equals(lines(after));
    }

    private static void middle(List<String> a, List<String> b, int aOffset, int bOffset, List<Row> rows) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            pair(a, 0, n, b, 0, m, aOffset, bOffset, rows);
            return;
        }
        // lcs[i][j] = length of the LCS of a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int removedFrom = 0;
        int addedFrom = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                pair(a, removedFrom, i, b, addedFrom, j, aOffset, bOffset, rows);
                rows.add(new Row(Change.SAME, aOffset + i + 1, a.get(i), bOffset + j + 1, b.get(j)));
                i++;
                j++;
                removedFrom = i;
                addedFrom = j;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        pair(a, removedFrom, n, b, addedFrom, m, aOffset, bOffset, rows);
    }

    /** Lines a[aFrom..aTo) were replaced by b[bFrom..bTo): side by side, then what is left over. */
    private static void pair(List<String> a, int aFrom, int aTo, List<String> b, int bFrom, int bTo,
                             int aOffset, int bOffset, List<Row> rows) {
        int paired = Math.min(aTo - aFrom, bTo - bFrom);
        for (int k = 0; k < paired; k++) {
            rows.add(new Row(Change.CHANGED, aOffset + aFrom + k + 1, a.get(aFrom + k),
                    bOffset + bFrom + k + 1, b.get(bFrom + k)));
        }
        for (int k = aFrom + paired; k < aTo; k++) {
            rows.add(new Row(Change.REMOVED, aOffset + k + 1, a.get(k), 0, null));
        }
        for (int k = bFrom + paired; k < bTo; k++) {
            rows.add(new Row(Change.ADDED, 0, null, bOffset + k + 1, b.get(k)));
        }
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }
}
