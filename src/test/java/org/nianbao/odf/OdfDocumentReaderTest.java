package org.nianbao.odf;

import org.nianbao.read.ReadLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;

class OdfDocumentReaderTest {

    private static DocumentContent read(String body) throws Exception {
        return OdfDocumentReader.read(TestOdt.odt(body));
    }

    private static List<String> texts(DocumentContent d) {
        return Grids.paragraphs(d).stream().map(b -> b.text).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void ourBookmarksBecomeBoundNumbers() throws Exception {
        DocumentContent d = read("<text:p>收到申请<text:bookmark-start text:name=\"NB1_apply_new_total\"/>12"
                + "<text:bookmark-end text:name=\"NB1_apply_new_total\"/>件，<text:span>办结<text:bookmark-start text:name=\"NB2_apply_results_total_total\"/>"
                + "9</text:span><text:bookmark-end text:name=\"NB2_apply_results_total_total\"/>件。"
                + "<text:bookmark-start text:name=\"other\"/>x<text:bookmark-end text:name=\"other\"/></text:p>"
                + "<text:p><text:bookmark-start text:name=\"NB3_apply_new_total\"/>跨段</text:p><text:p>尾<text:bookmark-end text:name=\"NB3_apply_new_total\"/></text:p>");
        org.nianbao.core.doc.Block first = d.blocks.get(0);
        assertEquals("收到申请12件，办结9件。x", first.text);
        assertEquals("[NB1_apply_new_total[4,6), NB2_apply_results_total_total[10,11)]", first.bound.toString());
        assertEquals(java.util.List.of(), d.blocks.get(1).bound);
        assertEquals(java.util.List.of(), d.blocks.get(2).bound);
    }

    @Test
    void paragraphsAndHeadingsInDocumentOrderWithOutlineLevels() throws Exception {
        DocumentContent d = read("<text:p>标题</text:p><text:h text:outline-level=\"1\">一、总体情况</text:h>"
                + "<text:h>无级别</text:h><text:h text:outline-level=\"3\">（一）主动公开</text:h><text:p>正文</text:p>");
        assertEquals(List.of("标题", "一、总体情况", "无级别", "（一）主动公开", "正文"), texts(d));
        assertEquals(List.of(0, 1, 1, 3, 0), d.blocks.stream().map(b -> b.outlineLevel).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void textInListsSectionsAndIndexBodiesButNotListNumbersOrTemplates() throws Exception {
        DocumentContent d = read("<text:section text:name=\"S\"><text:p>节内</text:p></text:section>"
                + "<text:list><text:list-item><text:number>1.</text:number><text:p>列表一</text:p>"
                + "<text:list><text:list-item><text:p>嵌套</text:p></text:list-item></text:list></text:list-item></text:list>"
                + "<text:table-of-content><text:table-of-content-source><text:index-title-template>模板</text:index-title-template>"
                + "</text:table-of-content-source><text:index-body><text:p>目录项</text:p></text:index-body></text:table-of-content>");
        assertEquals(List.of("节内", "列表一", "嵌套", "目录项"), texts(d));
    }

    @Test
    void whiteSpaceFollowsOdfRules() throws Exception {
        DocumentContent d = read("<text:p>  a \n\t b<text:s/>c<text:s text:c=\"3\"/>d<text:tab/>e<text:line-break/>f </text:p>"
                + "<text:p><text:span>甲</text:span> <text:span> 乙</text:span></text:p>"
                + "<text:p>\u3000全角\u3000空格\u00a0</text:p><text:p>a&amp;b&lt;c&#x4e00;</text:p>");
        List<String> t = texts(d);
        assertEquals("a b c   d\te\nf ", t.get(0));
        assertEquals("甲 乙", t.get(1));
        assertEquals("\u3000全角\u3000空格\u00a0", t.get(2));
        assertEquals("a&b<c一", t.get(3));
    }

    @Test
    void deletedTextOfTrackedChangesNotesAnnotationsAndDrawingsAreLeftOut() throws Exception {
        DocumentContent d = read("<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion>"
                + "<office:change-info/><text:p>已删除</text:p></text:deletion></text:changed-region></text:tracked-changes>"
                + "<text:p>保留<text:change text:change-id=\"ct1\"/>文字<text:change-start text:change-id=\"ct2\"/>插入"
                + "<text:change-end text:change-id=\"ct2\"/></text:p>"
                + "<text:p>正文<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
                + "<text:note-body><text:p>脚注</text:p></text:note-body></text:note>"
                + "<office:annotation><text:p>批注</text:p></office:annotation>"
                + "<draw:frame><draw:text-box><text:p>文本框</text:p></draw:text-box></draw:frame>结束<text:soft-page-break/></text:p>");
        assertEquals(List.of("保留文字插入", "正文结束"), texts(d));
    }

    @Test
    void tableCellsWithSpansCoveredCellsAndGridIds() throws Exception {
        DocumentContent d = read("<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"3\"/>"
                + "<table:table-header-rows><table:table-row>"
                + "<table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\"><text:p>角</text:p></table:table-cell>"
                + "<table:covered-table-cell/><table:table-cell><text:p>甲</text:p></table:table-cell></table:table-row>"
                + "</table:table-header-rows><table:table-row-group><table:table-row><table:covered-table-cell table:number-columns-repeated=\"2\"/>"
                + "<table:table-cell><text:p>乙</text:p><text:p>第二段</text:p></table:table-cell></table:table-row></table:table-row-group>"
                + "<text:soft-page-break/><table:table-rows><table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>"
                + "<table:table-cell/><table:table-cell><text:p></text:p></table:table-cell></table:table-row></table:table-rows>"
                + "</table:table>");
        assertEquals(1, d.blocks.size());
        Grid g = d.blocks.get(0).table;
        assertEquals("T", g.name);
        assertEquals("0,0:角 [c2 r2] | 0,2:甲\n1,2:乙\\n第二段\n2,0:1 | 2,1: | 2,2:\n", Grids.dump(g));
    }

    @Test
    void repeatedCellsAndRowsAreExpandedButCapped() throws Exception {
        DocumentContent d = read("<table:table table:name=\"R\">"
                + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"3\"><text:p>0</text:p>"
                + "</table:table-cell><table:table-cell table:number-columns-repeated=\"1000\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"5000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell><text:p>x</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"100000\"><text:p>y</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
                + "</table:table>");
        Grid g = d.blocks.get(0).table;
        assertEquals("0,0:0 | 0,1:0 | 0,2:0", g.row(0).stream().map(Grids::cell).collect(java.util.stream.Collectors.joining(" | ")));
        assertEquals("1,0:0 | 1,1:0 | 1,2:0", g.row(1).stream().map(Grids::cell).collect(java.util.stream.Collectors.joining(" | ")));
        // 5000 empty rows followed by a non-empty row: 64 kept (rows 2..65), positions stay true
        assertEquals(2 + 64 + 1, g.rowCount());
        assertEquals(0, g.row(2).size(), "empty repeated cells are padding");
        List<GridCell> last = g.row(g.rowCount() - 1);
        assertEquals("5002,0", last.get(0).id);
        assertEquals("5002,2:x", Grids.cell(last.get(2)));
        assertEquals(64, last.size(), "columns capped at 64");
        assertEquals("5002,63:y", Grids.cell(last.get(63)));
    }

    @Test
    void nestedTableShowsInItsCellAsWriterReadsItAndFollowsTheOuterTable() throws Exception {
        DocumentContent d = read("<text:p>前</text:p><table:table table:name=\"Outer\"><table:table-row>"
                + "<table:table-cell><text:p>外一</text:p><table:table table:name=\"Inner\"><table:table-row><table:table-cell>"
                + "<text:p>内</text:p><table:table table:name=\"Deep\"><table:table-row><table:table-cell><text:p>深</text:p>"
                + "</table:table-cell></table:table-row></table:table></table:table-cell></table:table-row></table:table>"
                + "<text:p>外二</text:p></table:table-cell><table:table-cell><text:p>右</text:p></table:table-cell></table:table-row>"
                + "</table:table><table:table table:name=\"Inner2\"><table:table-row><table:table-cell><text:p>后</text:p>"
                + "</table:table-cell></table:table-row></table:table><text:p>尾</text:p>");
        List<Block> b = d.blocks;
        assertEquals("前", b.get(0).text);
        // Writer's getString/getDataArray of the outer cell: "外一\n内\n深\n外二" (UnoDocumentAdapter reads that)
        assertEquals("0,0:外一\\n内\\n深\\n外二 | 0,1:右\n", Grids.dump(b.get(1).table));
        assertEquals("Inner", b.get(2).table.name);
        assertEquals("0,0:内\\n深\n", Grids.dump(b.get(2).table));
        assertEquals("Deep", b.get(3).table.name);
        assertEquals("0,0:深\n", Grids.dump(b.get(3).table));
        assertEquals("Inner2", b.get(4).table.name);
        assertEquals("尾", b.get(5).text);
    }

    @Test
    void metaTitleMediaTypeAndAllThreeInputKinds(@TempDir Path dir) throws Exception {
        byte[] odt = TestOdt.builder().content(TestOdt.content("<text:p>x</text:p>"))
                .part("meta.xml", TestOdt.meta(" 某局2021年报告 ")).bytes();
        Path file = dir.resolve("a.odt");
        Files.write(file, odt);
        OdfDocumentReader reader = new OdfDocumentReader(ReadLimits.defaults());
        for (OdfReadResult r : List.of(reader.readFull(file), reader.readFull(odt), reader.readFull(new ByteArrayInputStream(odt)))) {
            assertEquals("某局2021年报告", r.metaTitle);
            assertEquals(TestOdt.MIMETYPE, r.mediaType);
            assertEquals("x", r.content.blocks.get(0).text);
        }
        assertNull(reader.readFull(TestOdt.odt("<text:p/>")).metaTitle);
    }

    @Test
    void packageWithoutMimetypeOrManifestIsReadWhenTheBodyIsText() throws Exception {
        byte[] odt = TestOdt.builder().mimetype(null).manifest(null).content(TestOdt.content("<text:p>无清单</text:p>")).bytes();
        OdfReadResult r = new OdfDocumentReader(ReadLimits.defaults()).readFull(odt);
        assertEquals("无清单", r.content.blocks.get(0).text);
        assertNull(r.mediaType);
    }

    @Test
    void bareDoctypeWithoutInternalSubsetIsTolerated() throws Exception {
        // OpenOffice 2/3 wrote this into META-INF/manifest.xml; nothing is loaded from the DTD
        String manifest = TestOdt.MANIFEST.replace("<manifest:manifest",
                "<!DOCTYPE manifest:manifest PUBLIC \"-//OpenOffice.org//DTD Manifest 1.0//EN\" \"Manifest.dtd\"><manifest:manifest");
        byte[] odt = TestOdt.builder().manifest(manifest).content(TestOdt.content("<text:p>旧</text:p>")).bytes();
        assertEquals("旧", OdfDocumentReader.read(odt).blocks.get(0).text);
    }

    @Test
    void emptyBodyGivesNoBlocks() throws Exception {
        assertTrue(read("").blocks.isEmpty());
        assertFalse(read("<text:p/>").blocks.isEmpty());
    }
}
