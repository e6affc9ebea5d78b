package org.nianbao.uno.doc;

import org.nianbao.uno.Uno;
import com.sun.star.container.NoSuchElementException;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.container.XNamed;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.table.XCellRange;
import com.sun.star.text.TableColumnSeparator;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.LayoutTables;

/**
 * Reads a Writer document into the core's {@link DocumentContent} and writes cell texts back, with as few
 * bridge calls as possible; all UNO access of the core's data goes through here.
 *
 * <p>Reading a table: {@code getCellNames()} once (it lists every cell that exists, not the ones covered by
 * a merge), then one {@code getDataArray()} per band of consecutive rows whose last cell has the same
 * column name ("A4:H5", "A8:J26" …): a range below and beside merged cells reads correctly, covered boxes
 * come back empty and are dropped (a range whose first row is merged silently comes back as one column:
 * LibreOffice bug, no bug id found). Cell ids are Writer's cell names. Spans are 1 unless asked for
 * ({@link #readTable(XTextTable, boolean)}), which costs three more calls per row (the rows' column
 * separators).
 *
 * <p>Writing: only the given cells, one {@code setDataArray} per run of adjacent cells of a row, one
 * {@code setString} for a single cell. Texts, never numbers: number recognition and formats stay out.
 */
public final class UnoDocumentAdapter {
    /** Paragraphs longer than this are body text: their outline level is not asked for (one call saved). */
    static final int MAX_HEADING_LENGTH = 100;

    private UnoDocumentAdapter() {
    }

    // ------------------------------------------------------------------ reading

    /**
     * The body of the document: its paragraphs and tables in order (spans not read). Tables nested in a
     * table's cells follow that table, as the ODF reader gives them. Under pending tracked changes the
     * text is the current one (see {@link TrackedChanges}).
     */
    public static DocumentContent read(XTextDocument doc) throws com.sun.star.uno.Exception {
        return read(doc, true, new ArrayList<>());
    }

    /**
     * As {@link #read(XTextDocument)}, and the names of tables Writer does not let an extension read
     * added to {@code unreadable}: when a table is split (Table › Split Table) while a UNO object of it is
     * alive (held by a macro, or not yet released by a bridge, see {@link Uno#releaseProxies}), LibreOffice
     * 7.4 hands out that object for the split-off part too — in the body's enumeration, by index and by
     * name — until the document is reopened, so the split-off part can be neither read nor written (and
     * a save stores the first part twice). Such a table is left out.
     */
    public static DocumentContent read(XTextDocument doc, List<String> unreadable) throws com.sun.star.uno.Exception {
        return read(doc, true, unreadable);
    }

    /** Only the tables, in document order (nested ones after their table; spans not read). */
    public static DocumentContent readTables(XTextDocument doc) throws com.sun.star.uno.Exception {
        XIndexAccess tables = Uno.q(XIndexAccess.class, Uno.q(XTextTablesSupplier.class, doc).getTextTables());
        if (tables.getCount() == 0) return new DocumentContent(List.of());
        return read(doc, false, new ArrayList<>());
    }

    private static DocumentContent read(XTextDocument doc, boolean paragraphs, List<String> unreadable)
            throws com.sun.star.uno.Exception {
        ReadProfile.reset();
        long t = System.nanoTime();
        TrackedChanges changes = TrackedChanges.of(doc);
        ReadProfile.add("changes", 3, t);
        List<Block> blocks = new ArrayList<>();
        java.util.Set<String> top = new java.util.HashSet<>();
        java.util.Set<String> layout = new java.util.HashSet<>();
        t = System.nanoTime();
        Pictures pictures = paragraphs ? Pictures.of(doc) : Pictures.NONE;
        ReadProfile.add("pictures", 3, t);
        t = System.nanoTime();
        BoundMarks bound = paragraphs ? BoundMarks.of(doc) : BoundMarks.NONE;
        ReadProfile.add("marks", 3, t);
        int topCount = 0;
        XEnumeration elements = Uno.q(XEnumerationAccess.class, doc.getText()).createEnumeration();
        while (true) {
            Object element;
            t = System.nanoTime();
            try {
                element = elements.nextElement(); // no hasMoreElements(): one call per element saved
            } catch (NoSuchElementException end) {
                break;
            }
            // a paragraph is a text range, a table is not (SwXTextTable): one query per paragraph, two per table
            XTextRange paragraph = Uno.q(XTextRange.class, element);
            XTextTable table = paragraph != null ? null : Uno.q(XTextTable.class, element);
            ReadProfile.add("next", paragraph != null ? 2 : 3, t);
            if (table != null) {
                topCount++;
                t = System.nanoTime();
                String name = Uno.q(XNamed.class, table).getName();
                ReadProfile.add("tname", 2, t);
                if (top.add(name)) {
                    Grid grid = readTable(table, name, false, changes);
                    if (paragraphs && LayoutTables.isLayoutTable(grid)) { // its paragraphs are document text
                        grid = withCellContent(table, grid, changes);
                        layout.add(name);
                    }
                    blocks.add(Block.table(grid));
                    pictures.afterTable(name, blocks.size() - 1);
                } else {
                    unreadable.add(name); // the stale object of a split table: see above
                }
                continue;
            }
            if (!paragraphs) continue;
            if (paragraph == null) continue;
            t = System.nanoTime();
            String text = changes != null && changes.hasDeletionOutsideTables()
                    ? TrackedChanges.visibleText(element) : paragraph.getString();
            ReadProfile.add("ptext", 1, t);
            int level = 0;
            t = System.nanoTime();
            if (!text.isBlank() && text.length() <= MAX_HEADING_LENGTH) {
                level = outlineLevel(element);
                ReadProfile.add("outline", 2, t);
            }
            boolean plain = !bound.any() || (changes != null && changes.hasDeletionOutsideTables()); // offsets of the visible text: not read
            t = System.nanoTime();
            blocks.add(plain ? Block.paragraph(text, level) : Block.paragraph(text, level, bound.spans(element, text)));
            if (!plain) ReadProfile.add("spans", 1, t);
            t = System.nanoTime();
            pictures.afterParagraph(paragraph, blocks.size() - 1);
            ReadProfile.add("pic", 0, t);
        }
        t = System.nanoTime();
        List<Block> all = withNestedTables(doc, pictures.insertInto(blocks), top, layout, topCount, changes);
        ReadProfile.add("nested", 2, t);
        ReadProfile.done();
        return new DocumentContent(all);
    }

    /**
     * A layout table's grid with each cell's content in order (paragraphs and the tables nested in it), so that
     * the core reads it as document text ({@link LayoutTables}). Only tables without any label of the format
     * are read this way (rare): one enumeration per cell.
     */
    private static Grid withCellContent(XTextTable table, Grid grid, TrackedChanges changes) throws com.sun.star.uno.Exception {
        List<List<GridCell>> rows = new ArrayList<>();
        for (List<GridCell> row : grid.rows) {
            List<GridCell> cells = new ArrayList<>();
            for (GridCell c : row) {
                List<Block> content = new ArrayList<>();
                XEnumeration e = Uno.q(XEnumerationAccess.class, table.getCellByName(c.id)).createEnumeration();
                while (e.hasMoreElements()) {
                    Object element = e.nextElement();
                    XTextTable nested = Uno.q(XTextTable.class, element);
                    if (nested != null) {
                        content.add(Block.table(readTable(nested, false, changes)));
                    } else {
                        XTextRange p = Uno.q(XTextRange.class, element);
                        if (p != null) content.add(Block.paragraph(p.getString(), outlineLevel(element)));
                    }
                }
                cells.add(new GridCell(c.text, c.id, c.colspan, c.rowspan, content));
            }
            rows.add(cells);
        }
        return new Grid(grid.name, rows);
    }

    /**
     * The blocks with each table nested in a cell after the top-level table that holds it, as the ODF
     * reader gives them. Costs one call (the document's table count) when no table is nested.
     */
    private static List<Block> withNestedTables(XTextDocument doc, List<Block> blocks, java.util.Set<String> top,
                                                java.util.Set<String> layout, int topCount,
                                                TrackedChanges changes) throws com.sun.star.uno.Exception {
        XIndexAccess all = Uno.q(XIndexAccess.class, Uno.q(XTextTablesSupplier.class, doc).getTextTables());
        int count = all.getCount();
        if (count <= topCount) return blocks;
        Map<String, List<Block>> nestedIn = new HashMap<>();
        for (int i = 0; i < count; i++) {
            XTextTable table = Uno.q(XTextTable.class, all.getByIndex(i));
            if (table == null || top.contains(Uno.q(XNamed.class, table).getName())) continue;
            String holder = topLevelHolder(table, top);
            if (holder != null) nestedIn.computeIfAbsent(holder, h -> new ArrayList<>()).add(Block.table(readTable(table, false, changes)));
        }
        if (nestedIn.isEmpty()) return blocks;
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(b);
            // a layout table's nested tables are in its cells' content already
            if (b.isTable() && !layout.contains(b.table.name)) out.addAll(nestedIn.getOrDefault(b.table.name, List.of()));
        }
        return out;
    }

    /** The top-level table a nested table is in (following the anchors' TextTable outwards), or null. */
    private static String topLevelHolder(XTextTable table, java.util.Set<String> top) throws com.sun.star.uno.Exception {
        XTextTable t = table;
        for (int depth = 0; depth < 100 && t != null; depth++) {
            XTextRange anchor = t.getAnchor();
            Object outer = anchor == null ? null : Uno.get(anchor, "TextTable");
            t = Uno.isVoid(outer) ? null : Uno.q(XTextTable.class, outer);
            if (t != null && top.contains(Uno.q(XNamed.class, t).getName())) return Uno.q(XNamed.class, t).getName();
        }
        return null; // in a frame, header or footer: not body text
    }

    private static int outlineLevel(Object paragraph) {
        try {
            Object v = Uno.get(paragraph, "OutlineLevel");
            return v instanceof Number ? ((Number) v).intValue() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    /**
     * One table as a {@link Grid}: each row lists the cells that exist in it, left to right; ids are cell
     * names. With {@code spans}, colspan and rowspan come from the rows' column separators.
     */
    public static Grid readTable(XTextTable table, boolean spans) throws com.sun.star.uno.Exception {
        return readTable(table, spans, null);
    }

    private static Grid readTable(XTextTable table, boolean spans, TrackedChanges changes) throws com.sun.star.uno.Exception {
        return readTable(table, Uno.q(XNamed.class, table).getName(), spans, changes);
    }

    private static Grid readTable(XTextTable table, String name, boolean spans, TrackedChanges changes) throws com.sun.star.uno.Exception {
        long t = System.nanoTime();
        String[] names = table.getCellNames();
        ReadProfile.add("cellnames", 1, t);
        // row -> column -> name, for simple names; split cells ("A1.1.1") are read one by one
        TreeMap<Integer, TreeMap<Integer, String>> byRow = new TreeMap<>();
        List<String> splitCells = new ArrayList<>();
        for (String n : names) {
            int[] pos = CellNames.parse(n);
            if (pos == null) {
                splitCells.add(n);
                continue;
            }
            byRow.computeIfAbsent(pos[1], r -> new TreeMap<>()).put(pos[0], n);
        }
        Map<String, String> texts = readTexts(table, byRow);
        for (String n : splitCells) texts.put(n, Uno.q(XText.class, table.getCellByName(n)).getString());
        if (changes != null) {
            for (String n : names) {
                if (changes.hasDeletionIn(name, n)) texts.put(n, TrackedChanges.visibleText(table.getCellByName(n)));
            }
        }

        Map<String, int[]> spanOf = spans ? spans(table, byRow) : Map.of();
        Map<Integer, List<String>> splitByRow = new TreeMap<>(); // each split cell in the row of its top-level box
        for (String n : splitCells) {
            int dot = n.indexOf('.');
            int[] pos = dot > 0 ? CellNames.parse(n.substring(0, dot)) : null;
            int row = pos == null ? Integer.MAX_VALUE : pos[1];
            splitByRow.computeIfAbsent(row, r -> new ArrayList<>()).add(n);
        }
        java.util.TreeSet<Integer> rowNumbers = new java.util.TreeSet<>(byRow.keySet());
        rowNumbers.addAll(splitByRow.keySet());
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r : rowNumbers) {
            List<GridCell> row = new ArrayList<>();
            for (String n : byRow.getOrDefault(r, new TreeMap<>()).values()) {
                int[] s = spanOf.getOrDefault(n, new int[] {1, 1});
                row.add(new GridCell(texts.getOrDefault(n, ""), n, s[0], s[1]));
            }
            for (String n : splitByRow.getOrDefault(r, List.of())) row.add(new GridCell(texts.get(n), n));
            rows.add(row);
        }
        return new Grid(name, rows);
    }

    /** Texts of all simple-named cells: one range per band of rows with the same last column. */
    private static Map<String, String> readTexts(XTextTable table, TreeMap<Integer, TreeMap<Integer, String>> byRow)
            throws com.sun.star.uno.Exception {
        Map<String, String> texts = new HashMap<>();
        if (byRow.isEmpty()) return texts;
        XCellRange cells = Uno.q(XCellRange.class, table);
        List<Integer> rowNumbers = new ArrayList<>(byRow.keySet());
        int i = 0;
        while (i < rowNumbers.size()) {
            int first = rowNumbers.get(i);
            int lastColumn = byRow.get(first).lastKey();
            int j = i;
            while (j + 1 < rowNumbers.size() && rowNumbers.get(j + 1) == rowNumbers.get(j) + 1
                    && byRow.get(rowNumbers.get(j + 1)).lastKey() == lastColumn) {
                j++;
            }
            int last = rowNumbers.get(j);
            long t = System.nanoTime();
            Object range = cells.getCellRangeByName(CellNames.range(0, first, lastColumn, last));
            ReadProfile.add("range", 1, t);
            t = System.nanoTime();
            Object[][] data = range == null ? null : Uno.q(XCellRangeData.class, range).getDataArray();
            ReadProfile.add("data", 2, t);
            for (int r = first; r <= last; r++) {
                for (Map.Entry<Integer, String> e : byRow.get(r).entrySet()) {
                    Object v = data != null && r - first < data.length && e.getKey() < data[r - first].length
                            ? data[r - first][e.getKey()] : null;
                    if (v instanceof String) {
                        texts.put(e.getValue(), (String) v);
                    } else { // a value cell (number recognition on) or an unexpected shape: its shown text
                        long t1 = System.nanoTime();
                        texts.put(e.getValue(), Uno.q(XText.class, table.getCellByName(e.getValue())).getString());
                        ReadProfile.add("cell", 3, t1);
                    }
                }
            }
            i = j + 1;
        }
        return texts;
    }

    /**
     * {colspan, rowspan} per cell name, from each row's column separators: the boxes of a row are
     * placed on the table's common column boundaries; a box missing from the names (covered) continues the
     * cell above it with the same left edge.
     */
    private static Map<String, int[]> spans(XTextTable table, TreeMap<Integer, TreeMap<Integer, String>> byRow)
            throws com.sun.star.uno.Exception {
        XIndexAccess tableRows = Uno.q(XIndexAccess.class, table.getRows());
        int rowCount = tableRows.getCount();
        List<int[]> edges = new ArrayList<>(); // per row: box boundaries 0 … sum
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>();
        int sum = 10000;
        try {
            Object s = Uno.get(table, "TableColumnRelativeSum");
            if (s instanceof Number) sum = ((Number) s).intValue();
        } catch (Exception ignored) {
            // default sum
        }
        for (int r = 0; r < rowCount; r++) {
            TableColumnSeparator[] seps = (TableColumnSeparator[]) Uno.get(tableRows.getByIndex(r), "TableColumnSeparators");
            int[] e = new int[seps.length + 2];
            e[0] = 0;
            for (int k = 0; k < seps.length; k++) e[k + 1] = seps[k].Position;
            e[e.length - 1] = sum;
            edges.add(e);
            for (int x : e) all.add(x);
        }
        List<Integer> grid = cluster(all);
        Map<String, int[]> out = new LinkedHashMap<>();
        for (int r = 0; r < rowCount; r++) {
            TreeMap<Integer, String> present = byRow.get(r);
            if (present == null) continue;
            int[] e = edges.get(r);
            for (Map.Entry<Integer, String> cell : present.entrySet()) {
                int box = cell.getKey();
                if (box + 1 >= e.length) continue;
                int colspan = Math.max(1, index(grid, e[box + 1]) - index(grid, e[box]));
                int rowspan = 1;
                for (int below = r + 1; below < rowCount; below++) {
                    int[] eb = edges.get(below);
                    TreeMap<Integer, String> presentBelow = byRow.getOrDefault(below, new TreeMap<>());
                    int coveredBox = boxAt(eb, e[box]);
                    if (coveredBox < 0 || presentBelow.containsKey(coveredBox)) break;
                    rowspan++;
                }
                out.put(cell.getValue(), new int[] {colspan, rowspan});
            }
        }
        return out;
    }

    /** Boundaries closer than 1% of the width are one grid line (rows round their separators separately). */
    private static List<Integer> cluster(java.util.TreeSet<Integer> xs) {
        List<Integer> out = new ArrayList<>();
        for (int x : xs) if (out.isEmpty() || x - out.get(out.size() - 1) > 100) out.add(x);
        return out;
    }

    private static int index(List<Integer> grid, int x) {
        int best = 0;
        for (int i = 0; i < grid.size(); i++) if (Math.abs(grid.get(i) - x) < Math.abs(grid.get(best) - x)) best = i;
        return best;
    }

    /** The box of a row starting at x (within the clustering tolerance), or -1. */
    private static int boxAt(int[] edges, int x) {
        for (int k = 0; k + 1 < edges.length; k++) if (Math.abs(edges[k] - x) <= 100) return k;
        return -1;
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes texts into cells given by location (table name and cell name). Adjacent cells of a row go in
     * one call. Returns the number of cells written.
     */
    public static int write(XTextDocument doc, Map<CellLocation, String> texts) throws com.sun.star.uno.Exception {
        if (texts.isEmpty()) return 0;
        XNameAccess tables = Uno.q(XTextTablesSupplier.class, doc).getTextTables();
        Map<String, Map<String, String>> byTable = new LinkedHashMap<>();
        for (Map.Entry<CellLocation, String> e : texts.entrySet()) {
            byTable.computeIfAbsent(e.getKey().tableName, t -> new LinkedHashMap<>()).put(e.getKey().cellId, e.getValue());
        }
        int written = 0;
        for (Map.Entry<String, Map<String, String>> t : byTable.entrySet()) {
            XTextTable table = Uno.q(XTextTable.class, tables.getByName(t.getKey()));
            written += writeTable(table, t.getValue());
        }
        return written;
    }

    /** Writes the given cell texts by key through the report's cell locations; keys without one are skipped. */
    public static int writeByKey(XTextDocument doc, Report report, Map<String, String> textsByKey)
            throws com.sun.star.uno.Exception {
        Map<CellLocation, String> byLocation = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : textsByKey.entrySet()) {
            CellLocation loc = report.location(e.getKey());
            if (loc != null) byLocation.put(loc, e.getValue());
        }
        return write(doc, byLocation);
    }

    static int writeTable(XTextTable table, Map<String, String> cellTexts) throws com.sun.star.uno.Exception {
        TreeMap<Integer, TreeMap<Integer, String>> byRow = new TreeMap<>();
        int written = 0;
        for (Map.Entry<String, String> e : cellTexts.entrySet()) {
            int[] pos = CellNames.parse(e.getKey());
            if (pos == null) { // split cell: on its own
                Uno.q(XText.class, table.getCellByName(e.getKey())).setString(e.getValue());
                written++;
                continue;
            }
            byRow.computeIfAbsent(pos[1], r -> new TreeMap<>()).put(pos[0], e.getValue());
        }
        XCellRange cells = Uno.q(XCellRange.class, table);
        for (Map.Entry<Integer, TreeMap<Integer, String>> row : byRow.entrySet()) {
            List<Integer> columns = new ArrayList<>(row.getValue().keySet());
            int i = 0;
            while (i < columns.size()) {
                int j = i;
                while (j + 1 < columns.size() && columns.get(j + 1) == columns.get(j) + 1) j++;
                int r = row.getKey();
                if (i == j) {
                    Uno.q(XText.class, table.getCellByName(CellNames.name(columns.get(i), r)))
                            .setString(row.getValue().get(columns.get(i)));
                } else {
                    Object[][] data = new Object[1][j - i + 1];
                    for (int k = i; k <= j; k++) data[0][k - i] = row.getValue().get(columns.get(k));
                    Object range = cells.getCellRangeByName(CellNames.range(columns.get(i), r, columns.get(j), r));
                    Uno.q(XCellRangeData.class, range).setDataArray(data);
                }
                written += j - i + 1;
                i = j + 1;
            }
        }
        return written;
    }

    /** A number as cell text: plain digits, no exponent, no trailing zeros after the point. */
    public static String text(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        return v.toPlainString();
    }
}
