package org.nianbao.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The official layout of one table: rows of cells with their merges, on a grid of {@link #columns} columns. */
public final class TableLayout {
    public final TableId table;
    public final int columns;
    /** Rows above the first value row (table 三: 3; table 四: 3; table 二: 0, its blocks carry their own headers). */
    public final int headerRows;
    public final List<List<LayoutCell>> rows;

    TableLayout(TableId table, int columns, int headerRows, List<List<LayoutCell>> rows) {
        this.table = table;
        this.columns = columns;
        this.headerRows = headerRows;
        List<List<LayoutCell>> copy = new ArrayList<>();
        for (List<LayoutCell> r : rows) copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        this.rows = Collections.unmodifiableList(copy);
    }

    /**
     * Grid column of each cell of each row, taking earlier rows' rowspans into account
     * ({@code [row][cellIndex]}).
     */
    public int[][] gridColumns() {
        int[][] result = new int[rows.size()][];
        int[] busyUntilRow = new int[columns]; // row index up to which a grid column is covered by a rowspan
        for (int r = 0; r < rows.size(); r++) {
            List<LayoutCell> row = rows.get(r);
            result[r] = new int[row.size()];
            int col = 0;
            for (int i = 0; i < row.size(); i++) {
                while (col < columns && busyUntilRow[col] > r) col++;
                result[r][i] = col;
                LayoutCell cell = row.get(i);
                for (int c = col; c < col + cell.colspan && c < columns; c++) busyUntilRow[c] = r + cell.rowspan;
                col += cell.colspan;
            }
        }
        return result;
    }
}
