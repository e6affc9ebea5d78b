package org.nianbao.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/** The reader's grids of the variant documents: rows, spans, ids and texts. */
class VariantFixturesTest {
    private static final ReportSchema SCHEMA = ReportSchema.get();
    private static final Map<String, String> VALUES = VariantFixtures.balancedValues();

    @Test
    void balancedValuesCoverEveryCellAndBalance() {
        assertEquals(SCHEMA.cells().size(), VALUES.size());
        for (var col : SCHEMA.t3Columns()) {
            long left = n("apply.new." + col.key) + n("apply.carried_over." + col.key);
            long right = n("apply.results.total." + col.key) + n("apply.carry_forward." + col.key);
            assertEquals(left, right, col.key);
        }
        assertEquals(n("appeal.review.upheld") + n("appeal.review.corrected") + n("appeal.review.other") + n("appeal.review.pending"),
                n("appeal.review.total"));
        assertTrue(VALUES.values().stream().allMatch(v -> v.matches("\\d+(\\.\\d+)?")));
    }

    @Test
    void tableTwoAsFourTables() throws Exception {
        DocumentContent d = OdfDocumentReader.read(VariantFixtures.t2AsFourTables());
        List<Grid> tables = Grids.tables(d);
        assertEquals(List.of("表格1.1", "表格1.2", "表格1.3", "表格1.4", "表格2", "表格3"),
                tables.stream().map(g -> g.name).collect(Collectors.toList()));
        List<List<List<LayoutCell>>> blocks = VariantFixtures.t2Blocks(VALUES);
        for (int i = 0; i < 4; i++) Grids.assertMatchesRows(tables.get(i), blocks.get(i), 4);
        assertEquals("0,0:第二十条第（五）项 [c4 r1]\n1,0:信息内容 | 1,1:本年处理决定数量 [c3 r1]\n2,0:行政许可 | 2,1:"
                + VALUES.get("active.art20_5.licensing.decisions") + " [c3 r1]\n", Grids.dump(tables.get(1)));
        int first = d.blocks.indexOf(d.blocks.stream().filter(Block::isTable).findFirst().orElseThrow());
        assertEquals("", d.blocks.get(first + 1).text, "an empty paragraph between the tables");
    }

    @Test
    void tableThreeSplitWithoutHeader() throws Exception {
        List<Grid> t = Grids.tables(OdfDocumentReader.read(VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, false, false)));
        Grid a = t.get(1);
        Grid b = t.get(2);
        assertEquals("表格2", a.name);
        assertEquals("表格2_2", b.name);
        assertEquals(9, a.rowCount());
        assertEquals(28 - 9, b.rowCount());
        assertEquals("5,0:三、本年度办理结果 [c1 r4]", Grids.cell(Grids.byId(a, "5,0")));
        assertEquals("7,1:（三）不予公开 [c1 r2]", Grids.cell(Grids.byId(a, "7,1")));
        List<GridCell> first = b.row(0);
        assertEquals("0,0: [c1 r18]", Grids.cell(first.get(0)));
        assertEquals("0,1: [c1 r6]", Grids.cell(first.get(1)));
        assertEquals("0,2:3.危及“三安全一稳定”", Grids.cell(first.get(2)));
        assertEquals("0,3:" + VALUES.get("apply.results.denied.three_safety.natural_person"), Grids.cell(first.get(3)));
        assertEquals(10, first.size());
        assertEquals("18,0:四、结转下年度继续办理 [c3 r1]", Grids.cell(b.row(18).get(0)));
    }

    @Test
    void tableThreeSplitWithRepeatedHeaderAndCopiedLabels() throws Exception {
        List<Grid> t = Grids.tables(OdfDocumentReader.read(VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, true, true)));
        Grid b = t.get(2);
        assertEquals(3 + 28 - 9, b.rowCount());
        assertEquals(ReportSchema.T3_CORNER_NOTE, Grids.byId(b, "0,0").text);
        assertEquals(3, Grids.byId(b, "0,0").rowspan);
        assertEquals("3,0:三、本年度办理结果 [c1 r18]", Grids.cell(Grids.byId(b, "3,0")));
        assertEquals("3,1:（三）不予公开 [c1 r6]", Grids.cell(Grids.byId(b, "3,1")));
        assertEquals("3,2:3.危及“三安全一稳定”", Grids.cell(Grids.byId(b, "3,2")));
        List<List<List<LayoutCell>>> parts = VariantFixtures.split(VariantFixtures.official(TableId.T3, VALUES), 10,
                VariantFixtures.SAMPLE_SPLIT_ROW, 3, true);
        Grids.assertMatchesRows(t.get(1), parts.get(0), 10);
        Grids.assertMatchesRows(b, parts.get(1), 10);
    }

    @Test
    void labelsWithLineBreaksSpacesIdeographicSpacesAndParagraphs() throws Exception {
        List<Grid> t = Grids.tables(OdfDocumentReader.read(VariantFixtures.noisyLabels()));
        Function<String, String> noise = VariantFixtures.noiser();
        for (TableId id : TableId.values()) {
            List<List<LayoutCell>> rows = SampleReportFixture.relabel(SCHEMA.layout(id).rows, noise::apply, VALUES::get);
            Grids.assertMatchesRows(t.get(id.ordinal()), rows, SCHEMA.layout(id).columns);
        }
        Grid t3 = t.get(1);
        String corner = Grids.byId(t3, "0,0").text;
        assertEquals(ReportSchema.T3_CORNER_NOTE.length() + 1, corner.length());
        String all = t.stream().flatMap(g -> g.rows.stream()).flatMap(List::stream).map(c -> c.text).collect(Collectors.joining());
        for (String kind : new String[] {"\n", " ", "\u3000"}) assertTrue(all.contains(kind), "noise " + kind.codePointAt(0));
    }

    @Test
    void cellsHoldingOnlyIdeographicSpace() throws Exception {
        List<Grid> t = Grids.tables(OdfDocumentReader.read(VariantFixtures.ideographicSpaceCells()));
        Grid t3 = t.get(1);
        Map<String, String> ids = Grids.valueIds(SCHEMA.layout(TableId.T3));
        assertEquals("\u3000", Grids.byId(t3, ids.get("apply.carried_over.natural_person")).text);
        assertEquals("\u3000", Grids.byId(t3, ids.get("apply.carry_forward.total")).text);
        assertEquals(VALUES.get("apply.new.total"), Grids.byId(t3, ids.get("apply.new.total")).text);
        assertTrue(t.get(2).row(3).stream().allMatch(c -> c.text.equals("\u3000")));
        assertEquals(15, t.get(2).row(3).size());
    }

    @Test
    void format2019TablesTwoAndThree() throws Exception {
        List<Grid> t = Grids.tables(OdfDocumentReader.read(VariantFixtures.format2019()));
        Grid t2 = t.get(0);
        assertEquals(5 * 2 + 2 + 2 + 2 + 1 + 1, t2.rowCount());
        assertEquals("1,0:信息内容 | 1,1:本年新制作数量 | 1,2:本年新公开数量 | 1,3:对外公开总数量",
                t2.row(1).stream().map(Grids::cell).collect(Collectors.joining(" | ")));
        assertEquals("3,0:规范性文件", Grids.cell(t2.row(3).get(0)));
        assertEquals("5,0:信息内容 | 5,1:上一年项目数量 | 5,2:本年增/减 | 5,3:处理决定数量",
                t2.row(5).stream().map(Grids::cell).collect(Collectors.joining(" | ")));
        assertEquals("7,0:其他对外管理服务事项", Grids.cell(t2.row(7).get(0)));
        assertEquals("13,0:信息内容 | 13,1:上一年项目数量 | 13,2:本年增/减 [c2 r1]",
                t2.row(13).stream().map(Grids::cell).collect(Collectors.joining(" | ")));
        assertEquals("15,0:第二十条第（九）项 [c4 r1]", Grids.cell(t2.row(15).get(0)));
        assertEquals("16,0:信息内容 | 16,1:采购项目数量 | 16,2:采购总金额 [c2 r1]",
                t2.row(16).stream().map(Grids::cell).collect(Collectors.joining(" | ")));
        assertEquals("17,0:政府集中采购", Grids.cell(t2.row(17).get(0)));
        Grids.assertMatchesRows(t2, VariantFixtures.t2Of2019(), 4);

        Grid t3 = t.get(1);
        assertEquals(3 + 23, t3.rowCount());
        assertEquals("5,0:三、本年度办理结果 [c1 r20]", Grids.cell(Grids.byId(t3, "5,0")));
        assertEquals("23,1:（六）其他处理 [c2 r1]", Grids.cell(t3.row(23).get(0)));
        assertEquals(8, t3.row(23).size());
        assertEquals("23,3", t3.row(23).get(1).id);
        assertEquals("24,1:（七）总计 [c2 r1]", Grids.cell(t3.row(24).get(0)));
        assertEquals("25,0:四、结转下年度继续办理 [c3 r1]", Grids.cell(t3.row(25).get(0)));
        Grids.assertMatchesLayout(t.get(2), SCHEMA.layout(TableId.T4), VALUES::get);
    }

    @Test
    void tableThreeWithValueColumnsMergedPerRow() throws Exception {
        Grid t3 = Grids.tables(OdfDocumentReader.read(VariantFixtures.t3MergedValueColumns())).get(1);
        assertEquals(28, t3.rowCount());
        assertEquals("0,3:申请人情况 [c7 r1]", Grids.cell(t3.row(0).get(1)));
        for (int r = 3; r < 28; r++) {
            List<GridCell> row = t3.row(r);
            GridCell last = row.get(row.size() - 1);
            assertEquals(r + ",3", last.id);
            assertEquals(7, last.colspan);
            assertEquals(7, last.text.split(" ").length, last.text);
        }
        String key = "apply.new.";
        String expected = SCHEMA.t3Columns().stream().map(c -> VALUES.get(key + c.key)).collect(Collectors.joining(" "));
        assertEquals(expected, t3.row(3).get(1).text);
        Grids.assertMatchesRows(t3, VariantFixtures.t3Merged(VALUES), 10);
    }

    private static long n(String key) {
        return Long.parseLong(VALUES.get(key));
    }
}
