package org.nianbao.odf;

import org.nianbao.read.ReadLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.TableLayout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class OdfTemplateWriterTest {
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    private final ReportSchema schema = ReportSchema.get();

    @Test
    void blankReportHasTitleSixHeadingsGuidanceAndTheThreeOfficialTables() throws Exception {
        byte[] odt = OdfTemplateWriter.toBytes("卫辉市司法局", 2021, FontSet.open());
        OdfReadResult read = new OdfDocumentReader(ReadLimits.defaults()).readFull(odt);
        List<Block> blocks = read.content.blocks;
        String title = ReportSchema.title("卫辉市司法局", 2021);
        assertEquals(title, blocks.get(0).text);
        assertEquals(0, blocks.get(0).outlineLevel);
        assertEquals(title, read.metaTitle);
        int i = 1;
        for (SectionDef s : schema.sections()) {
            assertEquals(s.heading, blocks.get(i).text);
            assertEquals(1, blocks.get(i).outlineLevel);
            i++;
            if (s.isText()) {
                assertEquals(s.guidance, blocks.get(i++).text);
                assertEquals("", blocks.get(i++).text, "an empty body paragraph to type in");
            } else {
                Block t = blocks.get(i++);
                assertTrue(t.isTable());
                assertEquals(OdfTemplateWriter.tableName(s.table), t.table.name);
                Grids.assertMatchesLayout(t.table, schema.layout(s.table), key -> "");
            }
        }
        assertEquals(blocks.size(), i);
    }

    @Test
    void titlePlaceholders() {
        assertEquals("（机关名称）××××年政府信息公开工作年度报告", OdfTemplateWriter.title(null, null));
        assertEquals("某局××××年政府信息公开工作年度报告", OdfTemplateWriter.title(" 某局 ", null));
        assertEquals(ReportSchema.title("（机关名称）", 2022), OdfTemplateWriter.title("  ", 2022));
    }

    @Test
    void mergesAreWrittenAsSpansWithCoveredCellsAndColumnsFillTheTextWidth() throws Exception {
        Map<String, Document> parts = parts(OdfTemplateWriter.toBytes(null, null, FontSet.open()));
        Document content = parts.get("content.xml");
        Map<String, Double> columnWidths = new HashMap<>();
        NodeList styles = content.getElementsByTagNameNS(STYLE_NS, "style");
        for (int i = 0; i < styles.getLength(); i++) {
            Element s = (Element) styles.item(i);
            NodeList props = s.getElementsByTagNameNS(STYLE_NS, "table-column-properties");
            if (props.getLength() == 0) continue;
            String w = ((Element) props.item(0)).getAttributeNS(STYLE_NS, "column-width");
            columnWidths.put(s.getAttributeNS(STYLE_NS, "name"), Double.parseDouble(w.replace("mm", "")));
        }
        NodeList tables = content.getElementsByTagNameNS(TABLE_NS, "table");
        assertEquals(3, tables.getLength());
        for (int t = 0; t < 3; t++) {
            Element table = (Element) tables.item(t);
            TableId id = TableId.valueOf(table.getAttributeNS(TABLE_NS, "name").replace("Nianbao_", ""));
            TableLayout layout = schema.layout(id);
            NodeList cols = table.getElementsByTagNameNS(TABLE_NS, "table-column");
            assertEquals(layout.columns, cols.getLength(), id + " columns");
            double sum = 0;
            for (int c = 0; c < cols.getLength(); c++) {
                sum += columnWidths.get(((Element) cols.item(c)).getAttributeNS(TABLE_NS, "style-name"));
            }
            assertEquals(OdfComposer.TEXT_WIDTH_MM, sum, 0.05, id + " width");
            int spannedArea = 0;
            int cells = 0;
            for (List<LayoutCell> row : layout.rows) {
                for (LayoutCell c : row) {
                    spannedArea += c.colspan * c.rowspan - 1;
                    cells++;
                }
            }
            assertEquals(spannedArea, table.getElementsByTagNameNS(TABLE_NS, "covered-table-cell").getLength(), id + " covered");
            assertEquals(cells, table.getElementsByTagNameNS(TABLE_NS, "table-cell").getLength(), id + " cells");
            assertEquals(layout.rows.size() * layout.columns, cells + spannedArea, id + " full grid");
        }
        assertEquals(3, ((Element) tables.item(1)).getElementsByTagNameNS(TABLE_NS, "table-header-rows").item(0)
                .getChildNodes().getLength(), "table 三 repeats its three header rows on each page");
    }

    @Test
    void columnsFitSevenDigitsInTheWidestFont() {
        // Noto CJK digits: 7 digits = 3.9 em; cell padding 0.4 mm each side; 0.3 mm for borders
        for (TableId t : TableId.values()) {
            TableStyle s = OdfTemplateWriter.styleOf(t);
            double emMm = s.valueFontPt * 25.4 / 72;
            double need = 3.9 * emMm + 0.8 + 0.3;
            int firstValueColumn = t == TableId.T2 ? 1 : t == TableId.T3 ? 3 : 0;
            for (int c = firstValueColumn; c < s.columnWidthsMm.length; c++) {
                assertTrue(s.columnWidthsMm[c] >= need, t + " column " + c + ": " + s.columnWidthsMm[c] + " < " + need);
            }
            assertEquals(OdfComposer.TEXT_WIDTH_MM, s.widthMm(), 0.01);
        }
    }

    @Test
    void namedParagraphStylesWithCjkFonts() throws Exception {
        for (FontSet fonts : List.of(FontSet.official(), FontSet.open())) {
            Map<String, Document> parts = parts(OdfTemplateWriter.toBytes("某局", 2021, fonts));
            Map<String, Element> byDisplay = new HashMap<>();
            NodeList styles = parts.get("styles.xml").getElementsByTagNameNS(STYLE_NS, "style");
            for (int i = 0; i < styles.getLength(); i++) {
                Element s = (Element) styles.item(i);
                byDisplay.put(s.getAttributeNS(STYLE_NS, "display-name"), s);
            }
            assertFont(byDisplay.get("Nianbao Title"), fonts.title, "22.0pt");
            assertFont(byDisplay.get("Nianbao Heading"), fonts.heading, "16.0pt");
            assertEquals("1", byDisplay.get("Nianbao Heading").getAttributeNS(STYLE_NS, "default-outline-level"));
            // Enter after a heading or the guidance starts body text (ClerkKeyboardIT found the heading repeated)
            String body = byDisplay.get("Nianbao Body").getAttributeNS(STYLE_NS, "name");
            assertEquals(body, byDisplay.get("Nianbao Heading").getAttributeNS(STYLE_NS, "next-style-name"));
            assertEquals(body, byDisplay.get("Nianbao Guidance").getAttributeNS(STYLE_NS, "next-style-name"));
            assertFont(byDisplay.get("Nianbao Body"), fonts.body, "16.0pt");
            assertFont(byDisplay.get("Nianbao Table Label"), fonts.table, "10.5pt");
            assertFont(byDisplay.get("Nianbao Table Value"), fonts.table, "10.5pt");
            assertTrue(byDisplay.containsKey("Nianbao Guidance"));
            List<String> faces = new ArrayList<>();
            NodeList ff = parts.get("styles.xml").getElementsByTagNameNS(STYLE_NS, "font-face");
            for (int i = 0; i < ff.getLength(); i++) faces.add(((Element) ff.item(i)).getAttributeNS(STYLE_NS, "name"));
            assertTrue(faces.containsAll(List.of(fonts.title, fonts.heading, fonts.body)), faces.toString());
        }
        assertEquals("方正小标宋简体", FontSet.official().title);
        assertEquals("黑体", FontSet.official().heading);
        assertEquals("仿宋_GB2312", FontSet.official().body);
    }

    @Test
    void pageIsA4WithGbt9704Margins() throws Exception {
        Document styles = parts(OdfTemplateWriter.toBytes("某局", 2021, FontSet.open())).get("styles.xml");
        NodeList layouts = styles.getElementsByTagNameNS(STYLE_NS, "page-layout");
        Element pm1 = null;
        for (int i = 0; i < layouts.getLength(); i++) {
            if ("pm1".equals(((Element) layouts.item(i)).getAttributeNS(STYLE_NS, "name"))) pm1 = (Element) layouts.item(i);
        }
        Element p = (Element) pm1.getElementsByTagNameNS(STYLE_NS, "page-layout-properties").item(0);
        assertEquals("21cm", p.getAttributeNS(FO_NS, "page-width"));
        assertEquals("29.7cm", p.getAttributeNS(FO_NS, "page-height"));
        assertEquals("2.8cm", p.getAttributeNS(FO_NS, "margin-left"));
        assertEquals("2.6cm", p.getAttributeNS(FO_NS, "margin-right"));
    }

    @Test
    void writesToPathAndStream(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.odt");
        OdfTemplateWriter.write(file, "某局", 2021);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OdfTemplateWriter.write(out, "某局", 2021);
        for (DocumentContent d : List.of(OdfDocumentReader.read(file), OdfDocumentReader.read(out.toByteArray()))) {
            assertEquals(3, Grids.tables(d).size());
            assertEquals(ReportSchema.title("某局", 2021), d.blocks.get(0).text);
        }
    }

    private static void assertFont(Element style, String font, String size) {
        Element tp = (Element) style.getElementsByTagNameNS(STYLE_NS, "text-properties").item(0);
        assertEquals(font, tp.getAttributeNS(STYLE_NS, "font-name-asian"));
        assertEquals(font, tp.getAttributeNS(STYLE_NS, "font-name"));
        assertEquals(size, tp.getAttributeNS(FO_NS, "font-size"));
    }

    /** The XML parts of our own package, parsed with a plain namespace-aware DOM (trusted input). */
    static Map<String, Document> parts(byte[] odt) throws Exception {
        Map<String, Document> out = new HashMap<>();
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml")) {
                    byte[] data = in.readAllBytes();
                    out.put(e.getName(), f.newDocumentBuilder().parse(new ByteArrayInputStream(data)));
                    assertTrue(new String(data, StandardCharsets.UTF_8).startsWith("<?xml"));
                }
            }
        }
        return out;
    }
}
