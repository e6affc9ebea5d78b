package org.nianbao.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.read.Budget;
import org.nianbao.read.ReadLimits;
import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Reads a saved web page (.html/.htm, as published or exported from Word/WPS) into the neutral
 * {@link DocumentContent} with jsoup, offline (the page is parsed from bytes; nothing it links to is
 * fetched). Charset by {@link HtmlCharset}. Paragraph-like elements (p, div, li, h1–h6, …) become
 * paragraphs, h1–h6 with their outline level; each table a grid with its colspan/rowspan placed by the
 * HTML table model, nested tables after it (their text also in the holding cell). Scripts, styles,
 * hidden elements (display:none, mso-hide:all) and Office's conditional comments are left out; the
 * site's navigation around the report reads as extra paragraphs, which the recogniser passes over.
 */
public final class HtmlDocumentReader {
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "noscript", "template", "iframe",
            "object", "embed", "select", "button", "svg", "math", "textarea", "input");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
            "pre", "section", "article", "header", "footer", "nav", "main", "aside", "center", "form", "fieldset",
            "address", "hr", "figure", "figcaption", "body", "html", "caption", "tr", "td", "th");
    private static final int MAX_SPAN = 1000;
    static final int MAX_NESTED_TEXT = 1_000;
    private static final HtmlDocumentReader DEFAULT = new HtmlDocumentReader(ReadLimits.defaults());

    private final ReadLimits limits;

    public HtmlDocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    public static DocumentContent read(Path html) throws UnreadableDocumentException {
        return DEFAULT.readContent(html);
    }

    /** Pages above a quarter of the content limit (8 MiB by default) are refused: a DOM costs about ten times its text. */
    long maxBytes() {
        return limits.maxContentBytes / 4;
    }

    public DocumentContent readContent(Path html) throws UnreadableDocumentException {
        byte[] bytes;
        try {
            long size = Files.size(html);
            if (size > maxBytes()) throw new UnreadableDocumentException(Reason.TOO_LARGE, "page larger than " + maxBytes() + " bytes");
            try (InputStream in = Files.newInputStream(html)) {
                bytes = in.readNBytes((int) maxBytes() + 1);
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, "no such file: " + html.getFileName(), e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, "access denied", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, e.getMessage(), e);
        }
        if (bytes.length > maxBytes()) throw new UnreadableDocumentException(Reason.TOO_LARGE, "page larger than " + maxBytes() + " bytes");
        return read(bytes);
    }

    public DocumentContent read(byte[] bytes) throws UnreadableDocumentException {
        if (looksBinary(bytes)) throw new UnreadableDocumentException(Reason.NOT_HTML, "binary data");
        Charset cs = HtmlCharset.of(bytes);
        Document doc = Jsoup.parse(HtmlCharset.decode(bytes, cs));
        Walk w = new Walk(new Budget(limits), limits.maxDepth);
        w.run(doc.body());
        return new DocumentContent(w.blocks);
    }

    /** NUL bytes in the first 1 KB (not UTF-16): a zip, PDF or OLE2 file named .html. */
    private static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFE)) return false;
        for (int i = 0; i < Math.min(b.length, 1024); i++) if (b[i] == 0) return true;
        return b.length >= 2 && b[0] == 'P' && b[1] == 'K';
    }

    /** Where paragraphs and tables go: the document, or a cell. */
    private interface Sink {
        void paragraph(String text, int level) throws UnreadableDocumentException;

        void table(HtmlTable t) throws UnreadableDocumentException;
    }

    static final class Walk {
        final Budget budget;
        final int maxDepth;
        final List<Block> blocks = new ArrayList<>();
        int tableCount;

        Walk(Budget budget, int maxDepth) {
            this.budget = budget;
            this.maxDepth = maxDepth;
        }

        void run(Element body) throws UnreadableDocumentException {
            if (body == null) return;
            Sink top = new Sink() {
                @Override
                public void paragraph(String text, int level) throws UnreadableDocumentException {
                    budget.block();
                    blocks.add(Block.paragraph(text, level));
                }

                @Override
                public void table(HtmlTable t) throws UnreadableDocumentException {
                    budget.block();
                    blocks.add(Block.table(t.grid("表格" + (++tableCount))));
                    for (HtmlTable n : t.nested) {
                        budget.block();
                        blocks.add(Block.table(n.grid("")));
                    }
                }
            };
            Para p = new Para(top);
            children(body, p, 1);
            p.flush(0);
        }

        /** The paragraph being collected for a sink. */
        final class Para {
            final Sink sink;
            final StringBuilder text = new StringBuilder();
            boolean space;

            Para(Sink sink) {
                this.sink = sink;
            }

            void text(String s) throws UnreadableDocumentException {
                budget.chars(s.length());
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u00a0') {
                        if (!space && text.length() > 0) text.append(' ');
                        space = true;
                    } else {
                        text.append(c);
                        space = false;
                    }
                }
            }

            void br() {
                trimEnd();
                text.append('\n');
                space = true;
            }

            void trimEnd() {
                while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') text.setLength(text.length() - 1);
            }

            /** Ends the paragraph if it has text (empty block elements make no paragraph). */
            void flush(int level) throws UnreadableDocumentException {
                trimEnd();
                while (text.length() > 0 && text.charAt(text.length() - 1) == '\n') text.setLength(text.length() - 1);
                if (text.length() > 0) sink.paragraph(text.toString(), level);
                text.setLength(0);
                space = false;
            }
        }

        void children(Element e, Para p, int depth) throws UnreadableDocumentException {
            if (depth > maxDepth) throw new UnreadableDocumentException(Reason.TOO_LARGE, "elements nested deeper than " + maxDepth);
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode) {
                    p.text(((TextNode) n).getWholeText());
                } else if (n instanceof Element) {
                    element((Element) n, p, depth + 1);
                }
            }
        }

        void element(Element e, Para p, int depth) throws UnreadableDocumentException {
            String tag = e.normalName();
            if (SKIPPED.contains(tag) || hidden(e)) return;
            if ("br".equals(tag)) {
                p.br();
            } else if ("table".equals(tag)) {
                p.flush(0);
                HtmlTable t = table(e, depth);
                p.sink.table(t);
            } else if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
                p.flush(0);
                children(e, p, depth);
                p.flush(tag.charAt(1) - '0');
            } else if (BLOCKS.contains(tag)) {
                p.flush(0);
                children(e, p, depth);
                p.flush(0);
            } else {
                children(e, p, depth);
            }
        }

        static boolean hidden(Element e) {
            return e.hasAttr("hidden") || hiddenStyle(e.attr("style"));
        }

        /**
         * Whether an inline style hides the element: {@code display:none} or {@code mso-hide:all}, in any case,
         * with white space anywhere. Scanned in place: Office pages put a style on nearly every element.
         */
        static boolean hiddenStyle(String style) {
            return style.length() >= 11 && (declares(style, "display", "none") || declares(style, "mso-hide", "all"));
        }

        /** Whether {@code style} holds {@code property:value} (ASCII case and white space ignored). */
        private static boolean declares(String style, String property, String value) {
            char first = property.charAt(0);
            for (int i = style.indexOf(':'); i >= 0; i = style.indexOf(':', i + 1)) {
                int p = skipBack(style, i - 1) + 1; // after the property name's last character
                int start = p - property.length();
                if (start < 0 || !style.regionMatches(true, start, property, 0, property.length())) continue;
                if (start > 0 && isNameChar(style.charAt(start - 1))) continue; // “xdisplay”, “-display”
                if (Character.toLowerCase(style.charAt(start)) != first) continue;
                int v = skipForward(style, i + 1);
                if (!style.regionMatches(true, v, value, 0, value.length())) continue;
                int after = v + value.length();
                if (after == style.length() || !isNameChar(style.charAt(after))) return true;
            }
            return false;
        }

        private static int skipBack(String s, int i) {
            while (i >= 0 && Character.isWhitespace(s.charAt(i))) i--;
            return i;
        }

        private static int skipForward(String s, int i) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            return i;
        }

        private static boolean isNameChar(char c) {
            return c == '-' || c == '_' || Character.isLetterOrDigit(c);
        }

        HtmlTable table(Element table, int depth) throws UnreadableDocumentException {
            List<Element> rows = new ArrayList<>();
            for (Element c : table.children()) {
                String tag = c.normalName();
                if ("tr".equals(tag)) rows.add(c);
                else if ("thead".equals(tag) || "tbody".equals(tag) || "tfoot".equals(tag)) {
                    for (Element r : c.children()) if ("tr".equals(r.normalName())) rows.add(r);
                }
            }
            HtmlTable t = new HtmlTable(rows.size(), budget);
            for (int r = 0; r < rows.size(); r++) {
                List<HtmlTable.Cell> cells = new ArrayList<>();
                for (Element td : rows.get(r).children()) {
                    String tag = td.normalName();
                    if (!"td".equals(tag) && !"th".equals(tag)) continue;
                    if (hidden(td)) continue;
                    List<String> paragraphs = new ArrayList<>(1);
                    Sink cellSink = new Sink() {
                        @Override
                        public void paragraph(String text, int level) {
                            paragraphs.add(text);
                        }

                        @Override
                        public void table(HtmlTable inner) {
                            paragraphs.add(inner.text(MAX_NESTED_TEXT));
                            t.nested.add(inner);
                            t.nested.addAll(inner.nested);
                            inner.nested.clear();
                        }
                    };
                    Para cp = new Para(cellSink);
                    children(td, cp, depth + 2);
                    cp.flush(0);
                    cells.add(new HtmlTable.Cell(String.join("\n", paragraphs), span(td.attr("colspan")), span(td.attr("rowspan"))));
                }
                t.row(cells);
            }
            return t;
        }

        static int span(String v) {
            if (v == null || v.isBlank()) return 1;
            try {
                long n = Long.parseLong(v.trim());
                return (int) Math.max(1, Math.min(MAX_SPAN, n));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    /** One table placed on its grid by the HTML table model: rowspans occupy the slots below them. */
    static final class HtmlTable {
        final List<HtmlTable> nested = new ArrayList<>();
        private final int rowCount;
        private final Budget budget;
        private final List<BitSet> occupied = new ArrayList<>();
        private final List<List<GridCell>> rows = new ArrayList<>();

        HtmlTable(int rowCount, Budget budget) {
            this.rowCount = rowCount;
            this.budget = budget;
        }

        static final class Cell {
            final String text;
            final int colspan;
            final int rowspan;

            Cell(String text, int colspan, int rowspan) {
                this.text = text;
                this.colspan = colspan;
                this.rowspan = rowspan;
            }
        }

        void row(List<Cell> cells) throws UnreadableDocumentException {
            int r = rows.size();
            budget.cells(1 + cells.size());
            while (occupied.size() <= r) occupied.add(new BitSet());
            BitSet here = occupied.get(r);
            int maxColumns = budget.limits.maxColumns;
            List<GridCell> out = new ArrayList<>(cells.size());
            int c = 0;
            for (Cell cell : cells) {
                c = here.nextClearBit(c);
                int rowspan = Math.min(cell.rowspan, Math.max(1, rowCount - r));
                if (c < maxColumns) {
                    out.add(new GridCell(cell.text, r + "," + c, cell.colspan, rowspan));
                    for (int dr = 0; dr < rowspan; dr++) {
                        while (occupied.size() <= r + dr) occupied.add(new BitSet());
                        occupied.get(r + dr).set(c, Math.min(maxColumns, c + cell.colspan));
                    }
                }
                c += cell.colspan;
            }
            rows.add(out);
            if (r > 0) occupied.set(r - 1, null);
        }

        String text(int max) {
            StringBuilder b = new StringBuilder();
            for (List<GridCell> r : rows) {
                for (GridCell c : r) {
                    if (b.length() > 0) b.append('\n');
                    b.append(c.text, 0, Math.min(c.text.length(), max - Math.min(max, b.length())));
                    if (b.length() >= max) return b.toString();
                }
            }
            return b.toString();
        }

        Grid grid(String name) {
            return new Grid(name, rows);
        }
    }
}
