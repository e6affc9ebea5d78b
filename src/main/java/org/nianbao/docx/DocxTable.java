package org.nianbao.docx;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.read.Budget;
import org.nianbao.read.UnreadableDocumentException;

/**
 * Assembles one w:tbl into a {@link Grid}. Columns are grid columns (w:gridBefore, w:gridSpan advance
 * them); a w:vMerge "continue" cell is folded into the rowspan of the cell that starts the merge above
 * it at the same grid column (one that has none above is kept as an ordinary cell, as Word shows it).
 * Cell ids are "row,gridColumn" like the ODF reader's; cells beyond {@code maxColumns} are dropped.
 */
final class DocxTable {
    static final int NONE = 0, RESTART = 1, CONTINUE = 2;

    /** Tables nested anywhere inside this (top-level) table, in the order they start. */
    final List<DocxTable> nested = new ArrayList<>();
    private final String name;
    private final Budget budget;
    private final List<List<Cell>> rows = new ArrayList<>();
    private List<Cell> row;
    private int column;

    DocxTable(String name, Budget budget) {
        this.name = name;
        this.budget = budget;
    }

    void startRow(int gridBefore) {
        row = new ArrayList<>();
        column = gridBefore;
    }

    void cell(String text, int gridSpan, int vMerge) {
        if (row == null) return;
        if (column < budget.limits.maxColumns) row.add(new Cell(text, column, gridSpan, vMerge));
        column = (int) Math.min(Integer.MAX_VALUE / 2, (long) column + gridSpan);
    }

    void endRow() throws UnreadableDocumentException {
        if (row == null) return;
        budget.cells(1 + row.size());
        rows.add(row);
        row = null;
    }

    /** The texts of the cells read so far, one per line, cut at {@code max} characters. */
    String text(int max) {
        StringBuilder b = new StringBuilder();
        for (List<Cell> r : rows) {
            for (Cell c : r) {
                if (b.length() > 0) b.append('\n');
                b.append(c.text, 0, Math.min(c.text.length(), max - Math.min(max, b.length())));
                if (b.length() >= max) return b.toString();
            }
        }
        return b.toString();
    }

    Grid grid() {
        int width = budget.limits.maxColumns;
        Cell[] open = new Cell[width];
        List<List<Cell>> kept = new ArrayList<>(rows.size());
        for (List<Cell> r : rows) {
            List<Cell> out = new ArrayList<>(r.size());
            for (Cell c : r) {
                Cell above = open[c.column];
                if (c.vMerge == CONTINUE && above != null && above.colspan == c.colspan) {
                    above.rowspan++;
                    continue;
                }
                Cell starts = c.vMerge == RESTART ? c : null;
                for (int k = c.column; k < Math.min(width, c.column + c.colspan); k++) open[k] = starts;
                out.add(c);
            }
            kept.add(out);
        }
        List<List<GridCell>> grid = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            List<GridCell> out = new ArrayList<>(kept.get(i).size());
            for (Cell c : kept.get(i)) out.add(new GridCell(c.text, i + "," + c.column, c.colspan, c.rowspan));
            grid.add(out);
        }
        return new Grid(name, grid);
    }

    private static final class Cell {
        final String text;
        final int column;
        final int colspan;
        final int vMerge;
        int rowspan = 1;

        Cell(String text, int column, int colspan, int vMerge) {
            this.text = text;
            this.column = column;
            this.colspan = colspan;
            this.vMerge = vMerge;
        }
    }
}
