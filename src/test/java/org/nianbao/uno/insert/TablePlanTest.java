package org.nianbao.uno.insert;

import org.nianbao.uno.doc.CellNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.TableLayout;

class TablePlanTest {

    @Test
    void table3() {
        TablePlan p = new TablePlan(ReportSchema.get().layout(TableId.T3));
        assertEquals(28, p.rows);
        assertEquals(10, p.columns);
        assertEquals(ReportSchema.T3_CORNER_NOTE, p.texts[0][0]);
        assertEquals("", p.texts[0][1]);
        assertEquals(ReportSchema.T3_APPLICANTS, p.texts[0][3]);
        assertEquals("一、本年新收政府信息公开申请数量", p.texts[3][0]);
        assertEquals("", p.texts[3][3], "value cells are written empty");
        assertEquals(List.of("A4:C28"), p.rowLabelRanges);
        assertEquals(25, p.valueRanges.size());
        assertEquals("D4:J4", p.valueRanges.get(0));
        assertTrue(p.merges.contains("A1:C3"));
        assertTrue(p.merges.contains("D1:J1"));
        assertTrue(p.merges.contains("A6:A27"), p.merges.toString());
    }

    @Test
    void mergesGoFromTheRightmostStartColumnLeftwards() {
        for (TableId t : TableId.values()) {
            TablePlan p = new TablePlan(ReportSchema.get().layout(t));
            int last = Integer.MAX_VALUE;
            for (String m : p.merges) {
                int column = CellNames.parse(m.substring(0, m.indexOf(':')))[0];
                assertTrue(column <= last, t + " " + p.merges);
                last = column;
            }
        }
    }

    /**
     * Simulates Writer's renaming (a merge joins the boxes of each covered row into one and renumbers the
     * boxes to its right) and checks that every merge still names the cells the layout means.
     */
    @Test
    void mergeNamesStayValidUnderRenaming() {
        for (TableId t : TableId.values()) {
            TableLayout layout = ReportSchema.get().layout(t);
            TablePlan p = new TablePlan(layout);
            // per row: the grid columns where each box starts (boxes of the unmerged table)
            List<List<Integer>> boxes = new ArrayList<>();
            for (int r = 0; r < p.rows; r++) {
                List<Integer> row = new ArrayList<>();
                for (int c = 0; c < p.columns; c++) row.add(c);
                boxes.add(row);
            }
            int[][] grid = layout.gridColumns();
            for (String m : p.merges) {
                int[] a = CellNames.parse(m.substring(0, m.indexOf(':')));
                int[] b = CellNames.parse(m.substring(m.indexOf(':') + 1));
                // the names must point at the grid columns the layout merges
                for (int r = a[1]; r <= b[1]; r++) {
                    int startGrid = boxes.get(r).get(a[0]);
                    int endGrid = boxes.get(r).get(b[0]);
                    assertTrue(isSpanStart(layout, grid, a[1], startGrid), t + " " + m);
                    assertEquals(b[0] - a[0], endGrid - startGrid, t + " " + m + " row " + r);
                    for (int k = b[0]; k > a[0]; k--) boxes.get(r).remove(k);
                }
            }
        }
    }

    private static boolean isSpanStart(TableLayout layout, int[][] grid, int row, int column) {
        List<LayoutCell> cells = layout.rows.get(row);
        for (int i = 0; i < cells.size(); i++) if (grid[row][i] == column) return true;
        return false;
    }

    @Test
    void rectanglesJoinEqualRunsOfAdjacentRows() {
        boolean[][] m = {
            {true, true, false},
            {true, true, false},
            {true, false, true},
        };
        assertEquals(List.of("A1:B2", "A3:A3", "C3:C3"), TablePlan.rectangles(m));
        assertEquals(List.of("A1:B1", "A2:B2", "A3:A3", "C3:C3"), TablePlan.rowRuns(m));
    }
}
