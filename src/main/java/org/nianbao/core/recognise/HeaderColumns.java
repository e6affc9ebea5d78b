package org.nianbao.core.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.core.doc.GridCell;

/**
 * Reads the value columns of a table from its header rows, by their labels, in whatever order they stand.
 * The header is a tree: a group cell (法人或其他组织, 行政诉讼 …) stands over its children in a row further
 * down. Spans are not needed (the Writer adapter does not read them): the children of the open group cells
 * of the row above are taken from each lower row left to right, each group taking the next run of cells it
 * may hold, no label twice. Whatever is not understood with certainty — a cell after the first label that
 * is no label, a blank among the labels, a label no group takes, a group left without children, right-hand
 * blank columns that not every header row has — makes the whole header unknown, with the reason in words.
 */
final class HeaderColumns {

    /** What the header's cells mean to one table. */
    interface Vocabulary {
        /** The item a normalised cell text names (a column or a group id), or null when it is no header label. */
        String itemOf(String normalized);

        /** Whether the item is a group (its children stand in a row below). */
        boolean isGroup(String item);

        /** Whether {@code child} may stand under {@code group}. */
        boolean mayHold(String group, String child);

        /** Text to ignore in header rows (a corner note): neither label nor problem. */
        boolean isIgnorable(String normalized);
    }

    /** A value column: its item and the nearest group above it (null at the top). */
    static final class Column {
        final String item;
        final String group;
        /** The header text as typed, for messages. */
        final String text;

        Column(String item, String group, String text) {
            this.item = item;
            this.group = group;
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** The columns left to right, or the reason they are unknown. */
    static final class Result {
        final List<Column> columns;
        /** Blank cells every header row has at its right end: the data rows have them too. */
        final int trailingBlank;
        final String problemZh;
        final String problemEn;

        private Result(List<Column> columns, int trailingBlank, String problemZh, String problemEn) {
            this.columns = columns;
            this.trailingBlank = trailingBlank;
            this.problemZh = problemZh;
            this.problemEn = problemEn;
        }

        boolean ok() {
            return problemZh == null;
        }

        /** No header label at all (a continuation of a split table, or a table typed without header). */
        boolean none() {
            return problemZh != null && problemZh.equals(NO_HEADER_ZH);
        }

        static Result problem(String zh, String en) {
            return new Result(List.of(), 0, zh, en);
        }
    }

    private static final class Slot {
        final String item;
        final String group;
        final boolean open;
        final String text;

        Slot(String item, String group, boolean open, String text) {
            this.item = item;
            this.group = group;
            this.open = open;
            this.text = text;
        }
    }

    private static final class RowItems {
        final List<String> items = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        int trailingBlank;
    }

    private static final String NO_HEADER_ZH = "没有表头";

    private HeaderColumns() {
    }

    /** The value columns named by {@code rows} (the header rows, top-down; rows without any label are skipped). */
    static Result read(List<List<GridCell>> rows, Vocabulary v) {
        List<List<GridCell>> labelled = new ArrayList<>();
        for (List<GridCell> row : rows) {
            for (GridCell c : row) {
                if (v.itemOf(LabelText.normalize(c.text)) != null) {
                    labelled.add(row);
                    break;
                }
            }
        }
        if (isPlainGrid(labelled)) return readPlainGrid(labelled, v);
        return readTree(rows, v);
    }

    /** Every header row has the same number of cells, none spanning: a table typed without merges. */
    private static boolean isPlainGrid(List<List<GridCell>> rows) {
        if (rows.size() < 2) return false;
        int n = rows.get(0).size();
        for (List<GridCell> row : rows) {
            if (row.size() != n) return false;
            for (GridCell c : row) if (c.colspan > 1 || c.rowspan > 1) return false;
        }
        return true;
    }

    /**
     * A header typed without merges: cell positions are columns. Each column's label is its lowest
     * non-blank header cell; its group is the nearest group cell to its left in the row above that one.
     */
    private static Result readPlainGrid(List<List<GridCell>> rows, Vocabulary v) {
        int n = rows.get(0).size();
        int first = n;
        for (List<GridCell> row : rows) {
            for (int j = 0; j < n; j++) {
                String t = LabelText.normalize(row.get(j).text);
                if (!t.isEmpty() && v.itemOf(t) != null) {
                    first = Math.min(first, j);
                    break;
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        int blankRun = 0;
        for (int j = first; j < n; j++) {
            int lowest = -1;
            for (int r = 0; r < rows.size(); r++) {
                String t = LabelText.normalize(rows.get(r).get(j).text);
                if (t.isEmpty()) continue;
                if (v.itemOf(t) == null) return unknown(rows.get(r).get(j).text);
                lowest = r;
            }
            if (lowest < 0) {
                blankRun++;
                continue;
            }
            if (blankRun > 0) return Result.problem("表头有空白列", "a blank column among the header's columns");
            String text = shown(rows.get(lowest).get(j).text);
            String item = v.itemOf(LabelText.normalize(rows.get(lowest).get(j).text));
            if (v.isGroup(item)) return Result.problem("表头“" + text + "”下没有列", "no columns under header “" + text + "”");
            String group = null;
            String groupText = null;
            if (lowest > 0) {
                List<GridCell> above = rows.get(lowest - 1);
                for (int k = j; k >= first; k--) {
                    String t = LabelText.normalize(above.get(k).text);
                    if (t.isEmpty()) continue;
                    String a = v.itemOf(t);
                    if (a != null && v.isGroup(a)) {
                        group = a;
                        groupText = shown(above.get(k).text);
                    }
                    break;
                }
            }
            if (group != null && !v.mayHold(group, item)) {
                return Result.problem("表头“" + text + "”不属于上方的“" + groupText + "”", "header “" + text + "” does not belong under “" + groupText + "”");
            }
            columns.add(new Column(item, group, text));
        }
        return new Result(columns, blankRun, null, null);
    }

    private static Result unknown(String text) {
        String s = shown(text);
        return Result.problem("表头“" + s + "”无法识别", "header “" + s + "” not understood");
    }

    private static Result readTree(List<List<GridCell>> rows, Vocabulary v) {
        List<Slot> slots = null;
        Set<Integer> trailing = new HashSet<>();
        for (List<GridCell> row : rows) {
            RowItems ri = new RowItems();
            String problem = items(row, v, ri, slots == null);
            if (problem != null) return Result.problem("表头“" + problem + "”无法识别", "header “" + problem + "” not understood");
            if (ri.items.isEmpty()) continue;
            trailing.add(ri.trailingBlank);
            if (slots == null) {
                slots = new ArrayList<>();
                for (int i = 0; i < ri.items.size(); i++) {
                    slots.add(new Slot(ri.items.get(i), null, v.isGroup(ri.items.get(i)), ri.texts.get(i)));
                }
                continue;
            }
            List<Slot> next = new ArrayList<>();
            int p = 0;
            for (Slot s : slots) {
                if (!s.open) {
                    next.add(s);
                    continue;
                }
                Set<String> taken = new HashSet<>();
                while (p < ri.items.size() && v.mayHold(s.item, ri.items.get(p)) && taken.add(ri.items.get(p))) {
                    String child = ri.items.get(p);
                    next.add(new Slot(child, s.item, v.isGroup(child), ri.texts.get(p++)));
                }
                if (taken.isEmpty()) next.add(s);
            }
            if (p < ri.items.size()) {
                String left = ri.texts.get(p);
                return Result.problem("表头“" + left + "”不属于上方任何分组", "header “" + left + "” belongs to no group above it");
            }
            slots = next;
        }
        if (slots == null) return Result.problem(NO_HEADER_ZH, "no header");
        List<Column> columns = new ArrayList<>();
        for (Slot s : slots) {
            if (s.open) return Result.problem("表头“" + s.text + "”下没有列", "no columns under header “" + s.text + "”");
            columns.add(new Column(s.item, s.group, s.text));
        }
        if (trailing.size() > 1) {
            return Result.problem("表头右侧的空白列不一致", "blank columns at the right of the header differ between rows");
        }
        return new Result(columns, trailing.iterator().next(), null, null);
    }

    /**
     * The header items of one row into {@code out}; returns the text of a cell that is not understood, or
     * null. Unknown cells before the first label of the first header row (the row-label corner) are ignored; blanks right after an
     * unmerged group cell are its span.
     */
    private static String items(List<GridCell> row, Vocabulary v, RowItems out, boolean firstRow) {
        boolean afterGroup = false;
        int blanks = 0;
        for (GridCell c : row) {
            String t = LabelText.normalize(c.text);
            if (t.isEmpty()) {
                if (!out.items.isEmpty() && !afterGroup) blanks++;
                continue;
            }
            String item = v.isIgnorable(t) ? null : v.itemOf(t);
            if (item == null) {
                // the corner above the row labels; in a lower row such a cell may stand under a group
                if (!out.items.isEmpty() || (!firstRow && !v.isIgnorable(t))) return shown(c.text);
                continue;
            }
            if (blanks > 0) return "（空白）";
            out.items.add(item);
            out.texts.add(shown(c.text));
            afterGroup = v.isGroup(item) && c.colspan == 1; // a merged group cell has no padding after it
        }
        out.trailingBlank = blanks;
        return null;
    }

    private static String shown(String text) {
        String s = text.replaceAll("\\s+", " ").trim();
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
