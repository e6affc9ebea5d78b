package org.nianbao.odf;

import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.Budget;
import org.nianbao.read.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;

/**
 * Assembles one table:table into a {@link Grid}. Cell ids are "gridRow,gridColumn": covered cells
 * and repeats advance the position, so ids stay true to the ODF grid even where repeated rows or
 * columns are not materialised. Empty repeated cells at the end of a row and empty repeated rows at
 * the end of a table (spreadsheet padding) are dropped; other repeats are capped by {@link ReadLimits}.
 */
final class TableBuilder {
    final String name;
    /** Tables nested anywhere inside this (top-level) table, in the order they start. */
    final List<TableBuilder> nested = new ArrayList<>();
    private final Budget budget;
    private final List<List<GridCell>> rows = new ArrayList<>();
    private final List<RowBuilder> pendingEmptyRows = new ArrayList<>();
    private long gridRow;
    RowBuilder row;

    TableBuilder(String name, Budget budget) {
        this.name = name;
        this.budget = budget;
    }

    RowBuilder startRow(int repeat) {
        row = new RowBuilder(repeat, budget.limits.maxColumns);
        return row;
    }

    void endRow() throws UnreadableDocumentException {
        RowBuilder r = row;
        row = null;
        if (r == null) return;
        r.end();
        if (r.repeat > 1 && r.isEmpty()) {
            pendingEmptyRows.add(r);
            return;
        }
        flushPendingRows();
        materialise(r);
    }

    private void flushPendingRows() throws UnreadableDocumentException {
        for (RowBuilder r : pendingEmptyRows) materialise(r);
        pendingEmptyRows.clear();
    }

    private void materialise(RowBuilder r) throws UnreadableDocumentException {
        int copies = Math.min(r.repeat, budget.limits.maxRowRepeat);
        for (int k = 0; k < copies; k++) {
            budget.cells(1 + r.cells.size());
            List<GridCell> out = new ArrayList<>(r.cells.size());
            long rowIndex = gridRow + k;
            for (RowBuilder.Cell c : r.cells) {
                out.add(new GridCell(c.text, rowIndex + "," + c.column, c.colspan, c.rowspan, c.content));
            }
            rows.add(out);
        }
        gridRow += r.repeat;
    }

    /** The texts of the cells read so far, one per line, cut at {@code max} characters. */
    String text(int max) {
        StringBuilder b = new StringBuilder();
        for (List<GridCell> r : rows) {
            for (GridCell c : r) {
                if (b.length() > 0) b.append('\n');
                b.append(c.text, 0, Math.min(c.text.length(), max - Math.min(max, b.length())));
                if (b.length() >= max) return b.toString();
            }
        }
        return b.toString();
    }

    private Grid built;

    /** The grid (built once: cells holding this table refer to the same object); empty repeated rows still pending at the end are dropped. */
    Grid grid() {
        if (built == null) {
            pendingEmptyRows.clear();
            built = new Grid(name, rows);
        }
        return built;
    }

    /** One table:table-row being read. */
    static final class RowBuilder {
        final int repeat;
        private final int maxColumns;
        final List<Cell> cells = new ArrayList<>();
        private long column;
        private Cell pendingEmpty;
        private int pendingRepeat;

        RowBuilder(int repeat, int maxColumns) {
            this.repeat = repeat;
            this.maxColumns = maxColumns;
        }

        void cell(String text, int colspan, int rowspan, int repeatColumns, List<org.nianbao.core.doc.Block> content) {
            if (repeatColumns > 1 && text.isEmpty()) {
                flush();
                pendingEmpty = new Cell(text, -1, colspan, rowspan, null);
                pendingRepeat = repeatColumns;
                return;
            }
            flush();
            place(text, colspan, rowspan, repeatColumns, repeatColumns == 1 ? content : null);
        }

        void covered(int repeatColumns) {
            flush();
            column += repeatColumns;
        }

        void end() {
            pendingEmpty = null; // trailing empty repeated cells: padding
        }

        boolean isEmpty() {
            for (Cell c : cells) if (!c.text.isEmpty()) return false;
            return true;
        }

        private void flush() {
            if (pendingEmpty == null) return;
            Cell p = pendingEmpty;
            pendingEmpty = null;
            place(p.text, p.colspan, p.rowspan, pendingRepeat, null);
        }

        private void place(String text, int colspan, int rowspan, int times, List<org.nianbao.core.doc.Block> content) {
            for (int i = 0; i < times; i++) {
                if (column >= maxColumns) {
                    column += times - i;
                    return;
                }
                cells.add(new Cell(text, column++, colspan, rowspan, content));
            }
        }

        static final class Cell {
            final String text;
            final long column;
            final int colspan;
            final int rowspan;
            final List<org.nianbao.core.doc.Block> content;

            Cell(String text, long column, int colspan, int rowspan, List<org.nianbao.core.doc.Block> content) {
                this.text = text;
                this.column = column;
                this.colspan = colspan;
                this.rowspan = rowspan;
                this.content = content;
            }
        }
    }
}
