package org.nianbao.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Characters outside tables as lines (by their vertical centre), and lines as paragraphs (wrapped lines joined). */
final class PdfText {
    private PdfText() {
    }

    static final class Line {
        final List<PdfDocumentReader.Glyph> glyphs = new ArrayList<>();
        double top = Double.MAX_VALUE;
        double bottom;
        double left = Double.MAX_VALUE;
        double right;

        void add(PdfDocumentReader.Glyph g) {
            glyphs.add(g);
            top = Math.min(top, g.top);
            bottom = Math.max(bottom, g.top + g.height);
            left = Math.min(left, g.x);
            right = Math.max(right, g.x + g.width);
        }

        double height() {
            return bottom - top;
        }

        String text() {
            return join(glyphs);
        }
    }

    /** Glyphs of one line in x order; a space where the gap is wider than half a character. */
    static String join(List<PdfDocumentReader.Glyph> glyphs) {
        List<PdfDocumentReader.Glyph> g = new ArrayList<>(glyphs);
        g.sort(Comparator.comparingDouble(a -> a.x));
        StringBuilder b = new StringBuilder();
        PdfDocumentReader.Glyph prev = null;
        for (PdfDocumentReader.Glyph c : g) {
            if (prev != null && c.x - (prev.x + prev.width) > 0.5 * Math.min(prev.height, c.height)) b.append(' ');
            b.append(c.text);
            prev = c;
        }
        return b.toString().trim();
    }

    static List<Line> lines(List<PdfDocumentReader.Glyph> glyphs) {
        List<PdfDocumentReader.Glyph> g = new ArrayList<>(glyphs);
        g.sort(Comparator.comparingDouble(PdfDocumentReader.Glyph::cy));
        List<Line> out = new ArrayList<>();
        Line cur = null;
        for (PdfDocumentReader.Glyph c : g) {
            if (cur == null || c.cy() > cur.bottom) {
                cur = new Line();
                out.add(cur);
            }
            cur.add(c);
        }
        return out;
    }

    /**
     * A line continues the paragraph above when it follows closely (gap under one line height), the line above
     * reaches the right edge of the text (it wrapped), and it is not indented.
     */
    static List<String> paragraphs(List<Line> lines) {
        List<String> out = new ArrayList<>();
        double right = 0;
        for (Line l : lines) right = Math.max(right, l.right);
        StringBuilder p = null;
        Line prev = null;
        for (Line l : lines) {
            boolean continues = prev != null && l.top - prev.bottom < prev.height()
                    && prev.right >= right - 2 * prev.height()
                    && (l.left <= prev.left + 0.5 * l.height() || Math.abs((l.left + l.right) - (prev.left + prev.right)) < 2 * l.height());
            if (!continues) {
                if (p != null) out.add(p.toString());
                p = new StringBuilder();
            }
            p.append(l.text());
            prev = l;
        }
        if (p != null && p.length() > 0) out.add(p.toString());
        return out;
    }
}
