package org.nianbao.core.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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

class DocumentReaderTest {
    private final ReportSchema schema = ReportSchema.get();

    private static String valueFor(String key) {
        return String.valueOf(Math.abs(key.hashCode()) % 1000);
    }

    private static List<String> rules(Report r) {
        return r.readingFindings().stream().map(f -> f.rule + "@" + f.key).collect(Collectors.toList());
    }

    @Test
    void officialLayoutBindsEveryCellWithItsValue() {
        Report r = DocumentReader.read(TestDocs.officialReport("某某县司法局", 2023, DocumentReaderTest::valueFor));
        for (CellDef c : schema.cells()) assertEquals(valueFor(c.key), r.cellText(c.key), c.key);
        assertEquals(schema.cells().size(), r.cellTexts().size());
        assertTrue(r.readingFindings().isEmpty(), () -> rules(r).toString());
        assertEquals("某某县司法局", r.agency());
        assertEquals(2023, r.year());
        assertEquals("本年度正文。", r.sectionText("overview"));
        assertEquals("Nianbao_T3", r.location("apply.results.total.total").tableName);
    }

    @Test
    void sampleReportReadsFullyWithItsLabelVariants() throws Exception {
        Report r = DocumentReader.read(TestDocs.sampleReport());
        assertEquals("卫辉市司法局", r.agency());
        assertEquals(2021, r.year());
        for (CellDef c : schema.cells()) assertEquals("0", r.cellText(c.key), c.key);
        List<String> found = rules(r);
        assertTrue(found.contains("L-LABEL@apply.new.social_welfare"), found::toString);
        assertTrue(found.contains("L-LABEL@apply.results.denied.law_forbidden.natural_person"), found::toString);
        assertTrue(found.contains("L-LABEL@apply.results.not_processed.excessive.natural_person"), found::toString);
        assertTrue(found.stream().noneMatch(f -> f.startsWith("T-")), found::toString);
        assertEquals("本年收费金额（单位：万元，保留4位小数）", r.amountHeader());
        assertEquals("2021年本单位未收取信息处理费。", r.sectionText("other"));
        assertTrue(r.sectionText("overview").contains("共接收依申请公开0件"));
    }

    @Test
    void sampleReportChecksWithOnlyLabelNotes() throws Exception {
        Report r = DocumentReader.read(TestDocs.sampleReport());
        org.nianbao.core.rules.Evaluation ev = org.nianbao.core.rules.Checker.check(r, null, null);
        assertEquals(0, ev.errorCount(), () -> ev.findings().toString());
        assertEquals(0, ev.warningCount(), () -> ev.findings().toString());
        // three label variants, the real text's doubled “社会社会” (D-TERM) and the all-zero tables (T-ZERO)
        assertEquals(5, ev.infoCount(), () -> ev.findings().toString());
        assertEquals(4, ev.profile().amountDecimals);
    }

    @Test
    void table3SplitInTwoTablesAndTable2AsFourTables() {
        List<Block> blocks = new ArrayList<>();
        Grid t2 = TestDocs.grid(TableId.T2, DocumentReaderTest::valueFor);
        int[] starts = {0, 4, 7, 11, 14};
        for (int b = 0; b < 4; b++) blocks.add(Block.table(new Grid("T2_" + b, t2.rows.subList(starts[b], starts[b + 1]))));
        Grid t3 = TestDocs.grid(TableId.T3, DocumentReaderTest::valueFor);
        blocks.add(Block.table(new Grid("T3a", t3.rows.subList(0, 15))));
        List<List<GridCell>> second = new ArrayList<>(t3.rows.subList(0, 3)); // header repeated
        second.addAll(t3.rows.subList(15, t3.rows.size()));
        blocks.add(Block.table(new Grid("T3b", second)));
        blocks.add(Block.table(TestDocs.grid(TableId.T4, DocumentReaderTest::valueFor)));
        Report r = DocumentReader.read(new DocumentContent(blocks));
        for (CellDef c : schema.cells()) assertEquals(valueFor(c.key), r.cellText(c.key), c.key);
        assertEquals("T3b", r.location("apply.carry_forward.total").tableName);
        assertTrue(rules(r).stream().noneMatch(f -> f.startsWith("T-")), rules(r)::toString);
    }

    @Test
    void missingTablesAndRowsBecomeFindings() {
        Grid t3 = TestDocs.grid(TableId.T3, k -> "1");
        List<List<GridCell>> rows = new ArrayList<>(t3.rows);
        rows.remove(8); // a row of （三）不予公开
        Report r = DocumentReader.read(new DocumentContent(List.of(Block.table(new Grid("T", rows)))));
        List<String> found = rules(r);
        assertTrue(found.contains("T-MISSING@table.t2"), found::toString);
        assertTrue(found.contains("T-MISSING@table.t4"), found::toString);
        assertTrue(found.stream().anyMatch(f -> f.startsWith("T-LAYOUT@apply.results.denied")), found::toString);
        assertFalse(r.hasCell("apply.results.denied.law_forbidden.total"));
        assertTrue(r.hasCell("apply.results.denied.three_safety.total"));
        assertTrue(r.hasTable(TableId.T3));
    }

    @Test
    void emptyDocumentGivesFindingsNotExceptions() {
        Report r = DocumentReader.read(new DocumentContent(List.of()));
        assertEquals(3, r.readingFindings().stream().filter(f -> f.rule.equals("T-MISSING")).count());
        assertEquals(6, r.readingFindings().stream().filter(f -> f.rule.equals("S-MISSING")).count());
        assertNull(r.agency());
    }

    @Test
    void format2019Table2IsReportedNotRead() {
        String[][] t2019 = {
                {"第二十条第（一）项", "", "", ""},
                {"信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"},
                {"规章", "1", "2", "3"},
                {"规范性文件", "4", "5", "6"},
                {"第二十条第（九）项", "", "", ""},
                {"信息内容", "采购项目数量", "", "采购总金额"},
                {"政府集中采购", "1", "", "2"}};
        Report r = DocumentReader.read(new DocumentContent(List.of(Block.table(Grid.of("old", t2019)))));
        List<Finding> f2019 = r.readingFindings().stream().filter(f -> f.rule.equals("T-2019")).collect(Collectors.toList());
        assertEquals(1, f2019.size());
        assertFalse(r.hasCell("active.art20_1.rules.issued"));
        assertFalse(r.hasTable(TableId.T2));
    }

    @Test
    void format2019Table3IsReportedNotRead() {
        Grid t3 = TestDocs.grid(TableId.T3, k -> "0");
        List<List<GridCell>> rows = new ArrayList<>(t3.rows.subList(0, 24));
        List<GridCell> other = new ArrayList<>();
        other.add(new GridCell("（六）其他处理", "x", 2, 1));
        for (int i = 0; i < 7; i++) other.add(new GridCell("0", "v" + i));
        rows.add(other);
        rows.addAll(t3.rows.subList(27, t3.rows.size()));
        Report r = DocumentReader.read(new DocumentContent(List.of(Block.table(new Grid("T", rows)))));
        assertTrue(rules(r).contains("T-2019@table.t3"), rules(r)::toString);
        assertFalse(r.hasTable(TableId.T3));
    }

    @Test
    void handTypedTableWithSpacesHalfWidthAndUnmergedCells() {
        Grid official = TestDocs.grid(TableId.T3, k -> "2");
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : official.rows) {
            List<GridCell> typed = new ArrayList<>();
            for (GridCell c : row) {
                String t = c.text.replace("（", "(").replace("）", ")").replace("1.", "1、");
                if (t.length() > 4) t = t.substring(0, 2) + " \n" + t.substring(2) + "\u3000";
                typed.add(new GridCell(t, c.id));
                for (int extra = 1; extra < c.colspan; extra++) typed.add(new GridCell("", c.id + "+" + extra));
            }
            rows.add(typed);
        }
        Report r = DocumentReader.read(new DocumentContent(List.of(Block.table(new Grid("typed", rows)))));
        for (CellDef c : schema.cells(TableId.T3)) assertEquals("2", r.cellText(c.key), c.key);
        assertTrue(rules(r).stream().noneMatch(f -> f.startsWith("L-") || f.startsWith("T-LAYOUT")), rules(r)::toString);
    }

    @Test
    void mergedApplicantColumnsReadTotalsOnly() {
        Grid official = TestDocs.grid(TableId.T3, k -> "5");
        List<List<GridCell>> rows = new ArrayList<>(official.rows.subList(0, 3));
        for (List<GridCell> row : official.rows.subList(3, official.rows.size())) {
            List<GridCell> merged = new ArrayList<>(row.subList(0, row.size() - 7));
            merged.add(new GridCell("35", "m", 7, 1));
            rows.add(merged);
        }
        Report r = DocumentReader.read(new DocumentContent(List.of(Block.table(new Grid("T", rows)))));
        assertEquals("35", r.cellText("apply.new.total"));
        assertFalse(r.hasCell("apply.new.natural_person"));
        assertEquals(1, r.readingFindings().stream().filter(f -> f.rule.equals("T-LAYOUT")).count());
    }

    @Test
    void duplicateTable3IsReportedOnce() {
        Grid t3 = TestDocs.grid(TableId.T3, k -> "1");
        Grid copy = TestDocs.grid(TableId.T3, k -> "9");
        Report r = DocumentReader.read(new DocumentContent(List.of(Block.table(t3), Block.table(copy))));
        assertEquals("1", r.cellText("apply.new.total"));
        assertTrue(rules(r).contains("T-DUPLICATE@table.t3"), rules(r)::toString);
    }
}
