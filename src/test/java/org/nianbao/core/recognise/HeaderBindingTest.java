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
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Report;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/** Headers that are not understood: T-LAYOUT naming what, and nothing of that table read. */
class HeaderBindingTest {
    private static Report read(Grid g) {
        return DocumentReader.read(new DocumentContent(List.of(Block.table(g))));
    }

    /** Table 三 in the official layout with one header cell's text replaced. */
    private static Grid t3WithHeader(String official, String replacement) {
        Grid g = TestDocs.grid(TableId.T3, k -> "1");
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : g.rows) {
            List<GridCell> r = new ArrayList<>();
            for (GridCell c : row) r.add(c.text.equals(official) ? new GridCell(replacement, c.id, c.colspan, c.rowspan) : c);
            rows.add(r);
        }
        return new Grid(g.name, rows);
    }

    private static Finding layout(Report r) {
        return r.readingFindings().stream().filter(f -> f.rule.equals("T-LAYOUT")).findFirst().orElseThrow();
    }

    @Test
    void anUnknownColumnHeaderIsNamedAndNothingOfTable3IsRead() {
        Report r = read(t3WithHeader("科研机构", "其中：网上申请"));
        assertTrue(layout(r).messageZh.contains("其中：网上申请"), layout(r).messageZh);
        assertTrue(layout(r).messageEn.contains("not understood"), layout(r).messageEn);
        assertTrue(r.hasTable(TableId.T3), "found, so T-MISSING does not hide the reason");
        for (CellDef c : ReportSchema.get().cells(TableId.T3)) assertFalse(r.hasCell(c.key), c.key);
        assertEquals(1, r.readingFindings().stream().filter(f -> f.rule.equals("T-LAYOUT")).count());
    }

    @Test
    void aColumnNamedTwiceIsNotGuessed() {
        Report r = read(t3WithHeader("科研机构", "商业企业"));
        assertTrue(layout(r).messageZh.contains("商业企业") || layout(r).messageZh.contains("不对应"), layout(r).messageZh);
        for (CellDef c : ReportSchema.get().cells(TableId.T3)) assertFalse(r.hasCell(c.key), c.key);
    }

    @Test
    void table3WithoutAnyHeaderIsNotReadByPosition() {
        Grid g = TestDocs.grid(TableId.T3, k -> "1");
        Report r = read(new Grid(g.name, g.rows.subList(3, g.rows.size())));
        assertTrue(layout(r).messageZh.contains("没有表头"), layout(r).messageZh);
        for (CellDef c : ReportSchema.get().cells(TableId.T3)) assertFalse(r.hasCell(c.key), c.key);
    }

    @Test
    void table4ColumnsAndSuitBlocksInAnotherOrder() {
        // 复议后起诉 before 未经复议直接起诉, and 总计 first in every block
        List<String> cols = List.of("总计", "结果维持", "结果纠正", "其他结果", "尚未审结");
        List<String> keys = List.of("total", "upheld", "corrected", "other", "pending");
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(new GridCell("行政复议", "a", 5, 1), new GridCell("行政诉讼", "b", 10, 1)));
        List<GridCell> r1 = new ArrayList<>();
        for (String c : cols) r1.add(new GridCell(c, "r1" + c, 1, 2));
        r1.add(new GridCell("复议后起诉", "after", 5, 1));
        r1.add(new GridCell("未经复议直接起诉", "direct", 5, 1));
        rows.add(r1);
        List<GridCell> r2 = new ArrayList<>();
        for (int g = 0; g < 2; g++) for (String c : cols) r2.add(new GridCell(c, "r2" + g + c));
        rows.add(r2);
        List<GridCell> data = new ArrayList<>();
        for (String group : List.of("review", "suit_after_review", "suit_direct")) {
            for (String k : keys) data.add(new GridCell(group + "." + k, "d" + data.size()));
        }
        rows.add(data);
        Report r = read(new Grid("T4", rows));
        for (CellDef c : ReportSchema.get().cells(TableId.T4)) assertEquals(c.key.substring("appeal.".length()), r.cellText(c.key));
    }
}
