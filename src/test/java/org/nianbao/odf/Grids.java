package org.nianbao.odf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;

/** Test helpers: compact text forms of grids and documents, lookups by cell id. */
final class Grids {
    private Grids() {
    }

    /** One line per row: cells as id:text, spans as {@code [c2 r3]} when not 1. */
    static String dump(Grid g) {
        StringBuilder sb = new StringBuilder();
        for (List<GridCell> row : g.rows) {
            sb.append(row.stream().map(Grids::cell).collect(Collectors.joining(" | "))).append('\n');
        }
        return sb.toString();
    }

    static String cell(GridCell c) {
        String spans = c.colspan == 1 && c.rowspan == 1 ? "" : " [c" + c.colspan + " r" + c.rowspan + "]";
        return c.id + ":" + c.text.replace("\n", "\\n") + spans;
    }

    static GridCell byId(Grid g, String id) {
        for (List<GridCell> row : g.rows) for (GridCell c : row) if (c.id.equals(id)) return c;
        return null;
    }

    static List<Grid> tables(DocumentContent d) {
        List<Grid> out = new ArrayList<>();
        for (Block b : d.blocks) if (b.isTable()) out.add(b.table);
        return out;
    }

    static List<Block> paragraphs(DocumentContent d) {
        List<Block> out = new ArrayList<>();
        for (Block b : d.blocks) if (!b.isTable()) out.add(b);
        return out;
    }

    static Grid table(DocumentContent d, String name) {
        for (Grid g : tables(d)) if (g.name.equals(name)) return g;
        throw new AssertionError("no table " + name);
    }

    /** Cell id ("row,gridColumn") of each value key of a layout, as the reader names cells of a table written from it. */
    static java.util.Map<String, String> valueIds(org.nianbao.core.schema.TableLayout layout) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        int[][] cols = layout.gridColumns();
        for (int r = 0; r < layout.rows.size(); r++) {
            for (int i = 0; i < layout.rows.get(r).size(); i++) {
                org.nianbao.core.schema.LayoutCell c = layout.rows.get(r).get(i);
                if (c.isValue()) out.put(c.key, r + "," + cols[r][i]);
            }
        }
        return out;
    }

    /** Asserts the grid has exactly the layout's cells: same ids, spans and texts (value cells: {@code valueText}). */
    static void assertMatchesLayout(Grid g, org.nianbao.core.schema.TableLayout layout,
                                    java.util.function.Function<String, String> valueText) {
        assertMatchesRows(g, SampleReportFixture.relabel(layout.rows, t -> t, valueText), layout.columns);
    }

    /** Asserts the grid has exactly these cells (as written by {@link OdfComposer#table}): ids, spans, texts. */
    static void assertMatchesRows(Grid g, List<List<org.nianbao.core.schema.LayoutCell>> rows, int columns) {
        OdfComposer.Placement placement = OdfComposer.Placement.of(rows, columns);
        org.junit.jupiter.api.Assertions.assertEquals(rows.size(), g.rowCount(), "rows of " + g.name);
        for (int r = 0; r < rows.size(); r++) {
            List<org.nianbao.core.schema.LayoutCell> expected = rows.get(r);
            int[] cols = placement.columnsOfRow(r);
            List<GridCell> actual = g.row(r);
            org.junit.jupiter.api.Assertions.assertEquals(expected.size(), actual.size(), "cells of row " + r + " of " + g.name);
            for (int i = 0; i < expected.size(); i++) {
                org.nianbao.core.schema.LayoutCell e = expected.get(i);
                GridCell a = actual.get(i);
                String text = e.text.replace(OdfComposer.PARAGRAPH_SEPARATOR, '\n');
                org.junit.jupiter.api.Assertions.assertEquals(r + "," + cols[i] + ":" + text + " c" + e.colspan + " r" + e.rowspan,
                        a.id + ":" + a.text + " c" + a.colspan + " r" + a.rowspan, g.name);
            }
        }
    }

    static int cellCount(Grid g) {
        int n = 0;
        for (List<GridCell> row : g.rows) n += row.size();
        return n;
    }
}
