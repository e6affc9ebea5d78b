package org.nianbao.core.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.Report;
import org.nianbao.core.schema.TableId;

/**
 * A value cell split in two side by side (Writer's Split Cells: the old text stays left, the right half is
 * empty) gives its row one cell too many. Binding by position would shift the row's values under the
 * wrong columns without a word; the row must be reported instead and left unbound.
 */
class SplitValueCellsTest {

    /** The official grid with the cell holding {@code key}'s value split: an empty cell inserted after it. */
    private static Grid splitAt(TableId table, String key) {
        Grid g = TestDocs.grid(table, k -> k.equals(key) ? "5" : "1");
        List<List<GridCell>> rows = new ArrayList<>();
        boolean done = false;
        for (List<GridCell> row : g.rows) {
            List<GridCell> out = new ArrayList<>();
            for (GridCell c : row) {
                out.add(c);
                if (!done && c.text.equals("5")) {
                    out.add(new GridCell("", c.id + ".split"));
                    done = true;
                }
            }
            rows.add(out);
        }
        assertTrue(done, key);
        return new Grid(g.name, rows);
    }

    private static Report read(Grid g) {
        return DocumentReader.read(new DocumentContent(List.of(Block.table(g))));
    }

    private static boolean layoutProblemAt(Report r, String key) {
        return r.readingFindings().stream().anyMatch(f -> f.rule.equals("T-LAYOUT") && f.key.equals(key));
    }

    @Test
    void table3() {
        Report r = read(splitAt(TableId.T3, "apply.results.granted.commercial"));
        assertTrue(layoutProblemAt(r, "apply.results.granted.natural_person"), r.readingFindings()::toString);
        assertFalse(r.hasCell("apply.results.granted.natural_person"));
        assertFalse(r.hasCell("apply.results.granted.commercial"));
        assertEquals("1", r.cellText("apply.results.partial.commercial"), "other rows are read");
    }

    @Test
    void table4() {
        Report r = read(splitAt(TableId.T4, "appeal.review.corrected"));
        assertTrue(layoutProblemAt(r, "appeal.review.upheld"), r.readingFindings()::toString);
        assertFalse(r.hasCell("appeal.review.corrected"));
    }

    @Test
    void table2() {
        Report r = read(splitAt(TableId.T2, "active.art20_1.rules.issued"));
        assertTrue(layoutProblemAt(r, "active.art20_1.rules.issued"), r.readingFindings()::toString);
        assertFalse(r.hasCell("active.art20_1.rules.repealed"));
        assertEquals("1", r.cellText("active.art20_1.normative_docs.repealed"), "other rows are read");
    }

    @Test
    void aSplitTotalAtTheEndOfTheRowIsReportedToo() {
        // 总计 split: the last seven cells would be 商业企业 … 总计 and an empty half read as the total
        Report r = read(splitAt(TableId.T3, "apply.new.total"));
        assertTrue(layoutProblemAt(r, "apply.new.natural_person"), r.readingFindings()::toString);
        assertFalse(r.hasCell("apply.new.total"));
    }
}
