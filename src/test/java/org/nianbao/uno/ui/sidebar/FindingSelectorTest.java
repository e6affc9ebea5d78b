package org.nianbao.uno.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.uno.UiText;

/** Issue 10, defect 7: the visible mark of a finding's cell names the cell, says when it is empty, and quotes the finding. */
class FindingSelectorTest {
    private static final String KEY = "apply.new.commercial";

    private static Finding finding() {
        return new Finding("P-6", Severity.WARNING, KEY, null, null, "单元格为空", "The cell is empty");
    }

    @Test
    void anEmptyCellsMarkSaysItIsEmptyAndWhere() {
        Report report = new Report().cell(KEY, "", new CellLocation(2, "表格3", "C4"));
        UiText zh = UiText.of("zh");
        assertEquals(zh.get("finding.at.empty", "C4", "单元格为空"),
                FindingSelector.cue(zh, report, finding()));
        String text = FindingSelector.cue(zh, report, finding());
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("C4") && text.contains("空白") && text.contains("单元格为空"), text);
    }

    @Test
    void aFilledCellsMarkIsNotCalledEmpty() {
        Report report = new Report().cell(KEY, "7", new CellLocation(2, "表格3", "C4"));
        UiText en = UiText.of("en");
        String text = FindingSelector.cue(en, report, finding());
        assertEquals(en.get("finding.at", "C4", "The cell is empty"), text);
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("empty cell"), text);
    }

    @Test
    void withoutAPlaceOnlyTheMessage() {
        assertEquals("The cell is empty", FindingSelector.cue(UiText.of("en"), new Report(), finding()));
    }
}
