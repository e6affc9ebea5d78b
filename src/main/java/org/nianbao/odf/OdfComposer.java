package org.nianbao.odf;

import org.nianbao.core.style.HouseStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.core.schema.LayoutCell;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Builds an .odt with odfdom in the house style: A4 with GB/T 9704 margins, named paragraph styles
 * (“Nianbao Title”, “Nianbao Heading”, “Nianbao Body”, “Nianbao Guidance”, “Nianbao Table Label”,
 * “Nianbao Table Value”) and bordered tables whose merges come from rows of {@link LayoutCell}s
 * (colspan/rowspan become number-columns-spanned/number-rows-spanned plus covered cells).
 * The template writer and the test fixtures both use it. Not thread-safe; one document per instance.
 *
 * <p>Text may hold "\n" (a line break inside the paragraph) and "\u2029" (a new paragraph in the same
 * cell); runs of spaces are kept with text:s.
 */
public final class OdfComposer {
    /** A4 text width with GB/T 9704 margins (left 28 mm, right 26 mm). */
    public static final double TEXT_WIDTH_MM = HouseStyle.TEXT_WIDTH_MM;
    public static final String STYLE_TITLE = HouseStyle.STYLE_TITLE;
    public static final String STYLE_HEADING = HouseStyle.STYLE_HEADING;
    public static final String STYLE_BODY = HouseStyle.STYLE_BODY;
    public static final String STYLE_GUIDANCE = HouseStyle.STYLE_GUIDANCE;
    public static final String STYLE_TABLE_LABEL = HouseStyle.STYLE_TABLE_LABEL;
    public static final String STYLE_TABLE_VALUE = HouseStyle.STYLE_TABLE_VALUE;
    /** Paragraph separator inside cell text: starts a new text:p in the same cell. */
    public static final char PARAGRAPH_SEPARATOR = '\u2029';

    static final Map<String, String> NS = new HashMap<>();

    static {
        NS.put("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
        NS.put("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
        NS.put("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0");
        NS.put("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
        NS.put("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
        NS.put("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
    }

    private final OdfTextDocument doc;
    private final OdfFileDom content;
    private final OdfFileDom styles;
    private final Element body;
    private final Element contentAutoStyles;
    private final FontSet fonts;
    private int autoStyleCount;
    private boolean cellStyleWritten; // NbCell and NbRow, shared by all tables

    private OdfComposer(FontSet fonts) throws IOException {
        this.fonts = fonts;
        try {
            doc = OdfTextDocument.newTextDocument();
            content = doc.getContentDom();
            styles = doc.getStylesDom();
            body = doc.getContentRoot();
        } catch (Exception e) {
            throw new IOException("odfdom could not create a text document", e);
        }
        clearBody();
        contentAutoStyles = firstChild(content.getDocumentElement(), "office:automatic-styles");
        declareFonts(content);
        declareFonts(styles);
        pageLayout();
        defaultStyle();
        namedStyles();
    }

    public static OdfComposer create(FontSet fonts) throws IOException {
        return new OdfComposer(fonts);
    }

    // ------------------------------------------------------------------ content

    public OdfComposer title(String text) {
        paragraph("text:p", STYLE_TITLE, text, 0);
        return this;
    }

    /** A heading paragraph (text:h) of the given outline level. */
    public OdfComposer heading(String text, int level) {
        paragraph("text:h", STYLE_HEADING, text, level);
        return this;
    }

    public OdfComposer paragraph(String text) {
        paragraph("text:p", STYLE_BODY, text, 0);
        return this;
    }

    public OdfComposer guidance(String text) {
        paragraph("text:p", STYLE_GUIDANCE, text, 0);
        return this;
    }

    /** dc:title of meta.xml. */
    public OdfComposer metaTitle(String title) {
        doc.getOfficeMetadata().setTitle(title);
        return this;
    }

    private void paragraph(String qname, String style, String text, int level) {
        Element p = el(content, body, qname);
        attr(p, "text:style-name", styleName(style));
        if (level > 0) attr(p, "text:outline-level", Integer.toString(level));
        appendText(content, p, text);
    }

    /**
     * A table of {@code style.columnWidthsMm.length} grid columns. Each row lists its cells left to right
     * without the positions covered by earlier spans, as in {@link org.nianbao.core.schema.TableLayout};
     * positions a short row leaves free are filled with empty cells. A {@link LayoutCell#isValue() value cell}
     * gets the value style, a label the label style (centered in rows without values, left otherwise).
     */
    public OdfComposer table(String name, List<List<LayoutCell>> rows, TableStyle style) {
        int columns = style.columnWidthsMm.length;
        String t = "Nb" + (++autoStyleCount);
        autoStyle(t, "table", "style:table-properties", "style:width", mm(style.widthMm()), "table:align", "center",
                "fo:margin-top", "0.2cm", "fo:margin-bottom", "0.2cm");
        writeCellStyle();
        String labelCentered = paraAutoStyle(STYLE_TABLE_LABEL, style.labelFontPt, "center");
        String labelLeft = paraAutoStyle(STYLE_TABLE_LABEL, style.labelFontPt, "start");
        String value = paraAutoStyle(STYLE_TABLE_VALUE, style.valueFontPt, "center");

        Element table = el(content, body, "table:table");
        attr(table, "table:name", name);
        attr(table, "table:style-name", t);
        for (int c = 0; c < columns; c++) {
            String cs = t + "." + columnLetter(c);
            // absolute widths only: LibreOffice reads style:rel-column-width against its own total (65535)
            autoStyle(cs, "table-column", "style:table-column-properties",
                    "style:column-width", mm(style.columnWidthsMm[c]));
            attr(el(content, table, "table:table-column"), "table:style-name", cs);
        }
        Placement placement = Placement.of(rows, columns);
        Element header = style.headerRows > 0 ? el(content, table, "table:table-header-rows") : null;
        for (int r = 0; r < rows.size(); r++) {
            Element row = el(content, r < style.headerRows ? header : table, "table:table-row");
            attr(row, "table:style-name", "NbRow");
            boolean hasValues = rows.get(r).stream().anyMatch(LayoutCell::isValue);
            for (int c = 0; c < columns; c++) {
                LayoutCell cell = placement.startAt(r, c);
                if (cell == null && placement.covered(r, c)) {
                    el(content, row, "table:covered-table-cell");
                    continue;
                }
                Element tc = el(content, row, "table:table-cell");
                attr(tc, "table:style-name", "NbCell");
                String paraStyle = labelCentered;
                String text = "";
                if (cell != null) {
                    if (cell.colspan > 1) attr(tc, "table:number-columns-spanned", Integer.toString(cell.colspan));
                    if (cell.rowspan > 1) attr(tc, "table:number-rows-spanned", Integer.toString(cell.rowspan));
                    paraStyle = cell.isValue() ? value : hasValues ? labelLeft : labelCentered;
                    text = cell.text == null ? "" : cell.text;
                }
                for (String part : text.split(String.valueOf(PARAGRAPH_SEPARATOR), -1)) {
                    Element p = el(content, tc, "text:p");
                    attr(p, "text:style-name", paraStyle);
                    appendText(content, p, part);
                }
            }
        }
        return this;
    }

    // ------------------------------------------------------------------ output

    public void save(OutputStream out) throws IOException {
        try {
            doc.save(out);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("odfdom could not save the document", e);
        }
    }

    public void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            save(out);
        }
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        save(out);
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ styles

    private void clearBody() {
        for (Node n = body.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (!"text:sequence-decls".equals(n.getNodeName())) body.removeChild(n);
            n = next;
        }
    }

    private void declareFonts(OdfFileDom dom) {
        Element decls = firstChild(dom.getDocumentElement(), "office:font-face-decls");
        if (decls == null) return;
        for (String[] f : new String[][] {{fonts.title, "roman"}, {fonts.heading, "swiss"}, {fonts.body, "roman"},
                {fonts.table, "roman"}}) {
            if (hasFontFace(decls, f[0])) continue;
            Element face = el(dom, decls, "style:font-face");
            attr(face, "style:name", f[0]);
            attr(face, "svg:font-family", f[0].contains(" ") ? "'" + f[0] + "'" : f[0]);
            attr(face, "style:font-family-generic", f[1]);
            attr(face, "style:font-pitch", "variable");
        }
    }

    private static boolean hasFontFace(Element decls, String name) {
        NodeList faces = decls.getChildNodes();
        for (int i = 0; i < faces.getLength(); i++) {
            if (faces.item(i) instanceof Element && name.equals(((Element) faces.item(i)).getAttribute("style:name"))) return true;
        }
        return false;
    }

    /** A4 portrait, GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
    private void pageLayout() {
        NodeList layouts = styles.getElementsByTagNameNS(NS.get("style"), "page-layout");
        for (int i = 0; i < layouts.getLength(); i++) {
            Element layout = (Element) layouts.item(i);
            if (!"pm1".equals(layout.getAttribute("style:name"))) continue;
            Element props = firstChild(layout, "style:page-layout-properties");
            if (props == null) props = el(styles, layout, "style:page-layout-properties");
            attr(props, "fo:page-width", "21cm");
            attr(props, "fo:page-height", "29.7cm");
            attr(props, "style:print-orientation", "portrait");
            attr(props, "fo:margin-top", "3.7cm");
            attr(props, "fo:margin-bottom", "3.5cm");
            attr(props, "fo:margin-left", "2.8cm");
            attr(props, "fo:margin-right", "2.6cm");
        }
    }

    private void defaultStyle() {
        NodeList defaults = styles.getElementsByTagNameNS(NS.get("style"), "default-style");
        for (int i = 0; i < defaults.getLength(); i++) {
            Element d = (Element) defaults.item(i);
            if (!"paragraph".equals(d.getAttribute("style:family"))) continue;
            Element tp = firstChild(d, "style:text-properties");
            if (tp == null) tp = el(styles, d, "style:text-properties");
            attr(tp, "style:font-name-asian", fonts.body);
            attr(tp, "fo:language", "zxx");
            attr(tp, "style:language-asian", "zh");
            attr(tp, "style:country-asian", "CN");
        }
    }

    private void namedStyles() {
        Element officeStyles = firstChild(styles.getDocumentElement(), "office:styles");
        Element title = namedStyle(officeStyles, STYLE_TITLE, fonts.title, 22);
        paraProps(title, "fo:text-align", "center", "fo:margin-top", "0cm", "fo:margin-bottom", "0.6cm",
                "fo:keep-with-next", "always");
        Element heading = namedStyle(officeStyles, STYLE_HEADING, fonts.heading, 16);
        attr(heading, "style:default-outline-level", "1");
        attr(heading, "style:next-style-name", styleName(STYLE_BODY)); // Enter after a heading: body text (as Styles)
        paraProps(heading, "fo:text-indent", "1.13cm", "fo:margin-top", "0.3cm", "fo:margin-bottom", "0.1cm",
                "fo:keep-with-next", "always", "fo:line-height", "0.99cm");
        Element bodyStyle = namedStyle(officeStyles, STYLE_BODY, fonts.body, 16);
        paraProps(bodyStyle, "fo:text-indent", "1.13cm", "fo:text-align", "justify", "fo:line-height", "0.99cm",
                "fo:margin-top", "0cm", "fo:margin-bottom", "0cm");
        Element guidance = namedStyle(officeStyles, STYLE_GUIDANCE, fonts.body, 12);
        attr(guidance, "style:next-style-name", styleName(STYLE_BODY));
        paraProps(guidance, "fo:text-indent", "0.85cm", "fo:text-align", "justify", "fo:margin-top", "0cm",
                "fo:margin-bottom", "0.2cm");
        Element tp = firstChild(guidance, "style:text-properties");
        attr(tp, "fo:color", "#595959");
        for (String name : new String[] {STYLE_TABLE_LABEL, STYLE_TABLE_VALUE}) {
            Element s = namedStyle(officeStyles, name, fonts.table, 10.5);
            paraProps(s, "fo:text-align", "center", "fo:text-indent", "0cm", "fo:margin-top", "0cm",
                    "fo:margin-bottom", "0cm", "fo:line-height", "100%");
        }
    }

    private Element namedStyle(Element officeStyles, String displayName, String font, double sizePt) {
        Element s = el(styles, officeStyles, "style:style");
        attr(s, "style:name", styleName(displayName));
        attr(s, "style:display-name", displayName);
        attr(s, "style:family", "paragraph");
        attr(s, "style:parent-style-name", "Standard");
        attr(s, "style:class", "text");
        el(styles, s, "style:paragraph-properties");
        Element tp = el(styles, s, "style:text-properties");
        attr(tp, "style:font-name", font);
        attr(tp, "style:font-name-asian", font);
        attr(tp, "fo:font-size", pt(sizePt));
        attr(tp, "style:font-size-asian", pt(sizePt));
        return s;
    }

    private static void paraProps(Element style, String... kv) {
        Element pp = firstChild(style, "style:paragraph-properties");
        for (int i = 0; i < kv.length; i += 2) attr(pp, kv[i], kv[i + 1]);
    }

    private void writeCellStyle() {
        if (cellStyleWritten) return;
        cellStyleWritten = true;
        autoStyle("NbRow", "table-row", "style:table-row-properties", "fo:keep-together", "always");
        autoStyle("NbCell", "table-cell", "style:table-cell-properties", "fo:border", "0.5pt solid #000000",
                "fo:padding", "0.04cm", "style:vertical-align", "middle");
    }

    private String paraAutoStyle(String parent, double sizePt, String align) {
        String name = "NbP" + (++autoStyleCount);
        Element s = el(content, contentAutoStyles, "style:style");
        attr(s, "style:name", name);
        attr(s, "style:family", "paragraph");
        attr(s, "style:parent-style-name", styleName(parent));
        attr(el(content, s, "style:paragraph-properties"), "fo:text-align", align);
        Element tp = el(content, s, "style:text-properties");
        attr(tp, "fo:font-size", pt(sizePt));
        attr(tp, "style:font-size-asian", pt(sizePt));
        return name;
    }

    private void autoStyle(String name, String family, String propsName, String... kv) {
        Element s = el(content, contentAutoStyles, "style:style");
        attr(s, "style:name", name);
        attr(s, "style:family", family);
        Element props = el(content, s, propsName);
        for (int i = 0; i < kv.length; i += 2) attr(props, kv[i], kv[i + 1]);
    }

    /** ODF encodes a space in a style name as _20_. */
    static String styleName(String displayName) {
        return displayName.replace(" ", "_20_");
    }

    // ------------------------------------------------------------------ DOM helpers

    static Element el(OdfFileDom dom, Node parent, String qname) {
        Element e = dom.createElementNS(NS.get(qname.substring(0, qname.indexOf(':'))), qname);
        parent.appendChild(e);
        return e;
    }

    static void attr(Element e, String qname, String value) {
        e.setAttributeNS(NS.get(qname.substring(0, qname.indexOf(':'))), qname, value);
    }

    private static Element firstChild(Node parent, String qname) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && qname.equals(n.getNodeName())) return (Element) n;
        }
        return null;
    }

    /** Writes text into a paragraph the way ODF wants it: text:s for kept spaces, text:tab, text:line-break. */
    static void appendText(OdfFileDom dom, Element p, String text) {
        StringBuilder run = new StringBuilder();
        boolean prevSpace = true; // a space at the start of a paragraph must be written as text:s
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' && prevSpace) {
                int n = 0;
                while (i < text.length() && text.charAt(i) == ' ') {
                    n++;
                    i++;
                }
                flush(dom, p, run);
                Element s = el(dom, p, "text:s");
                if (n > 1) attr(s, "text:c", Integer.toString(n));
                prevSpace = true;
                continue;
            }
            if (c == '\n' || c == '\t') {
                flush(dom, p, run);
                el(dom, p, c == '\n' ? "text:line-break" : "text:tab");
                prevSpace = true;
            } else {
                run.append(c);
                prevSpace = c == ' ';
            }
            i++;
        }
        flush(dom, p, run);
    }

    private static void flush(OdfFileDom dom, Element p, StringBuilder run) {
        if (run.length() == 0) return;
        p.appendChild(dom.createTextNode(run.toString()));
        run.setLength(0);
    }

    private static String mm(double v) {
        return String.format(Locale.ROOT, "%.2fmm", v);
    }

    private static String pt(double v) {
        return String.format(Locale.ROOT, "%.1fpt", v);
    }

    private static String columnLetter(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : columnLetter(c / 26 - 1) + (char) ('A' + c % 26);
    }

    /** Where each listed cell starts on the grid, and which positions spans cover. */
    static final class Placement {
        private final LayoutCell[][] start;
        private final boolean[][] covered;

        private Placement(int rows, int columns) {
            start = new LayoutCell[rows][columns];
            covered = new boolean[rows][columns];
        }

        static Placement of(List<List<LayoutCell>> rows, int columns) {
            Placement p = new Placement(rows.size(), columns);
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (LayoutCell cell : rows.get(r)) {
                    while (c < columns && p.covered[r][c]) c++;
                    if (c >= columns) throw new IllegalArgumentException("row " + r + " has more cells than " + columns + " columns");
                    p.start[r][c] = cell;
                    for (int rr = r; rr < Math.min(rows.size(), r + cell.rowspan); rr++) {
                        for (int cc = c; cc < Math.min(columns, c + cell.colspan); cc++) p.covered[rr][cc] = true;
                    }
                    c += cell.colspan;
                }
            }
            return p;
        }

        /** Grid columns of the cells row {@code r} lists, left to right. */
        int[] columnsOfRow(int r) {
            return java.util.stream.IntStream.range(0, start[r].length).filter(c -> start[r][c] != null).toArray();
        }

        LayoutCell startAt(int r, int c) {
            return start[r][c];
        }

        boolean covered(int r, int c) {
            return covered[r][c];
        }
    }
}
