package org.nianbao.uno.insert;

import org.nianbao.uno.doc.CellNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.TableLayout;

/**
 * How to build one official table in Writer from its {@link TableLayout}, without touching Writer:
 * the texts of the unmerged grid (written in one call), the merges in an order that keeps the cell
 * names of the merges still to do valid, and rectangles of label and value cells for formatting.
 */
public final class TablePlan {
    public final int rows;
    public final int columns;
    /** Text of each grid position before merging: labels at the top-left of their span, "" elsewhere. */
    public final String[][] texts;
    /** Ranges to merge, e.g. "A1:C3", in the order to merge them. */
    public final List<String> merges;
    /**
     * Value cells (spans included) as one range per row of the unmerged grid: Writer selects a cell range
     * in the view as running text (B3:D4 would take A4 along), so a range to select spans one row.
     */
    public final List<String> valueRanges;
    /** Label cells in rows that hold values (row labels): left-aligned like the template. */
    public final List<String> rowLabelRanges;
    /**
     * Rows to keep on one page, {first, last} (0-based, inclusive): the rows of a label merged down the first
     * column below the header (table 三's “三、本年度办理结果”), which a page break would cut in two.
     */
    public final List<int[]> keptTogether;

    public TablePlan(TableLayout layout) {
        rows = layout.rows.size();
        columns = layout.columns;
        texts = new String[rows][columns];
        for (String[] r : texts) java.util.Arrays.fill(r, "");
        boolean[][] value = new boolean[rows][columns];
        boolean[][] rowLabel = new boolean[rows][columns];
        int[][] gridColumns = layout.gridColumns();
        List<int[]> spans = new ArrayList<>(); // {row, column, rowspan, colspan}
        for (int r = 0; r < rows; r++) {
            List<LayoutCell> cells = layout.rows.get(r);
            boolean rowHasValues = cells.stream().anyMatch(LayoutCell::isValue);
            for (int i = 0; i < cells.size(); i++) {
                LayoutCell cell = cells.get(i);
                int c = gridColumns[r][i];
                if (!cell.isValue()) texts[r][c] = cell.text;
                for (int rr = r; rr < r + cell.rowspan && rr < rows; rr++) {
                    for (int cc = c; cc < c + cell.colspan && cc < columns; cc++) {
                        if (cell.isValue()) value[rr][cc] = true;
                        else if (rowHasValues) rowLabel[rr][cc] = true;
                    }
                }
                if (cell.colspan > 1 || cell.rowspan > 1) spans.add(new int[] {r, c, cell.rowspan, cell.colspan});
            }
        }
        // Merging rewrites the names of the boxes to the right of a merge in the rows it covers, and nothing
        // to its left: merging from the rightmost start column to the leftmost keeps every pending name valid.
        spans.sort(Comparator.comparingInt((int[] s) -> -s[1]).thenComparingInt(s -> s[0]));
        List<String> m = new ArrayList<>();
        for (int[] s : spans) m.add(CellNames.range(s[1], s[0], s[1] + s[3] - 1, s[0] + s[2] - 1));
        merges = List.copyOf(m);
        List<int[]> kept = new ArrayList<>();
        for (int[] s : spans) if (s[1] == 0 && s[2] > 1 && s[0] >= layout.headerRows) kept.add(new int[] {s[0], s[0] + s[2] - 1});
        kept.sort(Comparator.comparingInt((int[] k) -> k[0]));
        keptTogether = List.copyOf(kept);
        valueRanges = List.copyOf(rowRuns(value));
        rowLabelRanges = List.copyOf(rectangles(rowLabel));
    }

    /**
     * The true cells of a mask as few rectangles: the runs of each row, with a run joined to the same run
     * of the rows below.
     */
    static List<String> rectangles(boolean[][] mask) {
        List<String> out = new ArrayList<>();
        int rows = mask.length;
        boolean[][] done = new boolean[rows][];
        for (int r = 0; r < rows; r++) done[r] = new boolean[mask[r].length];
        for (int r = 0; r < rows; r++) {
            int c = 0;
            while (c < mask[r].length) {
                if (!mask[r][c] || done[r][c]) {
                    c++;
                    continue;
                }
                int c1 = c;
                while (c1 + 1 < mask[r].length && mask[r][c1 + 1]) c1++;
                int r1 = r;
                while (r1 + 1 < rows && sameRun(mask[r1 + 1], c, c1)) r1++;
                for (int rr = r; rr <= r1; rr++) for (int cc = c; cc <= c1; cc++) done[rr][cc] = true;
                out.add(CellNames.range(c, r, c1, r1));
                c = c1 + 1;
            }
        }
        return out;
    }

    /** The runs of true cells of each row, as ranges "B3:D3". */
    static List<String> rowRuns(boolean[][] mask) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < mask.length; r++) {
            int c = 0;
            while (c < mask[r].length) {
                if (!mask[r][c]) {
                    c++;
                    continue;
                }
                int c1 = c;
                while (c1 + 1 < mask[r].length && mask[r][c1 + 1]) c1++;
                out.add(CellNames.range(c, r, c1, r));
                c = c1 + 1;
            }
        }
        return out;
    }

    /** True when the row's run from c0 to c1 is exactly [c0, c1] (bounded by false or the edge). */
    private static boolean sameRun(boolean[] row, int c0, int c1) {
        for (int c = c0; c <= c1; c++) if (!row[c]) return false;
        boolean leftEdge = c0 == 0 || !row[c0 - 1];
        boolean rightEdge = c1 == row.length - 1 || !row[c1 + 1];
        return leftEdge && rightEdge;
    }
}
