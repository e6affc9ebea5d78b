package org.nianbao.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.SampleReportFixture;
import org.nianbao.odf.VariantFixtures;
import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.UnreadableDocumentException.Reason;

/** Web pages as published: GBK/GB2312/GB18030/UTF-8, Office markup, spans, the report inside site navigation. */
class HtmlDocumentReaderTest {
    @TempDir
    Path dir;

    private DocumentContent read(byte[] page) throws Exception {
        Path p = dir.resolve("page.html");
        Files.write(p, page);
        return HtmlDocumentReader.read(p);
    }

    private static Map<String, String> cells(Report r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CellDef c : ReportSchema.get().cells()) out.put(c.key, r.cellText(c.key));
        return out;
    }

    private static List<String> findings(Report r) {
        return Checker.check(r, null, null).findings().stream().map(f -> f.rule + "@" + f.key + "=" + f.actual)
                .collect(Collectors.toList());
    }

    private void assertSameReport(byte[] odt, String label, Charset cs) throws Exception {
        Report fromOdt = DocumentReader.read(OdfDocumentReader.read(odt));
        String page = OfficeHtml.page(OdfDocumentReader.read(odt), label);
        Report fromHtml = DocumentReader.read(read(page.getBytes(cs)));
        assertEquals(fromOdt.agency(), fromHtml.agency(), label);
        assertEquals(fromOdt.year(), fromHtml.year(), label);
        assertEquals(cells(fromOdt), cells(fromHtml), label);
        assertEquals(findings(fromOdt), findings(fromHtml), label);
        assertEquals(fromOdt.sectionTexts().keySet(), fromHtml.sectionTexts().keySet(), label);
    }

    @Test
    void officeExportedPagesInEveryChineseEncodingReadAsTheOdt() throws Exception {
        Map<String, String> values = VariantFixtures.balancedValues();
        values.put("appeal.review.corrected", "2件");
        byte[] odt = org.nianbao.odf.OdfTableFiller.of(templateBytes()).fill(values);
        Charset gbk = Charset.forName("GBK");
        assertSameReport(odt, "gb2312", gbk);
        assertSameReport(odt, "GBK", gbk);
        assertSameReport(odt, "gb18030", Charset.forName("GB18030"));
        assertSameReport(odt, null, gbk); // no meta: detected
        assertSameReport(odt, "utf-8", StandardCharsets.UTF_8);
        assertSameReport(odt, "utf-8", gbk); // mislabelled: not valid UTF-8, read as GB18030
        assertSameReport(SampleReportFixture.bytes(), "gb2312", gbk);
        assertSameReport(VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, true, false), "gb2312", gbk);
    }

    private static byte[] templateBytes() throws Exception {
        java.io.ByteArrayOutputStream t = new java.io.ByteArrayOutputStream();
        org.nianbao.odf.OdfTemplateWriter.write(t, "某某县人民政府办公室", 2024);
        return t.toByteArray();
    }

    @Test
    void spansNavigationHiddenTextAndNestedTables() throws Exception {
        String html = "<html><head><meta charset=utf-8><style>p{}</style></head><body><nav><a>首页</a><a>政务公开</a></nav>"
                + "<h1>标题</h1><p>第一段<br>第二行</p><p>&nbsp;</p><span style=\"display:none\">藏</span>"
                + "<table><thead><tr><th rowspan=2>A</th><th colspan=2>B</th></tr></thead><tbody><tr><td>1</td><td>2"
                + "<table><tr><td>i</td></tr></table></td></tr><tr><td colspan=\"x\">3</td><td rowspan=9>4</td></tr></tbody></table>"
                + "<script>document.write('x')</script></body></html>";
        StringBuilder sb = new StringBuilder();
        for (Block b : read(html.getBytes(StandardCharsets.UTF_8)).blocks) {
            if (!b.isTable()) {
                sb.append('P').append(b.outlineLevel).append(' ').append(b.text.replace("\n", "\\n")).append('\n');
                continue;
            }
            sb.append("T\n");
            for (List<GridCell> row : b.table.rows) {
                sb.append(row.stream().map(c -> c.id + ":" + c.text.replace("\n", "\\n") + (c.colspan == 1 && c.rowspan == 1 ? ""
                        : " [c" + c.colspan + " r" + c.rowspan + "]")).collect(Collectors.joining(" | "))).append('\n');
            }
        }
        assertEquals("P0 首页政务公开\nP1 标题\nP0 第一段\\n第二行\nT\n0,0:A [c1 r2] | 0,1:B [c2 r1]\n1,1:1 | 1,2:2\\ni\n"
                + "2,0:3 | 2,1:4\nT\n0,0:i\n", sb.toString());
    }

    @Test
    void binaryFilesNamedHtmlAreRefused() {
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> read(new byte[] {'P', 'K', 3, 4, 0, 0, 0}));
        assertEquals(Reason.NOT_HTML, e.reason());
        assertTrue(e.message("zh").contains("不是网页"));
    }

    @Test
    void deepNestingAndHugeTablesEndWithAReason() throws Exception {
        StringBuilder deep = new StringBuilder("<html><body>");
        for (int i = 0; i < 5000; i++) deep.append("<span>");
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
                () -> read(deep.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.TOO_LARGE, e.reason());
        StringBuilder big = new StringBuilder("<table>");
        for (int r = 0; r < 30_000; r++) big.append("<tr><td>1<td>2<td>3<td>4<td>5<td>6<td>7<td>8<td>9<td>10");
        e = assertThrows(UnreadableDocumentException.class, () -> read(big.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void inlineStylesThatHideAnElement() {
        for (String hides : List.of("display:none", "DISPLAY: NONE", "color:red; display : none ;", "display:none!important",
                "mso-hide:all", "font-size:9pt;mso-hide: ALL", "display:\tnone")) {
            assertTrue(HtmlDocumentReader.Walk.hiddenStyle(hides), hides);
        }
        for (String shows : List.of("", "display:block", "mso-display:none", "xdisplay:none", "display:nonexistent",
                "mso-hide:allx", "mso-hide:screen", "color:none", "font-family:none display", "display:")) {
            assertTrue(!HtmlDocumentReader.Walk.hiddenStyle(shows), shows);
        }
    }
}
