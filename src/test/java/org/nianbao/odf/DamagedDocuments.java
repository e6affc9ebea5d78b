package org.nianbao.odf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

/**
 * Damaged or unusual reports for issue 4, as .odt bytes: complete balanced reports ({@link VariantFixtures})
 * with table 三 (or the whole document) damaged the way people damage them in Writer or another office
 * suite. The checker's test reads them with the ODF reader; the extension's test opens the same files in
 * LibreOffice.
 */
public final class DamagedDocuments {
    /** The row removed by {@link #t3RowDeleted()}: （三）不予公开 4.保护第三方合法权益. */
    public static final String DELETED_ROW = "results.denied.third_party";
    /** The applicant column removed by {@link #t3ColumnDeleted()}: 科研机构. */
    public static final String DELETED_COLUMN = "research";
    /** The row whose 自然人 and 商业企业 cells {@link #t3CellsMerged()} merges: （一）予以公开. */
    public static final String MERGED_ROW = "results.granted";
    /** The row whose 自然人 cell {@link #t3CellSplit()} splits in two: （二）部分公开. */
    public static final String SPLIT_ROW = "results.partial";
    /** The cell holding a small pasted table in {@link #tableInValueCell()}. */
    public static final String NESTED_KEY = "apply.new.natural_person";
    /** The texts of that small table's two cells. */
    public static final String[] NESTED_TEXTS = {"新收", "12"};
    /** The cell with a pending tracked change in {@link #trackedChange()}: “3” deleted, “7” inserted. */
    public static final String TRACKED_KEY = "apply.new.commercial";

    private static final ReportSchema SCHEMA = ReportSchema.get();
    private static final String MARK = "NBMARKX9Q";

    private DamagedDocuments() {
    }

    /** The complete, balanced report every damage starts from. */
    public static byte[] complete() throws IOException {
        return VariantFixtures.report(VariantFixtures.balancedValues(), Map.of());
    }

    /** Table 三 without the row {@link #DELETED_ROW} (the spans over it one row shorter). */
    public static byte[] t3RowDeleted() throws IOException {
        return withT3(rows -> {
            int at = rowOf(rows, "apply." + DELETED_ROW + ".");
            List<List<LayoutCell>> out = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                if (r == at) continue;
                List<LayoutCell> row = new ArrayList<>();
                for (LayoutCell c : rows.get(r)) {
                    row.add(r < at && r + c.rowspan > at ? new LayoutCell(c.text, c.key, c.colspan, c.rowspan - 1) : c);
                }
                out.add(row);
            }
            return out;
        }, OdfTemplateWriter.styleOf(TableId.T3));
    }

    /** Table 三 without the applicant column {@link #DELETED_COLUMN} (header and values; spans over it narrower). */
    public static byte[] t3ColumnDeleted() throws IOException {
        TableStyle official = OdfTemplateWriter.styleOf(TableId.T3);
        int column = 3 + columnIndex(DELETED_COLUMN); // three label columns, then the applicant columns
        double[] widths = new double[official.columnWidthsMm.length - 1];
        for (int c = 0, k = 0; c < official.columnWidthsMm.length; c++) if (c != column) widths[k++] = official.columnWidthsMm[c];
        TableStyle style = new TableStyle(widths, official.labelFontPt, official.valueFontPt, official.headerRows);
        return withT3(rows -> {
            OdfComposer.Placement placement = OdfComposer.Placement.of(rows, official.columnWidthsMm.length);
            List<List<LayoutCell>> out = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                int[] cols = placement.columnsOfRow(r);
                List<LayoutCell> row = new ArrayList<>();
                for (int i = 0; i < rows.get(r).size(); i++) {
                    LayoutCell c = rows.get(r).get(i);
                    boolean covers = cols[i] <= column && column < cols[i] + c.colspan;
                    if (covers && c.colspan == 1) continue;
                    row.add(covers ? new LayoutCell(c.text, c.key, c.colspan - 1, c.rowspan) : c);
                }
                out.add(row);
            }
            return out;
        }, style);
    }

    /** Table 三 with the 自然人 and 商业企业 cells of {@link #MERGED_ROW} merged into one (holding the first value). */
    public static byte[] t3CellsMerged() throws IOException {
        return withT3(rows -> {
            int at = rowOf(rows, "apply." + MERGED_ROW + ".");
            List<List<LayoutCell>> out = new ArrayList<>(rows);
            List<LayoutCell> row = new ArrayList<>();
            String first = "apply." + MERGED_ROW + "." + SCHEMA.t3Columns().get(0).key;
            String second = "apply." + MERGED_ROW + "." + SCHEMA.t3Columns().get(1).key;
            for (LayoutCell c : rows.get(at)) {
                if (second.equals(c.key)) continue;
                row.add(first.equals(c.key) ? new LayoutCell(c.text, c.key, 2, 1) : c);
            }
            out.set(at, row);
            return out;
        }, OdfTemplateWriter.styleOf(TableId.T3));
    }

    /**
     * Table 三 with the 自然人 cell of {@link #SPLIT_ROW} split in two side by side, as Writer's Split Cells
     * stores it: a grid column more, the old value in the left half, the right half empty, and the cells
     * of the other rows at that column spanning both halves.
     */
    public static byte[] t3CellSplit() throws IOException {
        TableStyle official = OdfTemplateWriter.styleOf(TableId.T3);
        int column = 3; // 自然人: after the three label columns
        double[] widths = new double[official.columnWidthsMm.length + 1];
        for (int c = 0, k = 0; c < official.columnWidthsMm.length; c++) {
            if (c == column) {
                widths[k++] = official.columnWidthsMm[c] / 2;
                widths[k++] = official.columnWidthsMm[c] / 2;
            } else {
                widths[k++] = official.columnWidthsMm[c];
            }
        }
        TableStyle style = new TableStyle(widths, official.labelFontPt, official.valueFontPt, official.headerRows);
        return withT3(rows -> {
            int at = rowOf(rows, "apply." + SPLIT_ROW + ".");
            OdfComposer.Placement placement = OdfComposer.Placement.of(rows, official.columnWidthsMm.length);
            List<List<LayoutCell>> out = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                int[] cols = placement.columnsOfRow(r);
                List<LayoutCell> row = new ArrayList<>();
                for (int i = 0; i < rows.get(r).size(); i++) {
                    LayoutCell c = rows.get(r).get(i);
                    boolean covers = cols[i] <= column && column < cols[i] + c.colspan;
                    if (covers && r == at) {
                        row.add(new LayoutCell(c.text, c.key, c.colspan, c.rowspan));
                        row.add(new LayoutCell("", null, 1, 1));
                    } else {
                        row.add(covers ? new LayoutCell(c.text, c.key, c.colspan + 1, c.rowspan) : c);
                    }
                }
                out.add(row);
            }
            return out;
        }, style);
    }

    /** Table 三 split in two tables before （三）不予公开 3. (the header not repeated), as a page break leaves it. */
    public static byte[] t3SplitInTwo() throws IOException {
        return VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, false, false);
    }

    /** Table 三 converted to text: one paragraph per row, the cells separated by tabs (Table › Convert › Table to Text). */
    public static byte[] t3AsText() throws IOException {
        return VariantFixtures.report(VariantFixtures.balancedValues(), Map.of(TableId.T3, (c, values) -> {
            for (List<LayoutCell> row : VariantFixtures.official(TableId.T3, values)) {
                List<String> cells = new ArrayList<>();
                for (LayoutCell cell : row) cells.add(cell.text == null ? "" : cell.text);
                c.paragraph(String.join("\t", cells));
            }
        }));
    }

    /** Table 三 inside the one cell of a layout table (as reports copied from web pages come). */
    public static byte[] t3NestedInLayoutTable() throws IOException {
        String t3 = VariantFixtures.name(TableId.T3);
        return editContent(complete(), xml -> {
            int start = xml.indexOf("<table:table table:name=\"" + t3 + "\"");
            int end = xml.indexOf("</table:table>", start) + "</table:table>".length();
            if (start < 0) throw new IllegalStateException("no table " + t3);
            return xml.substring(0, start) + "<table:table table:name=\"Layout\"><table:table-column/><table:table-row>"
                    + "<table:table-cell><text:p/>" + xml.substring(start, end) + "<text:p/></table:table-cell>"
                    + "</table:table-row></table:table>" + xml.substring(end);
        });
    }

    /** A small table pasted into the value cell {@link #NESTED_KEY} (cells {@link #NESTED_TEXTS}). */
    public static byte[] tableInValueCell() throws IOException {
        Map<String, String> values = new LinkedHashMap<>(VariantFixtures.balancedValues());
        values.put(NESTED_KEY, MARK);
        byte[] odt = VariantFixtures.report(values, Map.of());
        return editContent(odt, xml -> xml.replace(paragraphHolding(xml, MARK),
                "<text:p/><table:table table:name=\"Pasted\"><table:table-column table:number-columns-repeated=\"2\"/>"
                        + "<table:table-row><table:table-cell><text:p>" + NESTED_TEXTS[0] + "</text:p></table:table-cell>"
                        + "<table:table-cell><text:p>" + NESTED_TEXTS[1] + "</text:p></table:table-cell></table:table-row>"
                        + "</table:table><text:p/>"));
    }

    /** Table 三 twice: the second copy (values 9) after table 四. */
    public static byte[] t3Twice() throws IOException {
        return VariantFixtures.report(VariantFixtures.balancedValues(), Map.of(TableId.T4, (c, values) -> {
            c.table(VariantFixtures.name(TableId.T4), VariantFixtures.official(TableId.T4, values), OdfTemplateWriter.styleOf(TableId.T4));
            c.paragraph("");
            Map<String, String> nines = new LinkedHashMap<>();
            for (String k : values.keySet()) nines.put(k, "9");
            c.table("表格3_copy", VariantFixtures.official(TableId.T3, nines), OdfTemplateWriter.styleOf(TableId.T3));
        }));
    }

    /** Only table 三: tables 二 and 四 left out (their headings stay). */
    public static byte[] onlyTable3() throws IOException {
        return VariantFixtures.report(VariantFixtures.balancedValues(), Map.of(
                TableId.T2, (c, values) -> c.paragraph(""),
                TableId.T4, (c, values) -> c.paragraph("")));
    }

    /** A document as Writer saves a new one: a body with one empty paragraph. */
    public static byte[] empty() throws IOException {
        return TestOdt.odt("<text:p/>");
    }

    /**
     * The complete report after {@code paragraphs} paragraphs of body text (about 7 per A4 page in the
     * report's body style: 1,500 make more than 200 pages in Writer), i.e. the tables at the end.
     */
    public static byte[] longDocument(int paragraphs) throws IOException {
        Map<String, String> values = VariantFixtures.balancedValues();
        String title = ReportSchema.title(VariantFixtures.AGENCY, VariantFixtures.YEAR);
        OdfComposer c = OdfComposer.create(FontSet.open()).metaTitle(title).title(title);
        String sentence = "本机关认真贯彻落实政府信息公开条例，持续推进决策、执行、管理、服务、结果公开，"
                + "不断提升政务公开质量和实效，现将有关情况报告如下。";
        for (int i = 0; i < paragraphs; i++) c.paragraph("附件说明第" + (i + 1) + "段：" + sentence);
        for (SectionDef s : SCHEMA.sections()) {
            c.heading(s.heading, 1);
            if (s.isText()) c.paragraph(s.headingEn + " (test text).");
            else c.table(VariantFixtures.name(s.table), VariantFixtures.official(s.table, values), OdfTemplateWriter.styleOf(s.table));
        }
        return c.toBytes();
    }

    /**
     * A pending tracked change in {@link #TRACKED_KEY} as Writer stores it: the old value “3” in a deletion
     * region of text:tracked-changes, the new value “7” inline between change marks.
     */
    public static byte[] trackedChange() throws IOException {
        Map<String, String> values = new LinkedHashMap<>(VariantFixtures.balancedValues());
        values.put(TRACKED_KEY, MARK);
        byte[] odt = VariantFixtures.report(values, Map.of());
        String info = "<office:change-info><dc:creator>审核人</dc:creator><dc:date>2024-01-15T10:00:00</dc:date></office:change-info>";
        return editContent(odt, xml -> xml
                .replace("<office:text>", "<office:text><text:tracked-changes>"
                        + "<text:changed-region text:id=\"nbct1\"><text:deletion>" + info + "<text:p>3</text:p></text:deletion></text:changed-region>"
                        + "<text:changed-region text:id=\"nbct2\"><text:insertion>" + info + "</text:insertion></text:changed-region>"
                        + "</text:tracked-changes>")
                .replace(MARK, "<text:change text:change-id=\"nbct1\"/><text:change-start text:change-id=\"nbct2\"/>7"
                        + "<text:change-end text:change-id=\"nbct2\"/>"));
    }

    // ------------------------------------------------------------------ helpers

    /** The complete report with table 三's layout rows transformed. */
    private static byte[] withT3(UnaryOperator<List<List<LayoutCell>>> change, TableStyle style) throws IOException {
        return VariantFixtures.report(VariantFixtures.balancedValues(), Map.of(TableId.T3, (c, values) ->
                c.table(VariantFixtures.name(TableId.T3), change.apply(VariantFixtures.official(TableId.T3, values)), style)));
    }

    private static int rowOf(List<List<LayoutCell>> rows, String keyPrefix) {
        for (int r = 0; r < rows.size(); r++) {
            for (LayoutCell c : rows.get(r)) if (c.key != null && c.key.startsWith(keyPrefix)) return r;
        }
        throw new IllegalArgumentException("no row with " + keyPrefix);
    }

    private static int columnIndex(String key) {
        for (int i = 0; i < SCHEMA.t3Columns().size(); i++) if (SCHEMA.t3Columns().get(i).key.equals(key)) return i;
        throw new IllegalArgumentException(key);
    }

    /** The text:p element (start tag to end tag) holding the marker. */
    private static String paragraphHolding(String xml, String marker) {
        int at = xml.indexOf(marker);
        int start = xml.lastIndexOf("<text:p", at);
        int end = xml.indexOf("</text:p>", at) + "</text:p>".length();
        return xml.substring(start, end);
    }

    /**
     * The package with content.xml edited as text — what another office suite or a script does to a
     * file; every other entry is copied as it is, mimetype first and stored.
     */
    public static byte[] editContent(byte[] odt, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
        }
        String content = new String(entries.get("content.xml"), StandardCharsets.UTF_8);
        entries.put("content.xml", edit.apply(content).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RawZip z = new RawZip(out)) {
            byte[] mimetype = entries.remove("mimetype");
            if (mimetype != null) z.stored("mimetype", mimetype);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) z.deflated(e.getKey(), e.getValue());
            z.finish();
        }
        return out.toByteArray();
    }
}
