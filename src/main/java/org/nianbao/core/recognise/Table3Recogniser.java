package org.nianbao.core.recognise;

import org.nianbao.core.schema.CellKey;
import org.nianbao.core.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

/**
 * Finds table 三 by its labels in any table of the document and binds its 175 value cells. Rows are
 * identified by their own labels (with the merged group label as context), so merges, split tables,
 * spacing and small typos do not matter; the value cells are the last seven cells of a row.
 */
final class Table3Recogniser {
    private static final TableId T3 = TableId.T3;
    private final ReportSchema schema = ReportSchema.get();
    private final Report report;
    private final List<T3Row> rows = schema.t3Rows();
    private final List<Labels> columns = schema.t3Columns();
    private final Set<String> groups = new LinkedHashSet<>();

    private final Set<String> boundRows = new HashSet<>();
    private int firstTable = -1;
    private int lastTable = -1;
    private boolean duplicateReported;
    private boolean mergedColumnsReported;
    private String format2019Evidence;
    /** The value columns of the last table of 三 with a header (continuations without one use them). */
    private List<String> columnKeys;
    private int trailingBlank;
    private boolean headerUnknown;

    Table3Recogniser(Report report) {
        this.report = report;
        for (T3Row r : rows) if (r.group != null) groups.add(r.group);
    }

    void accept(int tableIndex, Grid grid) {
        boolean header = hasHeader(grid);
        List<RowMatch> matches = new ArrayList<>();
        String group = null;
        for (int r = 0; r < grid.rowCount(); r++) {
            RowMatch m = matchRow(grid.row(r), group);
            if (m == null) continue;
            m.rowIndex = r;
            group = m.group;
            if (m.row != null || m.format2019) matches.add(m);
        }
        boolean continuation = firstTable >= 0 && lastTable == tableIndex - 1 && boundRows.size() < rows.size();
        int needed = header ? 1 : continuation ? 1 : 3;
        if (matches.size() < needed) return;
        for (int i = 0; i < matches.size(); i++) {
            RowMatch m = matches.get(i);
            if (!m.blank2019Row) continue;
            if (i == matches.size() - 1) m.format2019 = false; // its items may follow in the next table (a split)
            for (RowMatch later : matches.subList(i + 1, matches.size())) {
                if (later.row != null && m.group.equals(later.row.group)) m.format2019 = false;
            }
        }
        matches.removeIf(m -> m.row == null && !m.format2019);
        if (matches.size() < needed) return;
        for (RowMatch m : matches) {
            if (m.format2019) format2019Evidence = m.cells.get(m.labelEnd).text.trim();
        }
        if (format2019Evidence != null) {
            report.addFinding(Messages.finding(Rule.T_2019.id, Severity.ERROR, "table." + T3.id, null, null,
                    "table.format2019", T3.nameZh, format2019Evidence));
            format2019Evidence = null;
            return;
        }
        boolean duplicate = false;
        for (RowMatch m : matches) if (boundRows.contains(m.row.key)) duplicate = true;
        if (duplicate && firstTable >= 0) {
            if (!duplicateReported) {
                report.addFinding(Messages.finding(Rule.T_DUPLICATE.id, Severity.WARNING, "table." + T3.id, null, null,
                        "table.duplicate", T3.nameZh));
                duplicateReported = true;
            }
            return;
        }
        if (firstTable < 0) {
            firstTable = tableIndex;
            report.tableFound(T3);
            checkHeader(grid);
        }
        lastTable = tableIndex;
        if (!readColumns(grid, matches.get(0).rowIndex, continuation)) return;
        for (RowMatch m : matches) bindRow(tableIndex, grid, m);
    }

    /**
     * The value columns from the header rows above the first data row, by their labels; a continuation
     * without a header keeps those of the table before. False (and one T-LAYOUT) when they are not
     * known with certainty: then no value of the table is read.
     */
    private boolean readColumns(Grid grid, int firstDataRow, boolean continuation) {
        HeaderColumns.Result h = HeaderColumns.read(grid.rows.subList(0, firstDataRow), Table3Header.VOCABULARY);
        String zh = h.problemZh;
        String en = h.problemEn;
        if (h.ok()) {
            List<String> keys = Table3Header.keys(h.columns);
            if (keys == null) {
                zh = "表头各列 " + h.columns + " 与官方的七列不对应";
                en = "header columns " + h.columns + " do not match the seven official columns";
            } else {
                columnKeys = keys;
                trailingBlank = h.trailingBlank;
                return true;
            }
        } else if (h.none() && continuation && columnKeys != null) {
            return true;
        }
        if (!headerUnknown) {
            Bindings.layoutProblem(report, CellKey.of(TableId.T3, rows.get(0).key, columns.get(0).key), T3,
                    zh + "，未读取表三的数值", en + "; no value of table 3 was read");
        }
        headerUnknown = true;
        return false;
    }

    /** Rows not found anywhere become one layout finding; a table never found is reported by the reader. */
    void finish() {
        if (firstTable < 0 || headerUnknown) return;
        List<String> missing = new ArrayList<>();
        CellKey firstKey = null;
        for (T3Row r : rows) {
            if (!boundRows.contains(r.key)) {
                missing.add(r.displayZh());
                if (firstKey == null) firstKey = CellKey.of(TableId.T3, r.key, columns.get(0).key);
            }
        }
        if (!missing.isEmpty()) {
            Bindings.layoutProblem(report, firstKey, T3, "缺少行 " + String.join("；", missing),
                    missing.size() + " row(s) missing: " + String.join("; ", missing));
        }
    }

    boolean found() {
        return firstTable >= 0;
    }

    // ------------------------------------------------------------------ rows

    private static final class RowMatch {
        List<GridCell> cells;
        T3Row row;
        String group;
        /** Index of the last label cell; value cells follow it. */
        int labelEnd;
        int rowIndex;
        String labelText;
        boolean format2019;
        /** A 2019-like （六） row without values: 2021 after all when its sub-items follow (a typed group row). */
        boolean blank2019Row;
    }

    private RowMatch matchRow(List<GridCell> cells, String groupBefore) {
        RowMatch m = new RowMatch();
        m.cells = cells;
        m.group = groupBefore;
        m.labelEnd = -1;
        boolean any = false;
        for (int i = 0; i < cells.size(); i++) {
            String text = LabelText.normalize(cells.get(i).text);
            if (text.isEmpty()) continue;
            // a full label typed in one cell: “三、本年度办理结果（三）不予公开1.属于国家秘密”
            String part = LabelText.official(ReportSchema.T3_RESULTS);
            boolean stripped = false;
            if (text.startsWith(part) && text.length() > part.length()) {
                text = text.substring(part.length());
                stripped = true;
                any = true;
            }
            String prefixGroup = groupPrefix(text);
            if (prefixGroup != null) {
                m.group = prefixGroup;
                text = text.substring(LabelText.official(prefixGroup).length());
                stripped = true;
                any = true;
            }
            if (LabelText.matches(text, LabelText.official(ReportSchema.T3_RESULTS))) {
                m.labelEnd = i;
                any = true;
                continue;
            }
            String g = matchGroup(text);
            if (g != null) {
                m.group = g;
                m.row = null;
                m.labelEnd = i;
                any = true;
                continue;
            }
            T3Row r = matchRowLabel(text, m.group);
            // the group came from a row above and this row's items have no group row: its own label decides
            if (r == null && m.group != null && prefixGroup == null) r = matchRowLabel(text, null);
            if (r == null) break;
            m.row = r;
            m.labelEnd = i;
            m.labelText = stripped ? text : cells.get(i).text;
            m.group = r.group; // context for the next row (“3.其他” after “2.申请人逾期未按…”)
            any = true;
        }
        if (!any) return null;
        // 2019: （六）其他处理 was one row with values of its own, no sub-items
        if (m.row == null && "（六）其他处理".equals(m.group) && cells.size() - m.labelEnd - 1 >= 1) {
            boolean hasValues = false;
            for (int i = m.labelEnd + 1; i < cells.size(); i++) hasValues |= !Bindings.isBlank(cells.get(i).text);
            m.format2019 = hasValues || cells.size() - m.labelEnd - 1 >= 7;
            m.blank2019Row = !hasValues;
        }
        return m;
    }

    /** The group a full label starts with (“（三）不予公开1.属于国家秘密”), or null. */
    private String groupPrefix(String text) {
        for (String g : groups) {
            String official = LabelText.official(g);
            if (text.startsWith(official) && text.length() > official.length()) return g;
        }
        return null;
    }

    private String matchGroup(String text) {
        for (String g : groups) if (LabelText.matches(text, LabelText.official(g))) return g;
        return null;
    }

    /**
     * The row a label text names within a group (null: any group), remembered across documents: value
     * cells (“0”, “12”) and labels repeat from row to row and report to report, and the answer depends on
     * the schema only. Texts over {@value #MAX_REMEMBERED_TEXT} characters and entries beyond
     * {@value #MAX_REMEMBERED} are worked out each time.
     */
    private T3Row matchRowLabel(String text, String group) {
        if (text.length() > MAX_REMEMBERED_TEXT) return bestRowLabel(text, group);
        String key = group == null ? text : group + '\u0001' + text;
        Object known = ROW_LABELS.get(key);
        if (known != null) return known == NO_ROW ? null : (T3Row) known;
        T3Row r = bestRowLabel(text, group);
        if (ROW_LABELS.size() < MAX_REMEMBERED) ROW_LABELS.putIfAbsent(key, r == null ? NO_ROW : r);
        return r;
    }

    private static final int MAX_REMEMBERED_TEXT = 60;
    private static final int MAX_REMEMBERED = 20_000;
    private static final Object NO_ROW = new Object();
    private static final java.util.concurrent.ConcurrentHashMap<String, Object> ROW_LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    private T3Row bestRowLabel(String text, String group) {
        T3Row best = null;
        double bestScore = 0;
        String bare = LabelText.withoutNumber(text);
        // the common case first: the first row whose label is the text itself scores 1.0, which the loop
        // below would pick too (the first best), without an edit distance for every row
        for (T3Row r : rows) {
            if (!eligible(r, text, group)) continue;
            String officialBare = LabelText.officialBare(r.label);
            if (text.equals(LabelText.official(r.label)) || (officialBare.length() > 3 && bare.equals(officialBare))) return r;
        }
        for (T3Row r : rows) {
            if (!eligible(r, text, group)) continue;
            String official = LabelText.official(r.label);
            String officialBare = LabelText.officialBare(r.label);
            double score = LabelText.similarity(text, official);
            if (officialBare.length() > 3) score = Math.max(score, LabelText.similarity(bare, officialBare));
            if (score >= LabelText.threshold(official) && score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    /** Whether a row may carry the text's label: its group's, or any row's but an ambiguous leaf for a numbered label. */
    private boolean eligible(T3Row r, String text, String group) {
        if (r.group != null && group != null && !r.group.equals(group)) return false;
        return !(r.group != null && group == null && Character.isDigit(text.charAt(0)) && isAmbiguousLeaf(r));
    }

    /** “3.其他” alone could be any group's; only bind it when the group is known. */
    private boolean isAmbiguousLeaf(T3Row r) {
        return LabelText.officialBare(r.label).length() <= 3;
    }

    private void bindRow(int tableIndex, Grid grid, RowMatch m) {
        if (boundRows.contains(m.row.key)) return;
        List<GridCell> values = m.cells.subList(m.labelEnd + 1, m.cells.size());
        int wanted = columnKeys.size();
        CellKey firstKey = CellKey.of(TableId.T3, m.row.key, columns.get(0).key);
        if (trailingBlank > 0 && values.size() >= trailingBlank) { // blank columns at the right, as in the header
            List<GridCell> right = values.subList(values.size() - trailingBlank, values.size());
            if (!allBlank(right)) {
                wrongCellCount(m, values.size(), firstKey);
                return;
            }
            values = values.subList(0, values.size() - trailingBlank);
        }
        if (values.size() > wanted && !allBlank(values.subList(0, values.size() - wanted))) {
            // a value cell split in two (or a column inserted): which cell means what is unclear
            wrongCellCount(m, values.size(), firstKey);
            return;
        }
        if (values.size() >= wanted) {
            // extra blank cells before the values: label cells typed without merging
            values = values.subList(values.size() - wanted, values.size());
            for (int c = 0; c < wanted; c++) {
                String col = columnKeys.get(c);
                CellKey key = CellKey.of(TableId.T3, m.row.key, col);
                if (col.equals(Table3Header.SUBTOTAL)) {
                    report.subtotal(key.id(), values.get(c).text, new org.nianbao.core.model.CellLocation(tableIndex, grid.name, values.get(c).id));
                } else {
                    Bindings.bind(report, key, tableIndex, grid, values.get(c));
                }
            }
        } else if (values.size() == 1) {
            // the seven value columns merged into one: only the row's total can be read
            Bindings.bind(report, CellKey.of(T3, m.row.key, "total"), tableIndex, grid, values.get(0));
            if (!mergedColumnsReported) {
                Bindings.layoutProblem(report, firstKey, T3, "申请人各列被合并为一列，只读取了总计",
                        "the applicant columns are merged into one; only totals were read");
                mergedColumnsReported = true;
            }
        } else {
            wrongCellCount(m, values.size(), firstKey);
            return;
        }
        boundRows.add(m.row.key);
        Bindings.noteVariant(report, firstKey, T3, m.labelText, m.row.label);
    }

    private void wrongCellCount(RowMatch m, int found, CellKey firstKey) {
        Bindings.layoutProblem(report, firstKey, T3,
                m.row.displayZh() + " 有 " + found + " 个数据单元格，应为 " + columnKeys.size() + " 个",
                m.row.labelEn + " has " + found + " value cells instead of " + columnKeys.size());
    }

    private static boolean allBlank(List<GridCell> cells) {
        for (GridCell c : cells) if (!Bindings.isBlank(c.text)) return false;
        return true;
    }

    // ------------------------------------------------------------------ header

    private boolean hasHeader(Grid grid) {
        String note = LabelText.official(ReportSchema.T3_CORNER_NOTE);
        String applicants = LabelText.official(ReportSchema.T3_APPLICANTS);
        int limit = Math.min(grid.rowCount(), 5);
        for (int r = 0; r < limit; r++) {
            for (GridCell c : grid.row(r)) {
                String t = LabelText.normalize(c.text);
                if (t.equals(applicants) || (t.length() > 10 && LabelText.containsLoosely(t, note.substring(1, note.length() - 1)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Notes wording variants of the column labels (e.g. 社会组织 for 社会公益组织) in the header rows. */
    private void checkHeader(Grid grid) {
        int limit = Math.min(grid.rowCount(), 4);
        for (int r = 0; r < limit; r++) {
            for (GridCell c : grid.row(r)) {
                String t = LabelText.normalize(c.text);
                if (t.isEmpty()) continue;
                for (Labels col : columns) {
                    String official = LabelText.official(col.zh);
                    if (official.length() > 3 && LabelText.matches(t, official)) {
                        Bindings.noteVariant(report, CellKey.of(TableId.T3, rows.get(0).key, col.key), T3, c.text, col.zh);
                    }
                }
                String legal = LabelText.official(ReportSchema.T3_LEGAL_PERSONS);
                if (LabelText.matches(t, legal)) {
                    Bindings.noteVariant(report, CellKey.of(T3, rows.get(0).key, "commercial"), T3, c.text,
                            ReportSchema.T3_LEGAL_PERSONS);
                }
            }
        }
    }
}
