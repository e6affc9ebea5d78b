package org.nianbao.odf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.TableLayout;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes values into the value cells of a report written by {@link OdfTemplateWriter}, by cell key.
 * The template is analysed once with odfdom: each value cell is found through the schema layout
 * (layout row and grid column in the table named {@link OdfTemplateWriter#tableName}) and replaced
 * by a marker; filling is then string assembly plus zipping, about a millisecond per document, so the
 * benchmark generator can write thousands of filled reports. Instances are immutable and thread-safe.
 */
public final class OdfTableFiller {
    private static final char MARK_START = '\uE000';
    private static final char MARK_END = '\uE001';

    private final List<String> segments;
    private final List<String> keys;
    private final Set<String> knownKeys;
    private final List<String> paragraphStyles;
    private final Map<String, byte[]> otherEntries;

    private OdfTableFiller(List<String> segments, List<String> keys, List<String> paragraphStyles,
                           Map<String, byte[]> otherEntries) {
        this.segments = segments;
        this.keys = keys;
        this.knownKeys = Set.copyOf(keys);
        this.paragraphStyles = paragraphStyles;
        this.otherEntries = otherEntries;
    }

    public static OdfTableFiller of(Path template) throws IOException {
        return of(Files.readAllBytes(template));
    }

    public static OdfTableFiller of(byte[] template) throws IOException {
        OdfTextDocument doc;
        try {
            doc = OdfTextDocument.loadDocument(new ByteArrayInputStream(template));
        } catch (Exception e) {
            throw new IOException("not a template odfdom can load", e);
        }
        List<String> keys = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        try {
            Element root = doc.getContentDom().getDocumentElement();
            for (TableId t : TableId.values()) markTable(root, t, keys, styles);
        } catch (Exception e) {
            throw new IOException("could not mark the value cells", e);
        }
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try {
            doc.save(saved);
        } catch (Exception e) {
            throw new IOException("odfdom could not save the marked template", e);
        }
        Map<String, byte[]> entries = unzip(saved.toByteArray());
        String content = new String(entries.remove("content.xml"), StandardCharsets.UTF_8);
        return new OdfTableFiller(split(content, keys.size()), keys, styles, entries);
    }

    /** The keys of the value cells found in the template, in document order. */
    public List<String> keys() {
        return Collections.unmodifiableList(keys);
    }

    public static void fill(Path template, Path out, Map<String, String> values) throws IOException {
        of(template).fill(values, out);
    }

    public byte[] fill(Map<String, String> values) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fill(values, out);
        return out.toByteArray();
    }

    public void fill(Map<String, String> values, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            fill(values, os);
        }
    }

    /**
     * Writes the filled document. Keys not given leave the cell empty; a key the template does not
     * have is an error. Text may hold "\n" (line break) and "\u2029" (second paragraph in the cell).
     */
    public void fill(Map<String, String> values, OutputStream out) throws IOException {
        for (String k : values.keySet()) {
            if (!knownKeys.contains(k)) throw new IllegalArgumentException("no value cell " + k + " in the template");
        }
        StringBuilder content = new StringBuilder(segments.get(0).length() * 2);
        content.append(segments.get(0));
        for (int i = 0; i < keys.size(); i++) {
            String v = values.get(keys.get(i));
            if (v != null) appendXmlText(content, v, paragraphStyles.get(i));
            content.append(segments.get(i + 1));
        }
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        byte[] mimetype = otherEntries.get("mimetype");
        if (mimetype != null) stored(zip, "mimetype", mimetype);
        deflated(zip, "content.xml", content.toString().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : otherEntries.entrySet()) {
            if (!e.getKey().equals("mimetype")) deflated(zip, e.getKey(), e.getValue());
        }
        zip.finish();
    }

    // ------------------------------------------------------------------ analysis

    private static void markTable(Element root, TableId t, List<String> keys, List<String> styles) {
        Element table = findTable(root, OdfTemplateWriter.tableName(t));
        if (table == null) return;
        TableLayout layout = ReportSchema.get().layout(t);
        int[][] cols = layout.gridColumns();
        List<Element> rows = rows(table);
        for (int r = 0; r < layout.rows.size() && r < rows.size(); r++) {
            List<LayoutCell> cells = layout.rows.get(r);
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isValue()) continue;
                Element cell = cellAt(rows.get(r), cols[r][i]);
                if (cell == null) continue;
                styles.add(mark(cell, keys.size()));
                keys.add(cells.get(i).key);
            }
        }
    }

    private static Element findTable(Element root, String name) {
        NodeList tables = root.getElementsByTagNameNS(OdfComposer.NS.get("table"), "table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element e = (Element) tables.item(i);
            if (name.equals(e.getAttributeNS(OdfComposer.NS.get("table"), "name"))) return e;
        }
        return null;
    }

    private static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element)) continue;
            String local = n.getLocalName();
            if ("table-row".equals(local)) out.add((Element) n);
            else if ("table-header-rows".equals(local) || "table-rows".equals(local) || "table-row-group".equals(local)) {
                out.addAll(rows((Element) n));
            }
        }
        return out;
    }

    private static Element cellAt(Element row, int column) {
        int c = 0;
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element)) continue;
            String local = n.getLocalName();
            if (!"table-cell".equals(local) && !"covered-table-cell".equals(local)) continue;
            String rep = ((Element) n).getAttributeNS(OdfComposer.NS.get("table"), "number-columns-repeated");
            int repeat = rep.isEmpty() ? 1 : Integer.parseInt(rep);
            if (column < c + repeat) return "table-cell".equals(local) ? (Element) n : null;
            c += repeat;
        }
        return null;
    }

    /** Leaves one empty paragraph holding the marker; returns that paragraph's style name. */
    private static String mark(Element cell, int index) {
        Element p = null;
        for (Node n = cell.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && "p".equals(n.getLocalName())) {
                p = (Element) n;
                break;
            }
        }
        String style = p == null ? "" : p.getAttributeNS(OdfComposer.NS.get("text"), "style-name");
        while (cell.getFirstChild() != null) cell.removeChild(cell.getFirstChild());
        Element para = cell.getOwnerDocument().createElementNS(OdfComposer.NS.get("text"), "text:p");
        if (!style.isEmpty()) para.setAttributeNS(OdfComposer.NS.get("text"), "text:style-name", style);
        para.appendChild(cell.getOwnerDocument().createTextNode(MARK_START + Integer.toString(index) + MARK_END));
        cell.appendChild(para);
        return style;
    }

    private static List<String> split(String content, int markers) throws IOException {
        List<String> segments = new ArrayList<>(markers + 1);
        int from = 0;
        for (int i = 0; i < markers; i++) {
            String marker = MARK_START + Integer.toString(i) + MARK_END;
            int at = content.indexOf(marker, from);
            if (at < 0) throw new IOException("marker " + i + " lost when saving the template");
            segments.add(content.substring(from, at));
            from = at + marker.length();
        }
        segments.add(content.substring(from));
        return segments;
    }

    private static Map<String, byte[]> unzip(byte[] odt) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory()) entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    // ------------------------------------------------------------------ output

    /** XML text the way ODF wants it (see {@link OdfComposer#appendText}), as markup. */
    static void appendXmlText(StringBuilder out, String text, String paragraphStyle) {
        boolean prevSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case ' ':
                    out.append(prevSpace ? "<text:s/>" : " ");
                    prevSpace = true;
                    continue;
                case '\n':
                    out.append("<text:line-break/>");
                    break;
                case '\t':
                    out.append("<text:tab/>");
                    break;
                case OdfComposer.PARAGRAPH_SEPARATOR:
                    out.append("</text:p><text:p");
                    if (!paragraphStyle.isEmpty()) out.append(" text:style-name=\"").append(escape(paragraphStyle)).append('"');
                    out.append('>');
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                default:
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) continue; // not allowed in XML
                    out.append(c);
                    prevSpace = false;
                    continue;
            }
            prevSpace = true;
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(data.length);
        e.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }
}
