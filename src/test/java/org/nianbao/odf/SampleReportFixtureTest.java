package org.nianbao.odf;

import org.nianbao.read.ReadLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

class SampleReportFixtureTest {

    @Test
    void textReadsBackVerbatimInOrder() throws Exception {
        OdfReadResult r = new OdfDocumentReader(ReadLimits.defaults()).readFull(SampleReportFixture.bytes());
        assertEquals(SampleReportFixture.TITLE, r.metaTitle);
        List<String> expected = new ArrayList<>();
        expected.add(SampleReportFixture.TITLE);
        for (SectionDef s : ReportSchema.get().sections()) {
            expected.add(s.heading);
            if (s.key.equals("overview")) expected.addAll(SampleReportFixture.OVERVIEW);
            if (s.key.equals("problems")) expected.addAll(SampleReportFixture.PROBLEMS);
            if (s.key.equals("other")) expected.addAll(SampleReportFixture.OTHER);
            if (!s.isText()) expected.add("[" + SampleReportFixture.TABLE_NAMES.get(s.index - 2) + "]");
        }
        List<String> actual = r.content.blocks.stream().map(b -> b.isTable() ? "[" + b.table.name + "]" : b.text)
                .collect(Collectors.toList());
        assertEquals(expected, actual);
        assertTrue(SampleReportFixture.OVERVIEW.get(2).contains("今年以来共接收依申请公开0件"));
        assertEquals("2021年本单位未收取信息处理费。", SampleReportFixture.OTHER.get(0));
        List<Integer> levels = r.content.blocks.stream().filter(b -> !b.isTable()).map(b -> b.outlineLevel)
                .distinct().sorted().collect(Collectors.toList());
        assertEquals(List.of(0, 1), levels);
        DocumentContent plain = OdfDocumentReader.read(SampleReportFixture.bytes(false));
        assertTrue(plain.blocks.stream().allMatch(b -> b.outlineLevel == 0));
    }

    @Test
    void tablesHaveTheSampleLabelsInTheOfficialStructureAndAllZeros() throws Exception {
        DocumentContent d = OdfDocumentReader.read(SampleReportFixture.bytes());
        List<Grid> tables = Grids.tables(d);
        assertEquals(3, tables.size());
        TableId[] ids = TableId.values();
        for (int t = 0; t < 3; t++) {
            Grids.assertMatchesRows(tables.get(t), SampleReportFixture.rows(ids[t]), ReportSchema.get().layout(ids[t]).columns);
        }
        Grid t2 = tables.get(0);
        assertEquals("本年收费金额（单位：万元，保留4位小数）", Grids.byId(t2, "12,1").text);
        Grid t3 = tables.get(1);
        assertEquals("(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", Grids.byId(t3, "0,0").text);
        assertEquals("社会组织", Grids.byId(t3, "2,6").text);
        assertEquals("(一) 予以公开", Grids.byId(t3, "5,1").text);
        assertEquals("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）", Grids.byId(t3, "6,1").text);
        assertEquals("(三) 不予公开", Grids.byId(t3, "7,1").text);
        assertEquals("2.其他法律法规禁止公开", Grids.byId(t3, "8,2").text);
        assertEquals("4.无正当理由由大量反复申请", Grids.byId(t3, "21,2").text);
        assertEquals("(七) 总计", Grids.byId(t3, "26,1").text);
        assertEquals(2, Grids.byId(t3, "26,1").colspan);
        assertEquals(22, Grids.byId(t3, "5,0").rowspan);
        int zeros = 0;
        for (Grid g : tables) for (List<GridCell> row : g.rows) for (GridCell c : row) if (c.text.equals("0")) zeros++;
        assertEquals(ReportSchema.get().cells().size(), zeros);
    }
}
