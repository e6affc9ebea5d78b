package org.nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.PreviousReport;
import org.nianbao.core.model.Report;

/**
 * Last year's report as kept in the document ({@link PreviousReport}) gives the cross-year rules (P-1, P-10,
 * Y-COPY, P-7) exactly what the report read from its file gives them.
 */
class StoredPreviousTest {
    private static List<String> findings(Evaluation e) {
        List<String> out = new ArrayList<>();
        for (Finding f : e.findings()) out.add(f.rule + " " + f.severity.id + " " + f.key + " " + f.expected + " " + f.actual + " " + f.messageZh);
        return out;
    }

    @Test
    void theStoredReportChecksLikeTheOneReadFromItsFile() {
        Report last = Fixtures.huaian2024().year(2023); // carried forward 90/6/1/1/2/3; 规章 in force 20
        Report now = Fixtures.huaian2024();             // carried over 30/2/0/0/1/1 (P-1); 20 + 2 − 1 ≠ 20 (P-10); same text (Y-COPY)
        Report stored = PreviousReport.fromJson(PreviousReport.of("file:///r/2023.odt", 5, last).toJson()).report();

        Evaluation fromFile = Checker.check(now, last, null);
        Evaluation fromDocument = Checker.check(now, stored, null);
        List<String> expected = findings(fromFile);
        for (String rule : new String[] {"P-1 ", "P-10 ", "Y-COPY "}) {
            assertTrue(expected.stream().anyMatch(f -> f.startsWith(rule)), rule + " is produced: " + expected);
        }
        assertEquals(expected, findings(fromDocument));
        assertEquals(fromFile.copyRatios(), fromDocument.copyRatios());
    }

    @Test
    void withoutItsSectionTextsTheTablesAreStillCompared() {
        Report last = Fixtures.huaian2024().year(2023).section("other", "正文很长。".repeat(PreviousReport.MAX_BYTES / 10));
        PreviousReport p = PreviousReport.of("file:///r/2023.odt", 5, last);
        assertTrue(p.sectionsDropped);
        List<String> got = findings(Checker.check(Fixtures.huaian2024(), PreviousReport.fromJson(p.toJson()).report(), null));
        assertTrue(got.stream().anyMatch(f -> f.startsWith("P-1 ")), got.toString());
        assertTrue(got.stream().anyMatch(f -> f.startsWith("P-10 ")), got.toString());
        assertFalse(got.stream().anyMatch(f -> f.startsWith("Y-COPY ")), "no text to compare: " + got);
    }
}
