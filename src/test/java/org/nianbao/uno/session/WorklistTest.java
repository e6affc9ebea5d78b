package org.nianbao.uno.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Severity;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.uno.UiText;

/** The 校验 panel's worklist: errors first, groups with counts, one line for a table's blank cells. */
class WorklistTest {
    @Test
    void errorsFirstGroupedWithCountsAndBlankCellsAsOneLine() throws Exception {
        FakeDocument doc = FakeDocument.report(java.util.Map.of("apply.new.natural_person", "abc"));
        Evaluation ev = new ReportSession(doc).check().result.evaluation;
        List<Worklist.Line> lines = Worklist.lines(ev, UiText.of("zh"), false);
        assertTrue(lines.get(0).text.startsWith("错误 · "), lines.get(0).text);
        assertNull(lines.get(0).finding, "a group's header");
        int firstWarning = -1;
        int lastError = -1;
        for (int i = 0; i < lines.size(); i++) {
            Finding f = lines.get(i).finding;
            if (f == null) continue;
            if (f.isError()) lastError = i;
            else if (firstWarning < 0 && f.severity == Severity.WARNING) firstWarning = i;
        }
        assertTrue(lastError >= 0 && firstWarning > lastError, "every error before the first warning");
        long blankLines = lines.stream().filter(l -> l.blanks > 1).count();
        long blankCells = Worklist.cellFindings(ev).stream().filter(Worklist::isBlank).count();
        assertTrue(blankCells > 10, "the template is mostly blank: " + blankCells);
        assertTrue(blankLines >= 1 && blankLines <= 3, "one line per table, not one per cell: " + blankLines);
        assertEquals(blankCells, lines.stream().filter(l -> l.finding != null && Worklist.isBlank(l.finding))
                .mapToLong(l -> Math.max(1, l.blanks)).sum(), "every blank cell counted once");
        Worklist.Line t3 = lines.stream().filter(l -> l.blanks > 1 && l.text.contains("表三")).findFirst().orElseThrow();
        assertTrue(t3.text.contains(t3.blanks + " 个空白单元格"), t3.text);

        List<Worklist.Line> errors = Worklist.lines(ev, UiText.of("zh"), true);
        assertTrue(errors.stream().allMatch(l -> l.finding == null || l.finding.isError()), "只看错误");
        assertEquals(ev.errorCount(), errors.stream().filter(l -> l.finding != null).count());
    }
}
