package org.nianbao.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;

/**
 * Writes a {@link DocumentContent} as a minimal WordprocessingML package (java.util.zip, no library):
 * headings as Heading1…, a title paragraph, tables with their merges as w:gridSpan and w:vMerge, borders,
 * and 仿宋/黑体 fonts. Used by {@code nianbao template -o 报告.docx} and by the tests as a .docx producer.
 *
 * <p>A label merged down the first column (table 三's “三、本年度办理结果”) stays on one page, as in the Writer inserter
 * ({@code LabelRowKeep}): the rows it spans may not split (w:cantSplit) and every paragraph of them but the last row's
 * keeps with the next (w:keepNext), which is how Word, and LibreOffice opening a .docx, keep table rows together.
 * Unlike ODF, OOXML keeps the paragraph of a covered (vMerge continue) cell, so the keep survives the file.
 */
public final class DocxWriter {
    private static final String W = DocxBodyParser.W;

    private DocxWriter() {
    }

    public static byte[] toBytes(DocumentContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(content, out);
        return out.toByteArray();
    }

    public static void write(DocumentContent content, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        entry(zip, "word/styles.xml", styles());
        entry(zip, "word/document.xml", document(content));
        zip.finish();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String styles() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles xmlns:w=\"" + W + "\">");
        b.append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"仿宋\" w:eastAsia=\"仿宋\" w:hAnsi=\"仿宋\"/>"
                + "<w:sz w:val=\"28\"/></w:rPr></w:rPrDefault></w:docDefaults>");
        b.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>");
        b.append("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
                + "<w:pPr><w:jc w:val=\"center\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"方正小标宋简体\" w:eastAsia=\"方正小标宋简体\"/>"
                + "<w:sz w:val=\"44\"/></w:rPr></w:style>");
        for (int i = 1; i <= 3; i++) {
            b.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(i).append("\"><w:name w:val=\"heading ").append(i)
                    .append("\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"").append(i - 1)
                    .append("\"/></w:pPr><w:rPr><w:rFonts w:ascii=\"黑体\" w:eastAsia=\"黑体\"/></w:rPr></w:style>");
        }
        return b.append("</w:styles>").toString();
    }

    static String document(DocumentContent content) {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"").append(W).append("\"><w:body>");
        boolean first = true;
        List<Block> blocks = content.blocks;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isTable()) {
                table(b, block.table);
                boolean nextIsTable = i + 1 < blocks.size() && blocks.get(i + 1).isTable();
                if (nextIsTable || i + 1 == blocks.size()) b.append("<w:p/>"); // Word joins adjacent tables
            } else {
                String style = block.outlineLevel > 0 ? "Heading" + Math.min(3, block.outlineLevel) : first ? "Title" : null;
                paragraph(b, block.text, style);
            }
            first = false;
        }
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\""
                + " w:left=\"1588\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        return b.toString();
    }

    private static void paragraph(StringBuilder b, String text, String style) {
        paragraph(b, text, style, false);
    }

    private static void paragraph(StringBuilder b, String text, String style, boolean keepNext) {
        b.append("<w:p>");
        if (style != null || keepNext) {
            b.append("<w:pPr>");
            if (style != null) b.append("<w:pStyle w:val=\"").append(style).append("\"/>");
            if (keepNext) b.append("<w:keepNext/>");
            b.append("</w:pPr>");
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            b.append("<w:r>");
            if (i > 0) b.append("<w:br/>");
            if (!lines[i].isEmpty()) b.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
            b.append("</w:r>");
        }
        b.append("</w:p>");
    }

    /** One w:tbl: cells placed on the grid (the HTML table model), covered slots written as vMerge continue. */
    private static void table(StringBuilder b, Grid grid) {
        List<Slot[]> rows = place(grid);
        int width = 0;
        for (Slot[] r : rows) width = Math.max(width, r.length);
        b.append("<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            b.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        b.append("</w:tblBorders></w:tblPr><w:tblGrid>");
        for (int c = 0; c < width; c++) b.append("<w:gridCol w:w=\"").append(9000 / Math.max(1, width)).append("\"/>");
        b.append("</w:tblGrid>");
        for (int ri = 0; ri < rows.size(); ri++) {
            Slot[] r = rows.get(ri);
            Slot label = r.length > 0 ? r[0] : null; // the first column's cell, merged down or not
            boolean kept = label != null && label.lastRow > label.firstRow;
            boolean keepNext = kept && label.lastRow > ri;
            b.append("<w:tr>");
            if (kept) b.append("<w:trPr><w:cantSplit/></w:trPr>");
            for (int c = 0; c < width; ) {
                Slot s = c < r.length ? r[c] : null;
                int span = s == null ? 1 : s.cell.colspan;
                b.append("<w:tc><w:tcPr>");
                if (span > 1) b.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
                if (s != null && s.cell.rowspan > 1) b.append(s.start ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>");
                b.append("</w:tcPr>");
                if (s != null && s.start) {
                    for (String p : s.cell.text.split("\n", -1)) paragraph(b, p, null, keepNext);
                } else {
                    b.append(keepNext ? "<w:p><w:pPr><w:keepNext/></w:pPr></w:p>" : "<w:p/>");
                }
                b.append("</w:tc>");
                c += span;
            }
            b.append("</w:tr>");
        }
        b.append("</w:tbl>");
    }

    private static final class Slot {
        final GridCell cell;
        final boolean start;
        /** The rows the cell spans (0-based, inclusive). */
        final int firstRow;
        final int lastRow;

        Slot(GridCell cell, boolean start, int firstRow, int lastRow) {
            this.cell = cell;
            this.start = start;
            this.firstRow = firstRow;
            this.lastRow = lastRow;
        }
    }

    private static List<Slot[]> place(Grid grid) {
        List<Slot[]> rows = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            while (rows.size() <= r) rows.add(new Slot[0]);
            int c = 0;
            for (GridCell cell : grid.row(r)) {
                while (c < rows.get(r).length && rows.get(r)[c] != null) c++;
                int last = Math.min(r + cell.rowspan, grid.rowCount()) - 1;
                for (int dr = 0; r + dr <= last; dr++) {
                    while (rows.size() <= r + dr) rows.add(new Slot[0]);
                    Slot[] row = grow(rows, r + dr, c + cell.colspan);
                    Slot s = new Slot(cell, dr == 0, r, last);
                    for (int dc = 0; dc < cell.colspan; dc++) row[c + dc] = dc == 0 ? s : COVERED;
                }
                c += cell.colspan;
            }
        }
        for (Slot[] row : rows) for (int c = 0; c < row.length; c++) if (row[c] == COVERED) row[c] = null;
        return rows;
    }

    private static final Slot COVERED = new Slot(new GridCell("", ""), false, 0, 0);

    private static Slot[] grow(List<Slot[]> rows, int r, int width) {
        Slot[] row = rows.get(r);
        if (row.length < width) {
            row = java.util.Arrays.copyOf(row, width);
            rows.set(r, row);
        }
        return row;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '&': b.append("&amp;"); break;
                case '"': b.append("&quot;"); break;
                default:
                    if (c == '\t') b.append("</w:t><w:tab/><w:t xml:space=\"preserve\">");
                    else if (c >= 0x20 || c == '\n') b.append(c);
            }
        }
        return b.toString();
    }
}
