package org.nianbao.odf;

import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.Budget;
import org.nianbao.read.SafeXml;
import org.nianbao.read.ReadLimits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Streams content.xml once and turns office:body/office:text into {@link Block}s in document order.
 * Paragraphs and headings anywhere in the body (lists, sections, indexes) become paragraph blocks;
 * each top-level table becomes a grid block, followed by the tables nested in its cells (a cell holding a
 * table also reads as that table's text, shortened, the way Writer gives such a cell's text). Text follows
 * the ODF white-space rules (text:s, text:tab, text:line-break); deleted text of tracked changes,
 * notes, annotations, drawings and index templates are left out.
 */
final class ContentParser {
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String DR3D = "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0";
    private static final String FORM = "urn:oasis:names:tc:opendocument:xmlns:form:1.0";
    private static final String PART = "content.xml";
    private static final int MAX_SPACES = 10_000;
    private static final int MAX_SPAN = 100_000;
    private static final int MAX_REPEAT = 1 << 24;
    /** Characters of a nested table's text added to the cell holding it (as Writer shows that cell's text). */
    static final int MAX_NESTED_TEXT = 1_000;

    /** What the element at a depth is to the parser. */
    private static final byte OUTSIDE = 0, BODY = 1, CONTAINER = 2, PARAGRAPH = 3, INLINE = 4, TABLE_EL = 5,
            ROWS = 6, ROW = 7, CELL = 8, FRAME = 9;

    private final Budget budget;
    private final int maxDepth;
    private final List<Block> blocks = new ArrayList<>();
    private final byte[] kinds;
    private int depth;
    /** Depth of the element being skipped with all its content, or -1. */
    private int skipDepth = -1;
    private boolean sawText;

    private StringBuilder para;
    /** Bookmarks of ours kept open in one paragraph at most (a bound number is one bookmark). */
    private static final int MAX_BOUND_PER_PARAGRAPH = 1_000;
    private boolean paraSpace;
    private int paraLevel;
    /** Our bookmarks (numbers bound to the tables) of the paragraph being read: open ones by name, and the spans. */
    private final java.util.Map<String, Integer> paraBookmarks = new java.util.HashMap<>();
    private final List<org.nianbao.core.doc.BoundSpan> paraBound = new ArrayList<>();

    private final Deque<TableBuilder> tables = new ArrayDeque<>();
    private final Deque<List<String>> cells = new ArrayDeque<>();
    private final Deque<int[]> cellSpans = new ArrayDeque<>();
    /** Per open cell: its paragraphs, nested tables and pictures in order, kept when it holds a table or a picture. */
    private final Deque<List<Block>> cellBlocks = new ArrayDeque<>();
    private final Deque<boolean[]> cellStructured = new ArrayDeque<>();
    /** The draw:frame being read holds a draw:image. */
    private boolean frameImage;
    private String frameName;
    /** Pictures anchored in the paragraph being read: emitted after it. */
    private final List<String> paragraphImages = new ArrayList<>();

    ContentParser(ReadLimits limits) {
        this.budget = new Budget(limits);
        this.maxDepth = limits.maxDepth;
        this.kinds = new byte[limits.maxDepth + 2];
    }

    DocumentContent parse(XMLStreamReader r) throws UnreadableDocumentException {
        try {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT:
                        start(r);
                        break;
                    case XMLStreamConstants.END_ELEMENT:
                        end();
                        break;
                    case XMLStreamConstants.CHARACTERS:
                    case XMLStreamConstants.CDATA:
                    case XMLStreamConstants.SPACE:
                        if (para != null && skipDepth < 0) text(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        break;
                    case XMLStreamConstants.DTD:
                        SafeXml.checkDoctype(r, PART, false);
                        break;
                    case XMLStreamConstants.ENTITY_REFERENCE:
                        throw new UnreadableDocumentException(Reason.UNSAFE_XML, PART + ": entity reference &" + r.getLocalName() + ";");
                    default:
                        break;
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.failure(PART, e);
        }
        if (!sawText) throw new UnreadableDocumentException(Reason.NOT_ODF_TEXT, "content.xml has no office:text body");
        return new DocumentContent(blocks);
    }

    // ------------------------------------------------------------------ elements

    private void start(XMLStreamReader r) throws UnreadableDocumentException {
        depth++;
        if (depth > maxDepth) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "elements nested deeper than " + maxDepth);
        }
        if (skipDepth >= 0) return;
        String ns = r.getNamespaceURI();
        String local = r.getLocalName();
        byte parent = kinds[depth - 1];
        byte kind;
        if (depth == 1) {
            if (!OFFICE.equals(ns) || !"document-content".equals(local)) {
                throw new UnreadableDocumentException(Reason.NOT_ODF_TEXT, "content.xml root is " + r.getName());
            }
            kind = OUTSIDE;
        } else if (parent == OUTSIDE) {
            kind = OFFICE.equals(ns) && "body".equals(local) && depth == 2 ? BODY : skip();
        } else if (parent == BODY) {
            if (!OFFICE.equals(ns) || !"text".equals(local)) {
                throw new UnreadableDocumentException(Reason.NOT_ODF_TEXT, "body is " + r.getName());
            }
            sawText = true;
            kind = CONTAINER;
        } else if (parent == CONTAINER || parent == CELL) {
            kind = inContainer(r, ns, local);
        } else if (parent == PARAGRAPH || parent == INLINE) {
            kind = inParagraph(r, ns, local);
        } else if (parent == TABLE_EL || parent == ROWS) {
            kind = inTable(r, ns, local);
        } else if (parent == ROW) {
            kind = inRow(r, ns, local);
        } else if (parent == FRAME) {
            if (DRAW.equals(ns) && "image".equals(local)) frameImage = true;
            kind = skip();
        } else {
            kind = skip();
        }
        kinds[depth] = kind;
    }

    private byte skip() {
        skipDepth = depth;
        return OUTSIDE;
    }

    private byte inContainer(XMLStreamReader r, String ns, String local) throws UnreadableDocumentException {
        if (TEXT.equals(ns)) {
            if ("p".equals(local) || "h".equals(local)) {
                para = new StringBuilder();
                paraBound.clear();
                paraBookmarks.clear();
                paraSpace = false;
                paraLevel = "h".equals(local) ? outlineLevel(r) : 0;
                return PARAGRAPH;
            }
            if (isSkippedText(local)) return skip();
            return CONTAINER;
        }
        if (TABLE.equals(ns) && "table".equals(local)) {
            TableBuilder t = new TableBuilder(nonNull(r.getAttributeValue(TABLE, "name")), budget);
            if (!tables.isEmpty()) tables.peekLast().nested.add(t);
            tables.push(t);
            return TABLE_EL;
        }
        if (isFrame(ns, local)) return startFrame(r);
        if (isSkippedElsewhere(ns, local)) return skip();
        return CONTAINER;
    }

    private static boolean isFrame(String ns, String local) {
        return DRAW.equals(ns) && "frame".equals(local);
    }

    /** A draw:frame: only whether it holds a picture matters (T-IMAGE); its text boxes are not body text. */
    private byte startFrame(XMLStreamReader r) {
        frameImage = false;
        frameName = nonNull(r.getAttributeValue(DRAW, "name"));
        return FRAME;
    }

    private void endFrame() throws UnreadableDocumentException {
        if (!frameImage) return;
        frameImage = false;
        if (para != null) paragraphImages.add(frameName);
        else emit(Block.image(frameName));
    }

    /** A block of the body, or of the cell being read. */
    private void emit(Block b) throws UnreadableDocumentException {
        if (!cells.isEmpty()) {
            cellBlocks.peek().add(b);
            if (b.isImage() || b.isTable()) cellStructured.peek()[0] = true;
        } else {
            budget.block();
            blocks.add(b);
        }
    }

    private byte inParagraph(XMLStreamReader r, String ns, String local) throws UnreadableDocumentException {
        if (TEXT.equals(ns)) {
            switch (local) {
                case "s":
                    spaces(intAttr(r, TEXT, "c", 1, MAX_SPACES));
                    return skip();
                case "tab":
                    append('\t');
                    paraSpace = true;
                    return skip();
                case "line-break":
                    append('\n');
                    paraSpace = true;
                    return skip();
                case "bookmark-start":
                case "bookmark-end":
                    bookmark(local, r.getAttributeValue(TEXT, "name"));
                    return skip();
                default:
                    return isSkippedText(local) ? skip() : INLINE;
            }
        }
        if (isFrame(ns, local)) return startFrame(r);
        if (isSkippedElsewhere(ns, local) || TABLE.equals(ns)) return skip();
        return INLINE;
    }

    private byte inTable(XMLStreamReader r, String ns, String local) {
        if (TABLE.equals(ns)) {
            switch (local) {
                case "table-row":
                    tables.peek().startRow(intAttr(r, TABLE, "number-rows-repeated", 1, MAX_REPEAT));
                    return ROW;
                case "table-header-rows":
                case "table-rows":
                case "table-row-group":
                    return ROWS;
                default:
                    return skip();
            }
        }
        return skip();
    }

    private byte inRow(XMLStreamReader r, String ns, String local) {
        if (TABLE.equals(ns) && "table-cell".equals(local)) {
            cells.push(new ArrayList<>(1));
            cellBlocks.push(new ArrayList<>(1));
            cellStructured.push(new boolean[1]);
            cellSpans.push(new int[] {
                    intAttr(r, TABLE, "number-columns-spanned", 1, MAX_SPAN),
                    intAttr(r, TABLE, "number-rows-spanned", 1, MAX_SPAN),
                    intAttr(r, TABLE, "number-columns-repeated", 1, MAX_REPEAT)});
            return CELL;
        }
        if (TABLE.equals(ns) && "covered-table-cell".equals(local)) {
            TableBuilder.RowBuilder row = tables.peek().row;
            if (row != null) row.covered(intAttr(r, TABLE, "number-columns-repeated", 1, MAX_REPEAT));
        }
        return skip();
    }

    /** Text elements whose content is not body text (deleted changes, notes, declarations, index templates). */
    private static boolean isSkippedText(String local) {
        switch (local) {
            case "tracked-changes":
            case "note":
            case "ruby-text":
            case "sequence-decls":
            case "variable-decls":
            case "user-field-decls":
            case "dde-connection-decls":
            case "soft-page-break":
                return true;
            default:
                return local.endsWith("-source");
        }
    }

    private static boolean isSkippedElsewhere(String ns, String local) {
        if (DRAW.equals(ns) || DR3D.equals(ns) || FORM.equals(ns)) return true;
        return OFFICE.equals(ns) && ("annotation".equals(local) || "annotation-end".equals(local) || "forms".equals(local));
    }

    private void end() throws UnreadableDocumentException {
        if (skipDepth >= 0) {
            if (depth == skipDepth) skipDepth = -1;
            depth--;
            return;
        }
        switch (kinds[depth]) {
            case PARAGRAPH:
                endParagraph();
                break;
            case CELL:
                endCell();
                break;
            case ROW:
                tables.peek().endRow();
                break;
            case TABLE_EL:
                endTable();
                break;
            case FRAME:
                endFrame();
                break;
            default:
                break;
        }
        depth--;
    }

    /** A bookmark of ours opens or closes a bound number (bookmarks across paragraphs are not ours). */
    private void bookmark(String local, String name) {
        if (!org.nianbao.core.doc.BoundSpan.isOurs(name)) return;
        if ("bookmark-start".equals(local)) {
            if (paraBookmarks.size() < MAX_BOUND_PER_PARAGRAPH) paraBookmarks.put(name, para.length());
            return;
        }
        Integer start = paraBookmarks.remove(name);
        if (start != null) paraBound.add(new org.nianbao.core.doc.BoundSpan(name, start, para.length()));
    }

    private void endParagraph() throws UnreadableDocumentException {
        String text = para.toString();
        para = null;
        if (!cells.isEmpty()) cells.peek().add(text);
        emit(paraBound.isEmpty() ? Block.paragraph(text, paraLevel) : Block.paragraph(text, paraLevel, paraBound));
        paraBound.clear();
        paraBookmarks.clear();
        for (String image : paragraphImages) emit(Block.image(image));
        paragraphImages.clear();
    }

    private void endCell() {
        List<String> paragraphs = cells.pop();
        List<Block> content = cellBlocks.pop();
        boolean structured = cellStructured.pop()[0];
        int[] spans = cellSpans.pop();
        TableBuilder.RowBuilder row = tables.peek().row;
        if (row != null) row.cell(String.join("\n", paragraphs), spans[0], spans[1], spans[2], structured ? content : null);
    }

    private void endTable() throws UnreadableDocumentException {
        TableBuilder t = tables.pop();
        if (!tables.isEmpty()) { // nested: emitted after its top-level table; its text also shows in the holding cell
            if (!cells.isEmpty()) {
                cells.peek().add(t.text(MAX_NESTED_TEXT));
                emit(Block.table(t.grid())); // the same Grid as emitted after the top-level table
            }
            return;
        }
        budget.block();
        blocks.add(Block.table(t.grid()));
        for (TableBuilder n : t.nested) {
            budget.block();
            blocks.add(Block.table(n.grid()));
        }
    }

    // ------------------------------------------------------------------ text

    /** ODF white space: tab, CR, LF are spaces; runs of spaces collapse; none at the start of a paragraph. */
    private void text(char[] ch, int start, int length) throws UnreadableDocumentException {
        budget.chars(length);
        for (int i = start, end = start + length; i < end; i++) {
            char c = ch[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                if (!paraSpace && para.length() > 0) para.append(' ');
                paraSpace = true;
            } else {
                para.append(c);
                paraSpace = false;
            }
        }
    }

    private void spaces(int n) throws UnreadableDocumentException {
        budget.chars(n);
        for (int i = 0; i < n; i++) para.append(' ');
        paraSpace = true;
    }

    private void append(char c) throws UnreadableDocumentException {
        budget.chars(1);
        para.append(c);
    }

    private static int outlineLevel(XMLStreamReader r) {
        return intAttr(r, TEXT, "outline-level", 1, 10);
    }

    private static int intAttr(XMLStreamReader r, String ns, String name, int dflt, int max) {
        String v = r.getAttributeValue(ns, name);
        if (v == null) return dflt;
        try {
            long n = Long.parseLong(v.trim());
            return (int) Math.max(1, Math.min(max, n));
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
