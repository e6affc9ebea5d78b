package org.nianbao.docx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.read.Budget;
import org.nianbao.read.ReadLimits;
import org.nianbao.read.SafeXml;
import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Streams word/document.xml once (recursive descent over StAX, no DOM) into {@link Block}s in document
 * order, as the ODF reader does for content.xml: paragraphs anywhere in the body (content controls,
 * custom XML) become paragraph blocks; each top-level table a grid block followed by the tables nested
 * in its cells (whose text also shows, shortened, in the holding cell). Text boxes (w:txbxContent, read
 * once: the mc:Choice, not the VML fallback) follow the paragraph they are anchored in, or join the cell
 * text. Tracked changes read as the current text (w:ins and w:moveTo kept, w:del and w:moveFrom left
 * out); fields read as their shown result (w:fldSimple content; complex fields between separate and end),
 * never their instruction. Comments, footnotes and headers are other parts and are not read.
 */
final class DocxBodyParser {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final int MAX_SPAN = 1000;
    private static final int MAX_FIELD_NESTING = 64;
    private static final int MAX_BOUND_PER_PARAGRAPH = 1_000;
    /** Characters of a nested table's text added to the cell holding it (as the ODF reader does). */
    static final int MAX_NESTED_TEXT = 1_000;

    private final String part;
    private final Budget budget;
    private final int maxDepth;
    private XMLStreamReader r;
    private int depth;
    private final List<Block> blocks = new ArrayList<>();
    private int tableCount;
    /** Complex fields open: true while in the instruction part (before w:fldChar separate). */
    private final boolean[] fieldInInstruction = new boolean[MAX_FIELD_NESTING];
    private int fields;
    /** The bound numbers of the paragraph being handed to a sink (only the body keeps them). */
    private List<org.nianbao.core.doc.BoundSpan> handedBound;

    DocxBodyParser(String part, ReadLimits limits) {
        this.part = part;
        this.budget = new Budget(limits);
        this.maxDepth = limits.maxDepth;
    }

    /** Where paragraphs and tables of a container go. */
    private interface Sink {
        void paragraph(String text, int level) throws UnreadableDocumentException;

        void table(DocxTable t) throws UnreadableDocumentException;
    }

    DocumentContent parse(XMLStreamReader reader) throws UnreadableDocumentException {
        this.r = reader;
        try {
            if (nextElement() != XMLStreamConstants.START_ELEMENT || !isW("document")) {
                throw new UnreadableDocumentException(Reason.NOT_WORD_TEXT, part + " root is " + (r.isStartElement() ? r.getName() : "missing"));
            }
            boolean sawBody = false;
            while (nextElement() == XMLStreamConstants.START_ELEMENT) {
                if (isW("body")) {
                    sawBody = true;
                    container(topLevel());
                } else {
                    skip();
                }
            }
            if (!sawBody) throw new UnreadableDocumentException(Reason.NOT_WORD_TEXT, part + " has no w:body");
            while (r.hasNext()) next(); // the rest of the part: still checked for DOCTYPEs and entities
        } catch (XMLStreamException e) {
            throw SafeXml.failure(part, e);
        }
        return new DocumentContent(blocks);
    }

    private Sink topLevel() {
        return new Sink() {
            @Override
            public void paragraph(String text, int level) throws UnreadableDocumentException {
                budget.block();
                blocks.add(handedBound == null ? Block.paragraph(text, level) : Block.paragraph(text, level, handedBound));
                handedBound = null;
            }

            @Override
            public void table(DocxTable t) throws UnreadableDocumentException {
                budget.block();
                blocks.add(Block.table(t.grid()));
                for (DocxTable n : t.nested) {
                    budget.block();
                    blocks.add(Block.table(n.grid()));
                }
            }
        };
    }

    // ------------------------------------------------------------------ events

    /** The next event, with the safety checks; maintains the depth. */
    private int next() throws XMLStreamException, UnreadableDocumentException {
        int ev = r.next();
        switch (ev) {
            case XMLStreamConstants.START_ELEMENT:
                if (++depth > maxDepth) {
                    throw new UnreadableDocumentException(Reason.TOO_LARGE, "elements nested deeper than " + maxDepth);
                }
                break;
            case XMLStreamConstants.END_ELEMENT:
                depth--;
                break;
            case XMLStreamConstants.DTD:
                SafeXml.checkDoctype(r, part, false);
                break;
            case XMLStreamConstants.ENTITY_REFERENCE:
                throw new UnreadableDocumentException(Reason.UNSAFE_XML, part + ": entity reference &" + r.getLocalName() + ";");
            default:
                break;
        }
        return ev;
    }

    /** Advances to the next start element or to the end of the current element (returned as END_ELEMENT). */
    private int nextElement() throws XMLStreamException, UnreadableDocumentException {
        while (r.hasNext()) {
            int ev = next();
            if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT) return ev;
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Skips the current element with all its content. */
    private void skip() throws XMLStreamException, UnreadableDocumentException {
        int level = depth;
        while (r.hasNext() && depth >= level) next();
    }

    private boolean isW(String local) {
        String ns = r.getNamespaceURI();
        return local.equals(r.getLocalName()) && (W.equals(ns) || W_STRICT.equals(ns));
    }

    private boolean isMc(String local) {
        return MC.equals(r.getNamespaceURI()) && local.equals(r.getLocalName());
    }

    private String wAttr(String local) {
        String v = r.getAttributeValue(W, local);
        return v != null ? v : r.getAttributeValue(W_STRICT, local);
    }

    // ------------------------------------------------------------------ block level

    /** The content of body, a cell, a text box or a content control: paragraphs and tables. */
    private void container(Sink sink) throws XMLStreamException, UnreadableDocumentException {
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("p")) paragraph(sink);
            else if (isW("tbl")) table(sink);
            else if (isW("sdt")) contentControl(() -> container(sink));
            else if (isW("customXml") || isW("sdtContent") || isW("smartTag")) container(sink);
            else if (isMc("AlternateContent")) alternate(() -> container(sink));
            else skip();
        }
    }

    private interface Body {
        void read() throws XMLStreamException, UnreadableDocumentException;
    }

    /** w:sdt: only its w:sdtContent (w:sdtPr holds the placeholder and the binding). */
    private void contentControl(Body body) throws XMLStreamException, UnreadableDocumentException {
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("sdtContent")) body.read();
            else skip();
        }
    }

    /** mc:AlternateContent: the first mc:Choice, else the mc:Fallback — never both (they hold the same content). */
    private void alternate(Body body) throws XMLStreamException, UnreadableDocumentException {
        boolean done = false;
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (!done && (isMc("Choice") || isMc("Fallback"))) {
                done = true;
                body.read();
            } else {
                skip();
            }
        }
    }

    // ------------------------------------------------------------------ paragraphs

    /** One paragraph being read; text boxes met in it are read after it. */
    private final class Paragraph {
        final StringBuilder text = new StringBuilder();
        int level;
        List<Object[]> boxes;
        /** Our bookmarks open in it (w:id to name and start), and the bound numbers closed. */
        java.util.Map<String, Object[]> marks;
        List<org.nianbao.core.doc.BoundSpan> bound;

        void bookmarkStart(String id, String name) {
            if (id == null || !org.nianbao.core.doc.BoundSpan.isOurs(name)) return;
            if (marks == null) marks = new java.util.HashMap<>(4);
            if (marks.size() < MAX_BOUND_PER_PARAGRAPH) marks.put(id, new Object[] {name, text.length()});
        }

        void bookmarkEnd(String id) {
            Object[] open = marks == null || id == null ? null : marks.remove(id);
            if (open == null) return;
            if (bound == null) bound = new ArrayList<>(4);
            bound.add(new org.nianbao.core.doc.BoundSpan((String) open[0], (Integer) open[1], text.length()));
        }

        void box(String t, int lvl) {
            if (boxes == null) boxes = new ArrayList<>(2);
            boxes.add(new Object[] {t, lvl});
        }
    }

    private void paragraph(Sink sink) throws XMLStreamException, UnreadableDocumentException {
        Paragraph p = new Paragraph();
        List<DocxTable> boxTables = new ArrayList<>(0);
        inline(p, boxTables, true);
        handedBound = p.bound;
        sink.paragraph(p.text.toString(), p.level);
        handedBound = null;
        if (p.boxes != null) for (Object[] b : p.boxes) sink.paragraph((String) b[0], (Integer) b[1]);
        for (DocxTable t : boxTables) sink.table(t);
    }

    /** Paragraph content: runs and the elements that wrap runs (insertions, hyperlinks, fields, controls). */
    private void inline(Paragraph p, List<DocxTable> boxTables, boolean paragraphLevel)
            throws XMLStreamException, UnreadableDocumentException {
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("r")) run(p, boxTables);
            else if (paragraphLevel && isW("pPr")) paragraphProperties(p);
            else if (isW("ins") || isW("moveTo") || isW("hyperlink") || isW("smartTag") || isW("customXml")
                    || isW("fldSimple") || isW("sdtContent") || isW("bdo") || isW("dir")) inline(p, boxTables, false);
            else if (isW("bookmarkStart")) {
                p.bookmarkStart(wAttr("id"), wAttr("name"));
                skip();
            } else if (isW("bookmarkEnd")) {
                p.bookmarkEnd(wAttr("id"));
                skip();
            } else if (isW("sdt")) contentControl(() -> inline(p, boxTables, false));
            else if (isMc("AlternateContent")) alternate(() -> inline(p, boxTables, false));
            else skip(); // w:del, w:moveFrom (deleted text), bookmarks, comments' ranges, math, properties
        }
    }

    /** w:pPr: the outline level (w:outlineLvl, or a heading style id such as Heading1); the rest skipped. */
    private void paragraphProperties(Paragraph p) throws XMLStreamException, UnreadableDocumentException {
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("outlineLvl")) {
                int lvl = intValue(wAttr("val"), 9, 9);
                if (lvl < 9) p.level = lvl + 1; // 9 = body text
            } else if (isW("pStyle") && p.level == 0) {
                p.level = headingLevel(wAttr("val"));
            }
            skip();
        }
    }

    static int headingLevel(String styleId) {
        if (styleId == null) return 0;
        String s = styleId.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("heading") && s.length() == 8 && Character.isDigit(s.charAt(7))) return s.charAt(7) - '0';
        return 0;
    }

    private void run(Paragraph p, List<DocxTable> boxTables) throws XMLStreamException, UnreadableDocumentException {
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("t")) {
                if (shown()) text(p.text);
                else skip();
            } else if (isW("tab")) {
                if (shown()) append(p.text, '\t');
                skip();
            } else if (isW("br") || isW("cr")) {
                String type = wAttr("type");
                if (shown() && (type == null || "textWrapping".equals(type))) append(p.text, '\n');
                skip();
            } else if (isW("noBreakHyphen")) {
                if (shown()) append(p.text, '-');
                skip();
            } else if (isW("fldChar")) {
                field(wAttr("fldCharType"));
                skip();
            } else if (isW("drawing") || isW("pict") || isW("object") || isMc("AlternateContent")) {
                textBoxes(p, boxTables);
            } else {
                skip(); // w:rPr, w:delText, w:instrText, w:sym, footnote references, …
            }
        }
    }

    /** Looks for w:txbxContent anywhere inside a drawing; for mc:AlternateContent only in one branch. */
    private void textBoxes(Paragraph p, List<DocxTable> boxTables) throws XMLStreamException, UnreadableDocumentException {
        if (isMc("AlternateContent")) {
            alternate(() -> textBoxesInside(p, boxTables));
            return;
        }
        textBoxesInside(p, boxTables);
    }

    private void textBoxesInside(Paragraph p, List<DocxTable> boxTables) throws XMLStreamException, UnreadableDocumentException {
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("txbxContent")) {
                container(new Sink() {
                    @Override
                    public void paragraph(String text, int level) {
                        p.box(text, level);
                    }

                    @Override
                    public void table(DocxTable t) {
                        boxTables.add(t);
                    }
                });
            } else {
                textBoxes(p, boxTables);
            }
        }
    }

    private void field(String type) {
        if ("begin".equals(type)) {
            if (fields < MAX_FIELD_NESTING) fieldInInstruction[fields] = true;
            fields++;
        } else if ("separate".equals(type)) {
            if (fields > 0 && fields <= MAX_FIELD_NESTING) fieldInInstruction[fields - 1] = false;
        } else if ("end".equals(type)) {
            if (fields > 0) fields--;
        }
    }

    /** False inside the instruction of any open complex field. */
    private boolean shown() {
        for (int i = 0, n = Math.min(fields, MAX_FIELD_NESTING); i < n; i++) if (fieldInInstruction[i]) return false;
        return true;
    }

    /** w:t: literal text (Word keeps spaces); line ends inside the element read as spaces. */
    private void text(StringBuilder out) throws XMLStreamException, UnreadableDocumentException {
        while (r.hasNext()) {
            int ev = next();
            if (ev == XMLStreamConstants.END_ELEMENT) return;
            if (ev == XMLStreamConstants.START_ELEMENT) {
                skip();
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA || ev == XMLStreamConstants.SPACE) {
                int n = r.getTextLength();
                budget.chars(n);
                char[] ch = r.getTextCharacters();
                for (int i = r.getTextStart(), end = i + n; i < end; i++) {
                    char c = ch[i];
                    out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
                }
            }
        }
    }

    private void append(StringBuilder out, char c) throws UnreadableDocumentException {
        budget.chars(1);
        out.append(c);
    }

    // ------------------------------------------------------------------ tables

    private void table(Sink sink) throws XMLStreamException, UnreadableDocumentException {
        DocxTable t = new DocxTable(sink instanceof CellSink ? "" : "表格" + (++tableCount), budget);
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            rows(t);
        }
        sink.table(t);
    }

    /** A table child: a row, or a wrapper of rows (content control, custom XML); the rest skipped. */
    private void rows(DocxTable t) throws XMLStreamException, UnreadableDocumentException {
        if (isW("tr")) {
            row(t);
        } else if (isW("sdt")) {
            contentControl(() -> {
                while (nextElement() == XMLStreamConstants.START_ELEMENT) rows(t);
            });
        } else if (isW("customXml")) {
            while (nextElement() == XMLStreamConstants.START_ELEMENT) rows(t);
        } else {
            skip(); // w:tblPr, w:tblGrid
        }
    }

    private void row(DocxTable t) throws XMLStreamException, UnreadableDocumentException {
        boolean started = false;
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("trPr") || isW("tblPrEx")) {
                if (!started && isW("trPr")) {
                    t.startRow(gridBefore());
                    started = true;
                } else {
                    skip();
                }
                continue;
            }
            if (!started) {
                t.startRow(0);
                started = true;
            }
            cells(t);
        }
        if (!started) t.startRow(0);
        t.endRow();
    }

    /** w:trPr: w:gridBefore (grid columns left empty before the first cell). */
    private int gridBefore() throws XMLStreamException, UnreadableDocumentException {
        int before = 0;
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("gridBefore")) before = intValue(wAttr("val"), 0, MAX_SPAN);
            skip();
        }
        return before;
    }

    /** A row child: a cell, or a wrapper of cells. */
    private void cells(DocxTable t) throws XMLStreamException, UnreadableDocumentException {
        if (isW("tc")) {
            cell(t);
        } else if (isW("sdt")) {
            contentControl(() -> {
                while (nextElement() == XMLStreamConstants.START_ELEMENT) cells(t);
            });
        } else if (isW("customXml")) {
            while (nextElement() == XMLStreamConstants.START_ELEMENT) cells(t);
        } else {
            skip();
        }
    }

    /** Collects a cell's paragraphs; its nested tables join the top-level table's list. */
    private final class CellSink implements Sink {
        final List<String> paragraphs = new ArrayList<>(1);
        final DocxTable holder;

        CellSink(DocxTable holder) {
            this.holder = holder;
        }

        @Override
        public void paragraph(String text, int level) {
            paragraphs.add(text);
        }

        @Override
        public void table(DocxTable t) {
            paragraphs.add(t.text(MAX_NESTED_TEXT));
            holder.nested.add(t);
            holder.nested.addAll(t.nested);
            t.nested.clear();
        }
    }

    private void cell(DocxTable t) throws XMLStreamException, UnreadableDocumentException {
        int span = 1;
        int vMerge = DocxTable.NONE;
        CellSink cs = new CellSink(t);
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            if (isW("tcPr")) {
                while (nextElement() == XMLStreamConstants.START_ELEMENT) {
                    if (isW("gridSpan")) {
                        span = intValue(wAttr("val"), 1, MAX_SPAN);
                    } else if (isW("vMerge")) {
                        vMerge = "restart".equals(wAttr("val")) ? DocxTable.RESTART : DocxTable.CONTINUE;
                    }
                    skip();
                }
            } else if (isW("p")) {
                paragraph(cs);
            } else if (isW("tbl")) {
                table(cs);
            } else if (isW("sdt")) {
                contentControl(() -> container(cs));
            } else if (isW("customXml")) {
                container(cs);
            } else if (isMc("AlternateContent")) {
                alternate(() -> container(cs));
            } else {
                skip();
            }
        }
        t.cell(String.join("\n", cs.paragraphs), Math.max(1, span), vMerge);
    }

    static int intValue(String v, int dflt, int max) {
        if (v == null) return dflt;
        try {
            long n = Long.parseLong(v.trim());
            return (int) Math.max(0, Math.min(max, n));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
