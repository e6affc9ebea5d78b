package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.TableLayout;

/** Compares a table read from Writer (with spans) with the official layout, cell by cell. */
final class Layouts {
    private Layouts() {
    }

    /** Labels and spans as laid out, value cells empty. */
    static void assertMatches(TableLayout layout, Grid grid) {
        assertMatches(layout, grid, true);
    }

    /** Labels and spans as laid out; value cells may hold anything. */
    static void assertMatchesLabels(TableLayout layout, Grid grid) {
        assertMatches(layout, grid, false);
    }

    private static void assertMatches(TableLayout layout, Grid grid, boolean valuesEmpty) {
        assertEquals(layout.rows.size(), grid.rowCount(), layout.table + ": rows");
        for (int r = 0; r < layout.rows.size(); r++) {
            List<LayoutCell> expected = layout.rows.get(r);
            List<GridCell> actual = grid.row(r);
            assertEquals(expected.size(), actual.size(), layout.table + " row " + (r + 1) + ": cells " + actual);
            for (int i = 0; i < expected.size(); i++) {
                LayoutCell e = expected.get(i);
                GridCell a = actual.get(i);
                String where = layout.table + " row " + (r + 1) + " cell " + (i + 1) + " (" + a.id + ")";
                if (!e.isValue()) assertEquals(e.text, a.text, where + ": text");
                else if (valuesEmpty) assertEquals("", a.text, where + ": value cell");
                assertEquals(e.colspan, a.colspan, where + ": colspan");
                assertEquals(e.rowspan, a.rowspan, where + ": rowspan");
            }
        }
    }
}
