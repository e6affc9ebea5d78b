package org.nianbao.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.recognise.LabelText;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.TableLayout;

/**
 * The format's tables drawn without borders, rebuilt from text positions and anchored on the labels of the schema's
 * layouts ({@link ReportSchema#layout}): a value cell's column is the x-extent of the header label over it (自然人 …
 * 总计, 本年制发件数 …), its row the vertical extent of its row label (its baseline band). Every other run of text in
 * the value area is a number (or whatever was typed in a value cell) and goes to the slot whose bands hold its centre.
 * A row is read only when each of its runs falls unambiguously into one free slot; otherwise the row is left out of
 * the grid (the recogniser then names it in T-LAYOUT) — nothing is guessed. A table whose column labels are not all
 * found is not rebuilt (T-MISSING, as before).
 */
final class PdfBorderless {
    /** Bands are the labels' extents widened by this share of a line height (rows) / of the gap to the next label. */
    private static final double ROW_TOLERANCE = 0.3;
    private static final double COLUMN_GAP_SHARE = 1.0 / 3;
    private static final double COLUMN_TOLERANCE = 0.5;
    /** Beyond the first and last row of a page: runs up to this many line heights away are the table's (ambiguous). */
    private static final double MARGIN_LINES = 1.5;
    /** Header labels stand within this many line heights above the first row. */
    private static final double HEADER_LINES = 14;
    private static final double NO_LABEL_ROW_LINES = 2.5;
    /** What a value cell holds when it is a figure (in the margins above and below the rows only figures count). */
    private static final Pattern NUMBER = Pattern.compile("[-+−]?[0-9][0-9,.，%]*");

    /** Contiguous glyphs on one baseline: a word, a number, a line of a label. */
    static final class Run {
        final int page;
        final List<PdfDocumentReader.Glyph> glyphs = new ArrayList<>();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        String raw = "";
        String text = "";
        boolean used;
        int index;

        Run(int page) {
            this.page = page;
        }

        void add(PdfDocumentReader.Glyph g) {
            glyphs.add(g);
            left = Math.min(left, g.x);
            right = Math.max(right, g.x + g.width);
            top = Math.min(top, g.top);
            bottom = Math.max(bottom, g.top + g.height);
        }

        double h() {
            return bottom - top;
        }

        double cx() {
            return (left + right) / 2;
        }

        double cy() {
            return (top + bottom) / 2;
        }
    }

    /** A label found: its runs (lines of a wrapped label) and their box. */
    static final class Found {
        final List<Run> runs = new ArrayList<>();
        final int page;
        double left;
        double right;
        double top;
        double bottom;
        /** Height of one line of the label. */
        double line;

        Found(Run first) {
            page = first.page;
            left = first.left;
            right = first.right;
            top = first.top;
            bottom = first.bottom;
            line = first.h();
            runs.add(first);
        }

        void add(Run r) {
            runs.add(r);
            left = Math.min(left, r.left);
            right = Math.max(right, r.right);
            bottom = Math.max(bottom, r.bottom);
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (Run r : runs) b.append(r.raw);
            return b.toString();
        }
    }

    /** A rebuilt table: where it starts (for reading order) and its grid; the glyphs it holds, to take off the pages. */
    static final class Table {
        final TableId id;
        final int page;
        final double top;
        final List<List<GridCell>> rows;
        /** Per page: the vertical range the table covers there (its glyphs are not text). */
        final Map<Integer, double[]> extent;

        Table(TableId id, int page, double top, List<List<GridCell>> rows, Map<Integer, double[]> extent) {
            this.id = id;
            this.page = page;
            this.top = top;
            this.rows = rows;
            this.extent = extent;
        }

        Grid grid(String name) {
            return new Grid(name, rows);
        }
    }

    /** One row of the layout with value cells, and the cells of the layout row (label and value) with their grid columns. */
    private static final class ValueRow {
        final List<LayoutCell> cells;
        final int[] columns;
        /** The row's own label: the last label before its values (null: table 四's one data row). */
        LayoutCell label;
        Found labelFound;
        /** The runs read into each value cell. */
        final Map<LayoutCell, Run> values = new IdentityHashMap<>();
        boolean ambiguous;
        double[] band; // top, bottom

        ValueRow(List<LayoutCell> cells, int[] columns) {
            this.cells = cells;
            this.columns = columns;
            for (LayoutCell c : cells) {
                if (c.isValue()) break;
                label = c;
            }
        }
    }

    /** Header rows followed by value rows (table 二: one per block; 三 and 四: one). */
    private static final class Section {
        final List<List<LayoutCell>> headerRows = new ArrayList<>();
        final List<int[]> headerColumns = new ArrayList<>();
        final List<ValueRow> rows = new ArrayList<>();
        final Map<LayoutCell, Found> labels = new IdentityHashMap<>();
        /** Its labels were found: the header over every value column and at least one row. */
        boolean read;
        boolean labelled;
        Found firstRow;
    }

    private final List<Run> runs = new ArrayList<>();
    private int cursor;

    private PdfBorderless(List<List<PdfDocumentReader.Glyph>> pages) {
        for (int p = 0; p < pages.size(); p++) runs.addAll(runs(p, pages.get(p)));
        for (int i = 0; i < runs.size(); i++) runs.get(i).index = i;
    }

    /** The format's borderless tables in the pages' glyphs (those no bordered table took), in document order. */
    static List<Table> find(List<List<PdfDocumentReader.Glyph>> pages) {
        PdfBorderless b = new PdfBorderless(pages);
        List<Table> out = new ArrayList<>();
        for (TableId id : TableId.values()) {
            int start = b.cursor;
            Table t = b.table(id);
            if (t != null) out.add(t);
            else b.cursor = start;
        }
        for (Table t : out) {
            for (Map.Entry<Integer, double[]> e : t.extent.entrySet()) {
                double[] y = e.getValue();
                pages.get(e.getKey()).removeIf(g -> g.cy() >= y[0] && g.cy() <= y[1]);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ runs

    static List<Run> runs(int page, List<PdfDocumentReader.Glyph> glyphs) {
        List<PdfDocumentReader.Glyph> g = new ArrayList<>(glyphs);
        g.sort(Comparator.comparingDouble(PdfDocumentReader.Glyph::cy));
        List<List<PdfDocumentReader.Glyph>> lines = new ArrayList<>();
        List<PdfDocumentReader.Glyph> line = null;
        double lineCy = 0;
        for (PdfDocumentReader.Glyph c : g) {
            if (line == null || c.cy() - lineCy > 0.3 * c.height) {
                line = new ArrayList<>();
                lines.add(line);
                lineCy = c.cy();
            }
            line.add(c);
        }
        List<Run> out = new ArrayList<>();
        for (List<PdfDocumentReader.Glyph> l : lines) {
            l.sort(Comparator.comparingDouble(a -> a.x));
            Run cur = null;
            for (PdfDocumentReader.Glyph c : l) {
                if (cur == null || c.x - cur.right > 0.25 * Math.max(c.height, cur.h())) {
                    cur = new Run(page);
                    out.add(cur);
                }
                cur.add(c);
            }
        }
        for (Run r : out) {
            StringBuilder b = new StringBuilder();
            for (PdfDocumentReader.Glyph c : r.glyphs) b.append(c.text);
            r.raw = b.toString();
            r.text = LabelText.normalize(Normalizer.normalize(r.raw, Normalizer.Form.NFKC));
        }
        out.sort(Comparator.comparingDouble((Run r) -> r.top).thenComparingDouble(r -> r.left));
        return out;
    }

    /**
     * The label at or after run {@code from} (page order), lines of a wrapped label one under the other in the same
     * column: the first run accepted by {@code where} that starts the label, then runs on the next lines overlapping
     * its x-extent that continue it.
     */
    private Found match(String label, int from, java.util.function.Predicate<Run> where) {
        String want = LabelText.official(label);
        if (want.isEmpty()) return null;
        for (int i = from; i < runs.size(); i++) {
            Run r = runs.get(i);
            if (r.used || r.text.isEmpty() || !want.startsWith(r.text) || !where.test(r)) continue;
            Found f = new Found(r);
            int done = r.text.length();
            while (done < want.length()) {
                Run next = null;
                for (int j = i + 1; j < runs.size(); j++) {
                    Run q = runs.get(j);
                    if (q.page != r.page || q.top > f.bottom + 0.9 * f.line) break;
                    if (q.used || q.text.isEmpty() || q.top < f.bottom - 0.5 * f.line) continue;
                    if (q.right < f.left || q.left > f.right) continue;
                    if (want.startsWith(q.text, done) && !f.runs.contains(q)) {
                        next = q;
                        break;
                    }
                }
                if (next == null) break;
                f.add(next);
                done += next.text.length();
            }
            if (done == want.length()) return f;
        }
        return null;
    }

    private static void use(Found f) {
        for (Run r : f.runs) r.used = true;
    }

    // ------------------------------------------------------------------ one table

    private static List<Section> sections(TableLayout layout) {
        List<Section> out = new ArrayList<>();
        int[][] columns = layout.gridColumns();
        Section s = null;
        for (int r = 0; r < layout.rows.size(); r++) {
            List<LayoutCell> row = layout.rows.get(r);
            boolean values = row.stream().anyMatch(LayoutCell::isValue);
            if (!values) {
                if (s == null || !s.rows.isEmpty()) {
                    s = new Section();
                    out.add(s);
                }
                s.headerRows.add(row);
                s.headerColumns.add(columns[r]);
            } else if (s != null) {
                s.rows.add(new ValueRow(row, columns[r]));
            }
        }
        return out;
    }

    private Table table(TableId id) {
        TableLayout layout = ReportSchema.get().layout(id);
        List<Section> sections = sections(layout);
        for (Section s : sections) readLabels(s);
        if (sections.stream().noneMatch(s -> s.read)) return null;
        for (Section s : sections) if (s.read) readValues(s);
        int firstPage = Integer.MAX_VALUE;
        double firstTop = 0;
        Map<Integer, double[]> extent = new HashMap<>();
        for (Section s : sections) {
            if (!s.read) continue;
            List<Found> all = new ArrayList<>(s.labels.values());
            for (ValueRow v : s.rows) {
                if (v.labelFound != null) all.add(v.labelFound);
                for (Run run : v.values.values()) all.add(new Found(run));
            }
            for (Found f : all) {
                if (f.page < firstPage || f.page == firstPage && f.top < firstTop) {
                    firstPage = f.page;
                    firstTop = f.top;
                }
                double[] y = extent.computeIfAbsent(f.page, p -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
                y[0] = Math.min(y[0], f.top);
                y[1] = Math.max(y[1], f.bottom);
            }
        }
        List<List<GridCell>> rows = new ArrayList<>();
        int r = 0;
        for (Section s : sections) {
            for (List<LayoutCell> header : s.headerRows) {
                List<GridCell> cells = new ArrayList<>();
                for (LayoutCell c : header) cells.add(cell(s.labels.get(c) == null ? "" : s.labels.get(c).text(), r, cells.size(), c));
                rows.add(cells);
                r++;
            }
            for (ValueRow v : s.rows) {
                if (!s.read || v.ambiguous || (v.label != null && v.labelFound == null)) continue; // named by the recogniser
                List<GridCell> cells = new ArrayList<>();
                for (LayoutCell c : v.cells) {
                    String text;
                    if (c.isValue()) text = v.values.containsKey(c) ? v.values.get(c).raw : "";
                    else if (c == v.label) text = v.labelFound.text();
                    else text = s.labels.containsKey(c) ? s.labels.get(c).text() : "";
                    cells.add(cell(text, r, cells.size(), c));
                }
                rows.add(cells);
                r++;
            }
        }
        return new Table(id, firstPage, firstTop, rows, extent);
    }

    private static GridCell cell(String text, int row, int index, LayoutCell c) {
        return new GridCell(text, row + "," + index, c.colspan, c.rowspan);
    }

    /**
     * Finds one section's labels: its row labels one after the other, then its header labels above the first row
     * (table 四, without row labels: its header after the cursor, the data row under it).
     */
    private void readLabels(Section s) {
        int start = cursor;
        int from = start;
        ValueRow first = null;
        for (ValueRow v : s.rows) {
            if (v.label == null) continue;
            Found f = match(v.label.text, from, r -> true);
            if (f == null) continue;
            if (first != null && (f.page > first.labelFound.page + 3)) continue;
            v.labelFound = f;
            use(f);
            from = f.runs.get(0).index + 1;
            if (first == null) first = v;
        }
        s.labelled = s.rows.stream().anyMatch(v -> v.label != null);
        if (s.labelled && first == null) return;
        Map<LayoutCell, Found> header;
        if (s.labelled) {
            Found f0 = first.labelFound;
            s.firstRow = f0;
            header = header(s, start, f0.page, f0.top - HEADER_LINES * f0.line, f0.top);
        } else {
            header = headerWithoutRowLabels(s, start);
        }
        if (header == null) {
            release(s);
            return;
        }
        s.labels.putAll(header);
        for (Found f : header.values()) use(f);
        s.read = true;
        if (!s.labelled) {
            double bottom = -Double.MAX_VALUE;
            double line = 0;
            int page = -1;
            for (Found f : header.values()) {
                bottom = Math.max(bottom, f.bottom);
                line = Math.max(line, f.line);
                page = f.page;
            }
            for (ValueRow v : s.rows) {
                v.band = new double[] {bottom, bottom + NO_LABEL_ROW_LINES * line};
                v.labelFound = new Found(placeholder(page, bottom, bottom + NO_LABEL_ROW_LINES * line));
                v.labelFound.line = line;
            }
        } else {
            for (ValueRow v : s.rows) {
                if (v.labelFound == null) continue;
                double tol = ROW_TOLERANCE * v.labelFound.line;
                v.band = new double[] {v.labelFound.top - tol, v.labelFound.bottom + tol};
            }
        }
        int last = start;
        for (Run r : runs) if (r.used) last = Math.max(last, r.index + 1);
        cursor = last;
    }

    /** Reads the section's value area page by page (a header repeated on a later page gives that page's columns). */
    private void readValues(Section s) {
        Map<Integer, List<ValueRow>> byPage = new LinkedHashMap<>();
        for (ValueRow v : s.rows) if (v.labelFound != null) byPage.computeIfAbsent(v.labelFound.page, p -> new ArrayList<>()).add(v);
        Map<LayoutCell, Found> columns = columnAnchors(s, s.labels);
        for (Map.Entry<Integer, List<ValueRow>> e : byPage.entrySet()) {
            List<ValueRow> rows = e.getValue();
            Found top = rows.get(0).labelFound;
            if (s.labelled && e.getKey() != s.firstRow.page) {
                Map<LayoutCell, Found> again = header(s, 0, e.getKey(), top.top - HEADER_LINES * top.line, top.top);
                if (again != null) {
                    for (Found f : again.values()) use(f);
                    columns = columnAnchors(s, again);
                }
            }
            place(rows, columns, e.getKey());
        }
    }

    private Run placeholder(int page, double top, double bottom) {
        Run r = new Run(page);
        r.top = top;
        r.bottom = bottom;
        r.left = 0;
        r.right = 0;
        return r;
    }

    /** A section not read gives back the labels it took. */
    private static void release(Section s) {
        for (ValueRow v : s.rows) {
            if (v.labelFound != null) for (Run r : v.labelFound.runs) r.used = false;
            v.labelFound = null;
        }
    }

    /**
     * The section's header labels on {@code page} between {@code top} and {@code bottom}, or null unless every label
     * over a value cell is there. A label the header holds more than once (table 四's 结果维持 …) is assigned left to
     * right in grid-column order. Other labels (groups, a corner note) are taken when found.
     */
    private Map<LayoutCell, Found> header(Section s, int from, int page, double top, double bottom) {
        java.util.function.Predicate<Run> inside = r -> r.page == page && r.top >= top && r.top < bottom;
        Map<String, List<LayoutCell>> byText = new LinkedHashMap<>();
        Map<LayoutCell, Integer> column = new IdentityHashMap<>();
        for (int i = 0; i < s.headerRows.size(); i++) {
            for (int j = 0; j < s.headerRows.get(i).size(); j++) {
                LayoutCell c = s.headerRows.get(i).get(j);
                column.put(c, s.headerColumns.get(i)[j]);
                byText.computeIfAbsent(LabelText.official(c.text), k -> new ArrayList<>()).add(c);
            }
        }
        Map<LayoutCell, Found> out = new IdentityHashMap<>();
        List<Run> taken = new ArrayList<>();
        for (List<LayoutCell> same : byText.values()) {
            List<Found> found = new ArrayList<>();
            for (int k = 0; k < same.size(); k++) {
                Found f = match(same.get(0).text, from, inside);
                if (f == null) break;
                found.add(f);
                for (Run r : f.runs) {
                    r.used = true; // for the next occurrence; given back below
                    taken.add(r);
                }
            }
            if (found.size() != same.size()) continue;
            same.sort(Comparator.comparingInt(column::get));
            found.sort(Comparator.comparingDouble(f -> f.left));
            for (int k = 0; k < same.size(); k++) out.put(same.get(k), found.get(k));
        }
        for (Run r : taken) r.used = false;
        for (LayoutCell anchor : anchorsOf(s)) if (!out.containsKey(anchor)) return null;
        return out;
    }

    /** Table 四 has no row labels: its header is where its first label is, after the cursor. */
    private Map<LayoutCell, Found> headerWithoutRowLabels(Section s, int from) {
        LayoutCell firstCell = s.headerRows.get(0).get(0);
        Found f = match(firstCell.text, from, r -> true);
        if (f == null) return null;
        return header(s, from, f.page, f.top - f.line, f.top + HEADER_LINES * f.line);
    }

    /** The header labels that stand over value cells: per value cell of the first row, the lowest label on its columns. */
    private static List<LayoutCell> anchorsOf(Section s) {
        List<LayoutCell> out = new ArrayList<>();
        ValueRow v = s.rows.get(0);
        for (int i = 0; i < v.cells.size(); i++) {
            LayoutCell c = v.cells.get(i);
            if (!c.isValue()) continue;
            LayoutCell a = anchor(s, v.columns[i], c.colspan);
            if (a != null) out.add(a);
        }
        return out;
    }

    private static LayoutCell anchor(Section s, int column, int span) {
        LayoutCell best = null;
        for (int i = 0; i < s.headerRows.size(); i++) {
            for (int j = 0; j < s.headerRows.get(i).size(); j++) {
                LayoutCell h = s.headerRows.get(i).get(j);
                if (s.headerColumns.get(i)[j] == column && h.colspan == span) best = h;
            }
        }
        return best;
    }

    /** Value cell (of any row) → the header label found over its column. */
    private static Map<LayoutCell, Found> columnAnchors(Section s, Map<LayoutCell, Found> header) {
        Map<LayoutCell, Found> out = new IdentityHashMap<>();
        for (ValueRow v : s.rows) {
            for (int i = 0; i < v.cells.size(); i++) {
                LayoutCell c = v.cells.get(i);
                if (!c.isValue()) continue;
                LayoutCell a = anchor(s, v.columns[i], c.colspan);
                if (a != null && header.containsKey(a)) out.put(c, header.get(a));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ the value area

    /**
     * Puts every run of the value area of {@code page} into its slot: the row whose band holds its vertical centre
     * and the column whose band holds its horizontal centre. A run outside every band, in two bands, reaching over a
     * neighbour column's label, or in a slot already taken makes its row(s) ambiguous.
     */
    private void place(List<ValueRow> rows, Map<LayoutCell, Found> columns, int page) {
        // the columns in x order with their bands
        List<Found> anchors = new ArrayList<>(new LinkedHashSet<>(columns.values()));
        anchors.sort(Comparator.comparingDouble(f -> f.left));
        for (int i = 1; i < anchors.size(); i++) {
            if (anchors.get(i).left <= anchors.get(i - 1).right) { // labels overlapping: no certain columns
                for (ValueRow v : rows) v.ambiguous = true;
                return;
            }
        }
        Map<Found, double[]> bands = new IdentityHashMap<>();
        for (int i = 0; i < anchors.size(); i++) {
            Found a = anchors.get(i);
            double leftGap = i > 0 ? a.left - anchors.get(i - 1).right : Double.MAX_VALUE;
            double rightGap = i + 1 < anchors.size() ? anchors.get(i + 1).left - a.right : Double.MAX_VALUE;
            double limit = COLUMN_TOLERANCE * a.line;
            double l = Math.min(limit, leftGap == Double.MAX_VALUE ? limit : leftGap * COLUMN_GAP_SHARE);
            double r = Math.min(limit, rightGap == Double.MAX_VALUE ? limit : rightGap * COLUMN_GAP_SHARE);
            bands.put(a, new double[] {a.left - l, a.right + r});
        }
        // the value area: right of the row labels (all of a page's width for table 四), from above the first row
        // to below the last — a figure far from its column still counts (and makes its row ambiguous)
        double areaLeft = -Double.MAX_VALUE;
        for (ValueRow v : rows) if (v.label != null) areaLeft = Math.max(areaLeft, v.labelFound.right);
        double line = rows.get(0).labelFound.line;
        double areaTop = rows.get(0).band[0] - MARGIN_LINES * line;
        double areaBottom = rows.get(rows.size() - 1).band[1] + MARGIN_LINES * line;
        Map<ValueRow, Map<Found, LayoutCell>> cellOf = new IdentityHashMap<>();
        for (ValueRow v : rows) {
            Map<Found, LayoutCell> m = new IdentityHashMap<>();
            for (LayoutCell c : v.cells) if (c.isValue() && columns.containsKey(c)) m.put(columns.get(c), c);
            cellOf.put(v, m);
        }
        for (Run run : runs) {
            if (run.page != page || run.used) continue;
            if (run.cx() < areaLeft || run.cy() < areaTop || run.cy() > areaBottom) continue;
            boolean margin = run.cy() < rows.get(0).band[0] || run.cy() > rows.get(rows.size() - 1).band[1];
            if (margin && !NUMBER.matcher(run.text).matches()) continue; // a caption or heading next to the table
            List<ValueRow> in = new ArrayList<>();
            for (ValueRow v : rows) if (run.cy() >= v.band[0] && run.cy() <= v.band[1]) in.add(v);
            if (in.size() != 1) {
                ambiguousAround(rows, run);
                continue;
            }
            ValueRow v = in.get(0);
            Found column = null;
            int hits = 0;
            for (Found a : anchors) {
                double[] b = bands.get(a);
                if (run.cx() >= b[0] && run.cx() <= b[1]) {
                    column = a;
                    hits++;
                }
            }
            if (hits != 1 || reachesOver(run, column, anchors) || !cellOf.get(v).containsKey(column)) {
                v.ambiguous = true;
                continue;
            }
            LayoutCell c = cellOf.get(v).get(column);
            if (v.values.containsKey(c)) {
                v.ambiguous = true;
                continue;
            }
            v.values.put(c, run);
            run.used = true;
        }
    }

    /** A run between rows: the rows above and below it (on its page) are not certain. */
    private static void ambiguousAround(List<ValueRow> rows, Run run) {
        ValueRow above = null;
        ValueRow below = null;
        for (ValueRow v : rows) {
            if (v.band[0] <= run.cy()) above = v;
            if (v.band[1] >= run.cy() && below == null) below = v;
        }
        if (above != null) above.ambiguous = true;
        if (below != null) below.ambiguous = true;
    }

    /** Whether a run reaches into the label extent of another column than its own. */
    private static boolean reachesOver(Run run, Found own, List<Found> anchors) {
        for (Found a : anchors) {
            if (a != own && run.right > a.left && run.left < a.right) return true;
        }
        return false;
    }
}
