package org.nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Report;

/** The guard every writer of totals calls: only cells bound to a total by their labels, never an input's cell. */
class TotalsOutputTest {
    private static Report report() {
        Report r = new Report();
        r.cell("appeal.review.upheld", "1", new CellLocation(0, "T4", "A4"));
        r.cell("appeal.review.corrected", "2", new CellLocation(0, "T4", "B4"));
        r.cell("appeal.review.other", "0", new CellLocation(0, "T4", "C4"));
        r.cell("appeal.review.pending", "0", new CellLocation(0, "T4", "D4"));
        CellLocation total = new CellLocation(0, "T4", "E4");
        r.cell("appeal.review.total", "", total);
        r.totalByLabel(total);
        return r;
    }

    @Test
    void aTotalBoundByItsLabelIsWritten() {
        Report r = report();
        Map<String, String> writes = TotalsOutput.toWrite(r, Checker.check(r, null, null));
        assertEquals("3", writes.get("appeal.review.total"));
        assertDoesNotThrow(() -> TotalsOutput.checkWritable(r, writes.keySet()));
    }

    @Test
    void anInputKeyIsRefused() {
        Report r = report();
        assertThrows(IllegalStateException.class, () -> TotalsOutput.checkWritable(r, List.of("appeal.review.upheld")));
    }

    @Test
    void aTotalWhoseCellIsNotMarkedByLabelIsRefusedAndNotChosen() {
        Report r = new Report();
        r.cell("appeal.review.upheld", "1", new CellLocation(0, "T4", "A4"));
        r.cell("appeal.review.total", "", new CellLocation(0, "T4", "E4")); // bound, but not by a 总计 label
        assertThrows(IllegalStateException.class, () -> TotalsOutput.checkWritable(r, List.of("appeal.review.total")));
        assertEquals(Map.of(), TotalsOutput.toWrite(r, Checker.check(r, null, null)));
    }

    @Test
    void aTotalSharingItsCellWithAnInputIsRefused() {
        Report r = report();
        CellLocation shared = new CellLocation(0, "T4", "A4"); // the cell of 结果维持
        r.cell("appeal.review.total", "", shared);
        r.totalByLabel(shared);
        assertThrows(IllegalStateException.class, () -> TotalsOutput.checkWritable(r, List.of("appeal.review.total")));
        assertEquals(Map.of(), TotalsOutput.toWrite(r, Checker.check(r, null, null)));
    }
}
