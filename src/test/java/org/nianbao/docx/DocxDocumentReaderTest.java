package org.nianbao.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.docx.TestDocx.p;
import static org.nianbao.docx.TestDocx.tc;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.DamagedDocuments;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.OdfTableFiller;
import org.nianbao.odf.OdfTemplateWriter;
import org.nianbao.odf.SampleReportFixture;
import org.nianbao.odf.VariantFixtures;

/** The .docx reader: merges, nested tables, text boxes, tracked changes, fields; the same model as the .odt. */
class DocxDocumentReaderTest {
    @TempDir
    Path dir;

    private DocumentContent read(byte[] docx) throws Exception {
        return DocxDocumentReader.read(TestDocx.write(dir, "t.docx", docx));
    }

    private DocumentContent readBody(String body) throws Exception {
        return read(TestDocx.withBody(body));
    }

    /** Blocks as text: paragraphs "P<level> text", tables their cells "id:text [cC rR]" row by row. */
    static String dump(DocumentContent d) {
        StringBuilder sb = new StringBuilder();
        for (Block b : d.blocks) {
            if (!b.isTable()) {
                sb.append('P').append(b.outlineLevel).append(' ').append(b.text).append('\n');
                continue;
            }
            sb.append("T\n");
            for (List<GridCell> row : b.table.rows) {
                sb.append(row.stream().map(DocxDocumentReaderTest::cell).collect(Collectors.joining(" | "))).append('\n');
            }
        }
        return sb.toString();
    }

    static String cell(GridCell c) {
        String spans = c.colspan == 1 && c.rowspan == 1 ? "" : " [c" + c.colspan + " r" + c.rowspan + "]";
        return c.id + ":" + c.text.replace("\n", "\\n") + spans;
    }

    private static Map<String, String> values(Report r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CellDef c : ReportSchema.get().cells()) out.put(c.key, r.cellText(c.key));
        return out;
    }

    private static List<String> findings(Evaluation ev) {
        return ev.findings().stream().map(f -> f.rule + "@" + f.key + "=" + f.actual).collect(Collectors.toList());
    }

    @Test
    void gridSpanAndVMergeBecomeSpans() throws Exception {
        String body = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", "A") + tc("<w:gridSpan w:val=\"2\"/>", "B") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "") + tc("", "1") + tc("", "2") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", "") + tc("<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>", "C") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("<w:gridSpan w:val=\"2\"/><w:vMerge/>", "") + "</w:tr>"
                + "</w:tbl>";
        assertEquals("T\n0,0:A [c1 r3] | 0,1:B [c2 r1]\n1,1:1 | 1,2:2\n2,1:C [c2 r2]\n\n", dump(readBody(body)));
    }

    @Test
    void aContinueCellWithNothingAboveIsAnOrdinaryCell() throws Exception {
        String body = "<w:tbl><w:tr>" + tc("<w:vMerge/>", "x") + tc("", "y") + "</w:tr></w:tbl>";
        assertEquals("T\n0,0:x | 0,1:y\n", dump(readBody(body)));
    }

    @Test
    void nestedTablesFollowTheirTableAndShowInTheHoldingCell() throws Exception {
        String inner = "<w:tbl><w:tr>" + tc("", "i1") + tc("", "i2") + "</w:tr></w:tbl>";
        String body = p("前") + "<w:tbl><w:tr><w:tc>" + p("外") + inner + "</w:tc>" + tc("", "b") + "</w:tr></w:tbl>" + p("后");
        assertEquals("P0 前\nT\n0,0:外\\ni1\\ni2 | 0,1:b\nT\n0,0:i1 | 0,1:i2\nP0 后\n", dump(readBody(body)));
    }

    @Test
    void ourBookmarksBecomeBoundNumbersOthersAreIgnored() throws Exception {
        String body = "<w:p><w:r><w:t>收到申请</w:t></w:r><w:bookmarkStart w:id=\"7\" w:name=\"NB1_apply_new_total\"/>"
                + "<w:r><w:t>12</w:t></w:r><w:bookmarkEnd w:id=\"7\"/><w:bookmarkStart w:id=\"8\" w:name=\"_Toc1\"/>"
                + "<w:r><w:t>件，办结</w:t></w:r><w:bookmarkEnd w:id=\"8\"/>"
                + "<w:ins w:id=\"3\" w:author=\"a\"><w:bookmarkStart w:id=\"9\" w:name=\"NB2_apply_results_total_total\"/>"
                + "<w:r><w:t>9</w:t></w:r></w:ins><w:bookmarkEnd w:id=\"9\"/><w:r><w:t>件。</w:t></w:r></w:p>"
                + p("没有书签") + "<w:p><w:bookmarkStart w:id=\"10\" w:name=\"NB3_apply_new_total\"/><w:r><w:t>未闭合</w:t></w:r></w:p>";
        DocumentContent d = readBody(body);
        Block first = d.blocks.get(0);
        assertEquals("收到申请12件，办结9件。", first.text);
        assertEquals("[NB1_apply_new_total[4,6), NB2_apply_results_total_total[10,11)]", first.bound.toString());
        assertEquals(List.of(), d.blocks.get(1).bound);
        assertEquals(List.of(), d.blocks.get(2).bound); // a bookmark not closed in its paragraph is not a bound number
    }

    @Test
    void trackedChangesReadAsTheCurrentText() throws Exception {
        String body = "<w:p><w:r><w:t>共</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>3</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>7</w:t></w:r></w:ins>"
                + "<w:moveFrom w:id=\"3\"><w:r><w:t>旧</w:t></w:r></w:moveFrom><w:moveTo w:id=\"4\"><w:r><w:t>件</w:t></w:r></w:moveTo></w:p>";
        assertEquals("P0 共7件\n", dump(readBody(body)));
    }

    @Test
    void fieldsReadAsTheirShownResult() throws Exception {
        String body = "<w:p><w:r><w:t>第</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>5</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页，</w:t></w:r>"
                + "<w:fldSimple w:instr=\" DOCPROPERTY 机关 \"><w:r><w:t>某局</w:t></w:r></w:fldSimple>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:t>指令里的文字</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>。</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
        assertEquals("P0 第5页，某局。\n", dump(readBody(body)));
    }

    @Test
    void textBoxesAreReadOnceAfterTheirParagraph() throws Exception {
        String box = "<w:txbxContent>" + p("框中文字") + "</w:txbxContent>";
        String body = "<w:p><w:r><w:t>锚</w:t></w:r><w:r><mc:AlternateContent>"
                + "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box
                + "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
                + "<mc:Fallback><w:pict><v:shape><v:textbox>" + box + "</v:textbox></v:shape></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r></w:p>" + p("下一段");
        assertEquals("P0 锚\nP0 框中文字\nP0 下一段\n", dump(readBody(body)));
    }

    @Test
    void breaksTabsContentControlsAndHeadings() throws Exception {
        String body = "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t>"
                + "<w:br w:type=\"page\"/></w:r></w:p>"
                + "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" + p("控件里") + "</w:sdtContent></w:sdt>";
        assertEquals("P1 一、总体情况\nP2 a\tb\nc\nP0 控件里\n", dump(readBody(body)));
    }

    /** The filled template as .odt and, written by {@link DocxWriter} with gridSpan/vMerge merges, as .docx. */
    @Test
    void filledTemplateAsDocxReadsTheSameBlocksValuesAndFindings() throws Exception {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        OdfTemplateWriter.write(t, "某某县人民政府办公室", 2024);
        Map<String, String> values = VariantFixtures.balancedValues();
        values.put("apply.new.natural_person", "12件"); // a finding that must come out identically
        byte[] odt = OdfTableFiller.of(t.toByteArray()).fill(values);
        assertSameReport(odt);
    }

    @Test
    void sampleAndDamagedDocumentsReadTheSameThroughDocx() throws Exception {
        assertSameReport(SampleReportFixture.bytes());
        assertSameReport(VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, true, false));
        assertSameReport(DamagedDocuments.t3CellsMerged());
        assertSameReport(DamagedDocuments.t3RowDeleted());
    }

    private void assertSameReport(byte[] odt) throws Exception {
        DocumentContent fromOdt = OdfDocumentReader.read(odt);
        DocumentContent fromDocx = read(DocxWriter.toBytes(fromOdt));
        assertEquals(dump(fromOdt), dump(fromDocx));
        Report a = DocumentReader.read(fromOdt);
        Report b = DocumentReader.read(fromDocx);
        assertEquals(values(a), values(b));
        assertEquals(a.agency(), b.agency());
        assertEquals(a.year(), b.year());
        assertEquals(findings(Checker.check(a, null, null)), findings(Checker.check(b, null, null)));
        assertFalse(b.tablesFound().isEmpty());
    }

    @Test
    void strictOoxmlNamespaceIsRead() throws Exception {
        String doc = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\">"
                + "<w:body><w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>";
        assertEquals("P0 严格\n", dump(read(TestDocx.withDocument(doc))));
    }

    @Test
    void emptyBodyReadsNoBlocks() throws Exception {
        assertTrue(readBody("").blocks.isEmpty());
    }
}
