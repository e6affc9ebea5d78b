package org.nianbao.pdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.read.Budget;
import org.nianbao.read.UnreadableDocumentException;

/**
 * One table rebuilt from ruling lines: the distinct x of its vertical and y of its horizontal borders make a grid of
 * slots; neighbouring slots with no border between them are one (merged) cell. Only when every cell is then a
 * rectangle is the table kept ({@link #find}); glyphs whose centre is inside it become the cells' text.
 */
final class PdfTable {
    private static final double TOL = 1.5;
    private static final int MAX_SLOTS = 20_000;

    final double top;
    private final double[] xs;
    private final double[] ys;
    private final int[] region; // slot index → region id (its top-left slot)
    private final List<List<PdfDocumentReader.Glyph>> text;

    private PdfTable(double[] xs, double[] ys, int[] region) {
        this.xs = xs;
        this.ys = ys;
        this.region = region;
        this.top = ys[0];
        this.text = new ArrayList<>();
        for (int i = 0; i < region.length; i++) text.add(new ArrayList<>());
    }

    private int cols() {
        return xs.length - 1;
    }

    private int rows() {
        return ys.length - 1;
    }

    /** Tables of a page: groups of touching borders with at least 2 horizontal and 2 vertical lines. */
    static List<PdfTable> find(List<PageContent.Segment> raw, double pageTop, Budget budget) throws UnreadableDocumentException {
        List<PageContent.Segment> segs = new ArrayList<>(raw.size());
        for (PageContent.Segment s : raw) { // to top-left origin, y down
            segs.add(s.horizontal ? new PageContent.Segment(true, pageTop - s.at, s.from, s.to)
                    : new PageContent.Segment(false, s.at, pageTop - s.to, pageTop - s.from));
        }
        int n = segs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) if (touch(segs.get(i), segs.get(j))) union(parent, i, j);
        }
        List<PdfTable> out = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (find(parent, root) != root) continue;
            List<PageContent.Segment> group = new ArrayList<>();
            for (int i = 0; i < n; i++) if (find(parent, i) == root) group.add(segs.get(i));
            PdfTable t = build(group);
            if (t != null) {
                budget.cells(t.region.length);
                out.add(t);
            }
        }
        return out;
    }

    private static boolean touch(PageContent.Segment a, PageContent.Segment b) {
        if (a.horizontal == b.horizontal) {
            return Math.abs(a.at - b.at) <= TOL && a.from <= b.to + TOL && b.from <= a.to + TOL;
        }
        PageContent.Segment h = a.horizontal ? a : b;
        PageContent.Segment v = a.horizontal ? b : a;
        return v.at >= h.from - TOL && v.at <= h.to + TOL && h.at >= v.from - TOL && h.at <= v.to + TOL;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        p[find(p, a)] = find(p, b);
    }

    private static double[] distinct(List<Double> values) {
        values.sort(Double::compare);
        List<Double> out = new ArrayList<>();
        for (double v : values) if (out.isEmpty() || v - out.get(out.size() - 1) > TOL) out.add(v);
        double[] a = new double[out.size()];
        for (int i = 0; i < a.length; i++) a[i] = out.get(i);
        return a;
    }

    private static PdfTable build(List<PageContent.Segment> group) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (PageContent.Segment s : group) (s.horizontal ? y : x).add(s.at);
        double[] xs = distinct(x);
        double[] ys = distinct(y);
        if (xs.length < 2 || ys.length < 2) return null;
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        if ((long) rows * cols > MAX_SLOTS) return null;
        int[] p = new int[rows * cols];
        for (int i = 0; i < p.length; i++) p[i] = i;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double ym = (ys[r] + ys[r + 1]) / 2;
                double xm = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !covered(group, false, xs[c + 1], ym)) union(p, r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !covered(group, true, ys[r + 1], xm)) union(p, r * cols + c, (r + 1) * cols + c);
            }
        }
        int[] region = new int[p.length];
        for (int i = 0; i < p.length; i++) region[i] = -1;
        for (int i = 0; i < p.length; i++) {
            if (region[i] >= 0) continue;
            int root = find(p, i);
            int r0 = i / cols, c0 = i % cols, r1 = r0, c1 = c0, count = 0;
            for (int j = i; j < p.length; j++) {
                if (find(p, j) != root) continue;
                count++;
                r1 = Math.max(r1, j / cols);
                c1 = Math.max(c1, j % cols);
                c0 = Math.min(c0, j % cols);
            }
            if (c0 != i % cols || count != (r1 - r0 + 1) * (c1 - c0 + 1)) return null; // not a rectangle: not certain
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    if (find(p, r * cols + c) != root) return null;
                    region[r * cols + c] = i;
                }
            }
        }
        return new PdfTable(xs, ys, region);
    }

    /** A border at {@code at} (y of a horizontal, x of a vertical line) passing through {@code through}. */
    private static boolean covered(List<PageContent.Segment> group, boolean horizontal, double at, double through) {
        for (PageContent.Segment s : group) {
            if (s.horizontal == horizontal && Math.abs(s.at - at) <= TOL && s.from - TOL <= through && through <= s.to + TOL) return true;
        }
        return false;
    }

    /**
     * A grid of one row or one column: borders that are only an outer box (or rules in one direction). No table of
     * the format is that; its text is left to the borderless reading.
     */
    boolean degenerate() {
        return rows() < 2 || cols() < 2;
    }

    /** Moves the glyphs whose centre lies inside the table into its cells. */
    void take(List<PdfDocumentReader.Glyph> glyphs) {
        for (Iterator<PdfDocumentReader.Glyph> it = glyphs.iterator(); it.hasNext(); ) {
            PdfDocumentReader.Glyph g = it.next();
            int c = index(xs, g.cx());
            int r = index(ys, g.cy());
            if (c < 0 || r < 0) continue;
            text.get(region[r * cols() + c]).add(g);
            it.remove();
        }
    }

    private static int index(double[] edges, double v) {
        if (v < edges[0] || v > edges[edges.length - 1]) return -1;
        for (int i = 0; i + 1 < edges.length; i++) if (v <= edges[i + 1]) return i;
        return -1;
    }

    Grid grid(String name) {
        List<List<GridCell>> rows = new ArrayList<>();
        int cols = cols();
        for (int r = 0; r < rows(); r++) {
            List<GridCell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (region[i] != i) continue;
                int colspan = 1;
                while (c + colspan < cols && region[i + colspan] == i) colspan++;
                int rowspan = 1;
                while (r + rowspan < rows() && region[i + rowspan * cols] == i) rowspan++;
                row.add(new GridCell(cellText(text.get(i)), r + "," + c, colspan, rowspan));
            }
            rows.add(row);
        }
        return new Grid(name, rows);
    }

    /** The cell's lines top to bottom, joined without a break (a label wrapped in its cell). */
    private static String cellText(List<PdfDocumentReader.Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        for (PdfText.Line l : PdfText.lines(glyphs)) b.append(l.text());
        return b.toString();
    }
}
