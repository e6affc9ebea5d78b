package org.nianbao.uno.insert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.session.ReportCheck;

class CheckWarmUpTest {
    /** The warm-up goes through the whole check: its report is read like a real one, every cell bound. */
    @Test
    void theBuiltReportIsReadCompletely() {
        Report report = DocumentReader.read(CheckWarmUp.report());
        assertEquals(EnumSet.allOf(TableId.class), EnumSet.copyOf(report.tablesFound()));
        for (CellDef c : ReportSchema.get().cells()) {
            assertEquals("1", report.cellText(c.key), c.key);
        }
        assertEquals(2024, report.year());
        ReportCheck.Result result = ReportCheck.evaluate(report, null, null);
        assertTrue(!ReportCheck.totalsToWrite(result).isEmpty(), "every total is 1: recompute has totals to write");
    }

    @Test
    void runsTheRoundsAskedForWithinItsBudget() {
        assertEquals(3, CheckWarmUp.run(3, 60_000));
        assertEquals(0, CheckWarmUp.run(5, 0));
    }
}
