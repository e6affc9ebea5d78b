package org.nianbao.core.recognise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.T2Block;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.T4Group;
import org.nianbao.core.schema.TableId;

/**
 * A seeded generator of report layouts (a plain {@link Random}: one seed reproduces one variant, no
 * shrinking needed for tables this size, no test dependency added). From the official tables it varies:
 * the order of table 三's and 四's value columns (within their groups), the eight-column 表三 with a
 * 法人或其他组织 小计 column, merged or unmerged headers, full row labels in one cell without merges, group
 * rows dropped, the spec's label variants, table 三 split in two, blank rows and blank columns, and
 * headers it spoils on purpose (an unknown column) — those must give a layout finding and no value.
 * Values are random, totals blank, right or wrong. The oracle records, for every cell, what it is.
 */
final class LayoutGenerator {
    private static final ReportSchema S = ReportSchema.get();

    /** One generated document and what each of its cells is. */
    static final class Variant {
        final long seed;
        final List<String> traits = new ArrayList<>();
        DocumentContent doc;
        /** Key to the text typed in its cell (every cell of the format, inputs and totals). */
        final Map<String, String> texts = new LinkedHashMap<>();
        /** Grid name + "|" + cell id to the key the cell holds (value cells only). */
        final Map<String, String> keyAt = new HashMap<>();
        /** Subtotal cells: grid|id to the subtotal key. */
        final Map<String, String> subtotalAt = new HashMap<>();
        /** Tables whose layout is spoilt on purpose: a layout finding and no value expected there. */
        final Set<TableId> spoilt = new HashSet<>();
        /** Key prefixes of the cells a spoilt header keeps from being read (a whole table, or a 表二 block). */
        final Set<String> spoiltKeys = new HashSet<>();

        Variant(long seed) {
            this.seed = seed;
        }

        @Override
        public String toString() {
            return "seed " + seed + " " + traits;
        }
    }

    private final Random rnd;
    private final Variant v;
    private int gridNo;

    private LayoutGenerator(long seed) {
        this.rnd = new Random(seed);
        this.v = new Variant(seed);
    }

    static Variant generate(long seed) {
        LayoutGenerator g = new LayoutGenerator(seed);
        g.values();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(ReportSchema.title("某某县司法局", 2024)));
        for (SectionDef s : S.sections()) {
            blocks.add(Block.paragraph(s.heading, 1));
            if (s.isText()) blocks.add(Block.paragraph("本年度正文。"));
            else if (s.table == TableId.T2) blocks.add(Block.table(g.table2()));
            else if (s.table == TableId.T3) for (Grid t : g.table3()) blocks.add(Block.table(t));
            else blocks.add(Block.table(g.table4()));
        }
        if (g.rnd.nextInt(5) == 0) { // everything below the title in a one-cell layout table
            g.v.traits.add("layout frame");
            List<Block> inside = new ArrayList<>(blocks.subList(1, blocks.size()));
            StringBuilder text = new StringBuilder();
            for (Block b : inside) if (!b.isTable()) text.append(b.text).append('\n');
            Grid frame = new Grid("Frame", List.of(List.of(new GridCell(text.toString(), "0,0", 1, 1, inside))));
            blocks = new ArrayList<>(List.of(blocks.get(0), Block.table(frame)));
        }
        g.v.doc = new DocumentContent(blocks);
        return g.v;
    }

    // ------------------------------------------------------------------ values

    private void values() {
        for (org.nianbao.core.schema.CellDef c : S.cells()) {
            if (c.computed) continue;
            v.texts.put(c.key, String.valueOf(rnd.nextInt(rnd.nextBoolean() ? 10 : 1000)));
        }
        int mode = rnd.nextInt(3); // totals: blank, right, or some wrong
        if (mode == 0) v.traits.add("totals blank");
        for (org.nianbao.core.schema.CellDef c : S.cells()) {
            if (!c.computed) continue;
            long sum = 0;
            for (String in : org.nianbao.core.rules.Totals.inputsOf(c.key)) sum += Long.parseLong(v.texts.get(in));
            String text = mode == 0 ? "" : String.valueOf(mode == 2 && rnd.nextInt(5) == 0 ? sum + 1 + rnd.nextInt(9) : sum);
            v.texts.put(c.key, text);
        }
    }

    private String name() {
        return "G" + (++gridNo);
    }

    private GridCell value(String grid, String id, String key) {
        v.keyAt.put(grid + "|" + id, key);
        return new GridCell(v.texts.get(key), id);
    }

    /** A label as typed: the spec's variants (half-width brackets, 1、, spaces, 社会组织). */
    private String typed(String label) {
        String t = label;
        if (rnd.nextInt(4) == 0) t = t.replace("（", "(").replace("）", ")");
        if (rnd.nextInt(4) == 0) t = t.replaceFirst("^(\\d)\\.", "$1、");
        if (rnd.nextInt(5) == 0 && t.length() > 4) t = t.substring(0, 2) + " " + t.substring(2);
        if (t.equals("社会公益组织") && rnd.nextBoolean()) t = "社会组织";
        return t;
    }

    // ------------------------------------------------------------------ table 三

    private List<Grid> table3() {
        List<Labels> cols = S.t3Columns();
        List<String> orgs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) orgs.add(cols.get(i).key);
        boolean eight = rnd.nextInt(4) == 0;
        if (eight) v.traits.add("8 columns");
        if (rnd.nextBoolean()) {
            Collections.shuffle(orgs, rnd);
            v.traits.add("orgs shuffled");
        }
        if (eight) orgs.add(rnd.nextInt(orgs.size() + 1), Table3Header.SUBTOTAL);
        List<String> top = new ArrayList<>(List.of("natural_person", "@legal", "total"));
        if (rnd.nextBoolean()) {
            Collections.shuffle(top, rnd);
            v.traits.add("top shuffled " + top);
        }
        List<String> leaves = new ArrayList<>();
        for (String t : top) if (t.equals("@legal")) leaves.addAll(orgs); else leaves.add(t);
        boolean plain = rnd.nextInt(3) == 0; // typed without merges: every row the same number of cells
        boolean fullLabels = plain || rnd.nextInt(3) == 0;
        boolean dropGroups = fullLabels && rnd.nextBoolean();
        boolean blankRight = rnd.nextInt(6) == 0;
        boolean spoil = rnd.nextInt(10) == 0;
        if (plain) v.traits.add("unmerged");
        if (fullLabels) v.traits.add("full labels");
        if (dropGroups) v.traits.add("group rows dropped");
        if (blankRight) v.traits.add("blank column right");
        int labelCols = fullLabels ? 1 + rnd.nextInt(2) : 3;
        String grid = name();
        List<List<GridCell>> rows = new ArrayList<>();
        // header
        String spoilAt = spoil ? leaves.get(rnd.nextInt(leaves.size())) : null;
        if (spoil) {
            v.spoilt.add(TableId.T3);
            v.spoiltKeys.add("apply.");
            v.traits.add("unknown column in place of " + spoilAt);
        }
        int n = labelCols + leaves.size() + (blankRight ? 1 : 0);
        if (plain) {
            String[][] h = new String[3][n];
            for (String[] r : h) java.util.Arrays.fill(r, "");
            h[0][0] = ReportSchema.T3_CORNER_NOTE;
            h[0][labelCols] = ReportSchema.T3_APPLICANTS;
            int j = labelCols;
            for (String t : top) {
                if (t.equals("@legal")) {
                    h[1][j] = ReportSchema.T3_LEGAL_PERSONS;
                    for (String o : orgs) h[2][j++] = headerText(o, spoilAt);
                } else {
                    h[1][j++] = headerText(t, spoilAt);
                }
            }
            for (int r = 0; r < 3; r++) {
                List<GridCell> row = new ArrayList<>();
                for (int c = 0; c < n; c++) row.add(new GridCell(h[r][c], "h" + r + "," + c));
                rows.add(row);
            }
        } else {
            List<GridCell> r0 = new ArrayList<>();
            r0.add(new GridCell(ReportSchema.T3_CORNER_NOTE, "h0,0", labelCols, 3));
            r0.add(new GridCell(ReportSchema.T3_APPLICANTS, "h0,1", leaves.size(), 1));
            if (blankRight) r0.add(new GridCell("", "h0,2"));
            List<GridCell> r1 = new ArrayList<>();
            List<GridCell> r2 = new ArrayList<>();
            for (String t : top) {
                if (t.equals("@legal")) {
                    r1.add(new GridCell(ReportSchema.T3_LEGAL_PERSONS, "h1," + r1.size(), orgs.size(), 1));
                    for (String o : orgs) r2.add(new GridCell(headerText(o, spoilAt), "h2," + r2.size()));
                } else {
                    r1.add(new GridCell(headerText(t, spoilAt), "h1," + r1.size(), 1, 2));
                }
            }
            if (blankRight) {
                r1.add(new GridCell("", "h1," + r1.size()));
                r2.add(new GridCell("", "h2," + r2.size()));
            }
            rows.add(r0);
            rows.add(r1);
            rows.add(r2);
        }
        // data rows
        String lastGroup = null;
        for (T3Row row : S.t3Rows()) {
            if (rnd.nextInt(15) == 0) { // a blank row
                List<GridCell> blank = new ArrayList<>();
                for (int c = 0; c < (plain ? n : 2); c++) blank.add(new GridCell("", "b" + rows.size() + "," + c));
                rows.add(blank);
                v.traits.add("blank row");
            }
            List<GridCell> cells = new ArrayList<>();
            String id = "r" + rows.size() + ",";
            if (fullLabels) {
                if (!dropGroups && row.group != null && !row.group.equals(lastGroup) && rnd.nextBoolean()) {
                    // the group as a row of its own, as some typed tables have it
                    List<GridCell> groupRow = new ArrayList<>();
                    groupRow.add(new GridCell(typed(row.group), "g" + rows.size()));
                    for (int c = 1; c < (plain ? n : 1); c++) groupRow.add(new GridCell("", "g" + rows.size() + "," + c));
                    rows.add(groupRow);
                    id = "r" + rows.size() + ",";
                }
                StringBuilder label = new StringBuilder();
                if (row.part != null && !dropGroups && rnd.nextBoolean()) label.append(row.part);
                if (row.group != null && !dropGroups) label.append(typed(row.group)).append(rnd.nextBoolean() ? " " : "");
                label.append(typed(row.label));
                cells.add(new GridCell(label.toString(), id + "0"));
                for (int c = 1; c < labelCols; c++) cells.add(new GridCell("", id + c));
            } else {
                if (row.part == null) {
                    cells.add(new GridCell(typed(row.label), id + "0", 3, 1));
                } else {
                    if (row.key.equals("results.granted")) cells.add(new GridCell(row.part, id + "p", 1, 22));
                    if (row.group == null) {
                        cells.add(new GridCell(typed(row.label), id + "0", 2, 1));
                    } else {
                        if (!row.group.equals(lastGroup)) cells.add(new GridCell(typed(row.group), id + "g", 1, 3));
                        cells.add(new GridCell(typed(row.label), id + "0"));
                    }
                }
            }
            lastGroup = row.group;
            for (int c = 0; c < leaves.size(); c++) {
                String leaf = leaves.get(c);
                String cid = id + "v" + c;
                if (leaf.equals(Table3Header.SUBTOTAL)) {
                    long sum = 0;
                    for (int i = 1; i <= 5; i++) sum += valueOf("apply." + row.key + "." + cols.get(i).key);
                    v.subtotalAt.put(grid + "|" + cid, "apply." + row.key + "." + leaf);
                    cells.add(new GridCell(String.valueOf(sum), cid));
                } else {
                    cells.add(value(grid, cid, "apply." + row.key + "." + leaf));
                }
            }
            if (blankRight) cells.add(new GridCell("", id + "x"));
            rows.add(cells);
        }
        Grid whole = new Grid(grid, rows);
        if (rnd.nextInt(4) != 0) return List.of(whole);
        // split in two at a data row; the second part repeats the header or not
        int at = 4 + rnd.nextInt(rows.size() - 5);
        boolean repeat = rnd.nextBoolean();
        v.traits.add("split at " + at + (repeat ? " with header" : ""));
        List<List<GridCell>> second = new ArrayList<>();
        String name2 = name();
        if (repeat) for (List<GridCell> h : rows.subList(0, 3)) second.add(renamed(h, "R"));
        for (List<GridCell> r : rows.subList(at, rows.size())) {
            second.add(r);
            for (GridCell c : r) move(grid, name2, c.id);
        }
        return List.of(new Grid(grid, rows.subList(0, at)), new Grid(name2, second));
    }

    /** An input's value, or a total's right value whatever is typed there. */
    private long valueOf(String key) {
        if (!S.cell(key).computed) return Long.parseLong(v.texts.get(key));
        long sum = 0;
        for (String in : org.nianbao.core.rules.Totals.inputsOf(key)) sum += Long.parseLong(v.texts.get(in));
        return sum;
    }

    private void move(String from, String to, String id) {
        String k = v.keyAt.remove(from + "|" + id);
        if (k != null) v.keyAt.put(to + "|" + id, k);
        String s = v.subtotalAt.remove(from + "|" + id);
        if (s != null) v.subtotalAt.put(to + "|" + id, s);
    }

    private static List<GridCell> renamed(List<GridCell> row, String prefix) {
        List<GridCell> out = new ArrayList<>();
        for (GridCell c : row) out.add(new GridCell(c.text, prefix + c.id, c.colspan, c.rowspan));
        return out;
    }

    private String headerText(String key, String spoilAt) {
        if (key.equals(spoilAt)) return "其中：网上申请";
        if (key.equals(Table3Header.SUBTOTAL)) return rnd.nextBoolean() ? "小计" : "法人或其他组织小计";
        for (Labels c : S.t3Columns()) if (c.key.equals(key)) return typed(c.zh);
        throw new IllegalArgumentException(key);
    }

    // ------------------------------------------------------------------ table 四

    private Grid table4() {
        List<T4Group> groups = S.t4Groups();
        List<Labels> cols = new ArrayList<>(S.t4Columns());
        String grid = name();
        List<List<Labels>> orders = new ArrayList<>();
        boolean shuffled = rnd.nextBoolean();
        for (int g = 0; g < 3; g++) {
            List<Labels> o = new ArrayList<>(cols);
            if (shuffled) Collections.shuffle(o, rnd);
            orders.add(o);
        }
        boolean suitsSwapped = rnd.nextBoolean();
        if (shuffled) v.traits.add("表四 columns shuffled");
        if (suitsSwapped) v.traits.add("表四 suits swapped");
        T4Group first = suitsSwapped ? groups.get(2) : groups.get(1);
        T4Group second = suitsSwapped ? groups.get(1) : groups.get(2);
        List<List<Labels>> suitOrders = suitsSwapped ? List.of(orders.get(2), orders.get(1)) : List.of(orders.get(1), orders.get(2));
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(new GridCell(ReportSchema.T4_REVIEW, "h0,0", 5, 1), new GridCell(ReportSchema.T4_SUIT, "h0,1", 10, 1)));
        List<GridCell> r1 = new ArrayList<>();
        for (Labels c : orders.get(0)) r1.add(new GridCell(c.zh, "h1," + r1.size(), 1, 2));
        r1.add(new GridCell(first.label, "h1," + r1.size(), 5, 1));
        r1.add(new GridCell(second.label, "h1," + r1.size(), 5, 1));
        rows.add(r1);
        List<GridCell> r2 = new ArrayList<>();
        for (List<Labels> o : suitOrders) for (Labels c : o) r2.add(new GridCell(c.zh, "h2," + r2.size()));
        rows.add(r2);
        List<GridCell> data = new ArrayList<>();
        for (Labels c : orders.get(0)) data.add(value(grid, "d" + data.size(), "appeal.review." + c.key));
        for (Labels c : suitOrders.get(0)) data.add(value(grid, "d" + data.size(), "appeal." + first.key + "." + c.key));
        for (Labels c : suitOrders.get(1)) data.add(value(grid, "d" + data.size(), "appeal." + second.key + "." + c.key));
        rows.add(data);
        return new Grid(grid, rows);
    }

    // ------------------------------------------------------------------ table 二

    private Grid table2() {
        String grid = name();
        List<List<GridCell>> rows = new ArrayList<>();
        boolean shortNormative = rnd.nextInt(4) == 0;
        if (shortNormative) v.traits.add("规范性文件");
        boolean spoil = rnd.nextInt(12) == 0;
        if (spoil) {
            v.spoilt.add(TableId.T2);
            v.spoiltKeys.add("active.art20_1.");
            v.traits.add("表二 header spoilt");
        }
        for (T2Block b : S.t2Blocks()) {
            rows.add(List.of(new GridCell(b.caption, "c" + rows.size(), 4, 1)));
            List<Labels> cols = new ArrayList<>(b.columns);
            if (cols.size() > 1 && rnd.nextBoolean()) {
                Collections.shuffle(cols, rnd);
                v.traits.add("表二 columns " + cols);
            }
            List<GridCell> header = new ArrayList<>();
            header.add(new GridCell(ReportSchema.T2_CONTENT, "h" + rows.size() + ",0"));
            for (Labels c : cols) {
                String text = spoil && cols.size() > 1 && c == cols.get(1) ? "本年修订件数" : c.zh;
                header.add(new GridCell(text, "h" + rows.size() + "," + header.size()));
            }
            rows.add(header);
            for (Labels r : b.rows) {
                List<GridCell> row = new ArrayList<>();
                String label = shortNormative && r.key.equals("normative_docs") ? "规范性文件" : typed(r.zh);
                row.add(new GridCell(label, "r" + rows.size() + ",0"));
                for (Labels c : cols) {
                    row.add(value(grid, "r" + rows.size() + "," + row.size(), "active." + b.key + "." + r.key + "." + c.key));
                }
                rows.add(row);
            }
        }
        return new Grid(grid, rows);
    }
}
