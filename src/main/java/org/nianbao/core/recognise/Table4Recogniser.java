package org.nianbao.core.recognise;

import org.nianbao.core.schema.CellKey;
import org.nianbao.core.rules.Rule;
import java.util.List;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T4Group;
import org.nianbao.core.schema.TableId;

/**
 * Finds table 四 by its header (行政复议 … 行政诉讼) and binds the fifteen cells of its one data row,
 * in the order the header gives the two suit groups.
 */
final class Table4Recogniser {
    private static final TableId T4 = TableId.T4;
    private final ReportSchema schema = ReportSchema.get();
    private final Report report;
    private boolean found;
    private boolean duplicateReported;

    Table4Recogniser(Report report) {
        this.report = report;
    }

    void accept(int tableIndex, Grid grid) {
        int headerEnd = headerEnd(grid);
        if (headerEnd < 0) return;
        if (found) {
            if (!duplicateReported) {
                report.addFinding(Messages.finding(Rule.T_DUPLICATE.id, Severity.WARNING, "table." + T4.id, null, null,
                        "table.duplicate", T4.nameZh));
                duplicateReported = true;
            }
            return;
        }
        found = true;
        report.tableFound(T4);
        List<T4Group> groups = schema.t4Groups();
        List<Labels> columns = schema.t4Columns();
        CellKey firstKey = CellKey.of(TableId.T4, groups.get(0).key, columns.get(0).key);
        noteGroupVariants(grid, headerEnd);
        HeaderColumns.Result h = HeaderColumns.read(grid.rows.subList(0, headerEnd + 1), VOCABULARY);
        List<CellKey> keys = h.ok() ? keys(h.columns) : null;
        if (keys == null) {
            String zh = h.ok() ? "表头各列 " + h.columns + " 与官方的三组五列不对应" : h.problemZh;
            String en = h.ok() ? "header columns " + h.columns + " do not match the official three groups of five" : h.problemEn;
            Bindings.layoutProblem(report, firstKey, T4, zh + "，未读取表四的数值", en + "; no value of table 4 was read");
            return;
        }
        int wanted = keys.size();
        if (headerEnd + 1 >= grid.rowCount()) {
            Bindings.layoutProblem(report, firstKey, T4, "没有数据行", "no data row");
            return;
        }
        List<GridCell> data = grid.row(headerEnd + 1);
        if (h.trailingBlank > 0 && data.size() >= h.trailingBlank) {
            List<GridCell> right = data.subList(data.size() - h.trailingBlank, data.size());
            for (GridCell c : right) {
                if (!Bindings.isBlank(c.text)) {
                    wrongCount(firstKey, data.size(), wanted);
                    return;
                }
            }
            data = data.subList(0, data.size() - h.trailingBlank);
        }
        if (data.size() < wanted) {
            wrongCount(firstKey, data.size(), wanted);
            return;
        }
        for (GridCell extra : data.subList(0, data.size() - wanted)) {
            if (!Bindings.isBlank(extra.text)) { // a value cell split in two: which cell means what is unclear
                wrongCount(firstKey, data.size(), wanted);
                return;
            }
        }
        List<GridCell> values = data.subList(data.size() - wanted, data.size());
        for (int i = 0; i < wanted; i++) Bindings.bind(report, keys.get(i), tableIndex, grid, values.get(i));
    }

    private void wrongCount(CellKey firstKey, int found, int wanted) {
        Bindings.layoutProblem(report, firstKey, T4, "数据行有 " + found + " 个单元格，应为 " + wanted + " 个",
                "the data row has " + found + " cells instead of " + wanted);
    }

    /** The header's words for table 四: 行政复议 and 行政诉讼 over their groups, each group over its five columns. */
    private static final HeaderColumns.Vocabulary VOCABULARY = new HeaderColumns.Vocabulary() {
        @Override
        public String itemOf(String t) {
            ReportSchema schema = ReportSchema.get();
            if (t.equals(LabelText.official(ReportSchema.T4_SUIT))) return "@suit";
            for (T4Group g : schema.t4Groups()) if (LabelText.matches(t, LabelText.official(g.label))) return "@" + g.key;
            for (Labels c : schema.t4Columns()) if (LabelText.matches(t, LabelText.official(c.zh))) return c.key;
            return null;
        }

        @Override
        public boolean isGroup(String item) {
            return item.startsWith("@");
        }

        @Override
        public boolean mayHold(String group, String child) {
            if (group.equals("@suit")) return child.startsWith("@") && !child.equals("@suit") && !child.equals("@review");
            return !child.startsWith("@");
        }

        @Override
        public boolean isIgnorable(String t) {
            return false;
        }
    };

    /** The 15 keys in value order, or null unless each group has each of its five columns exactly once. */
    private List<CellKey> keys(List<HeaderColumns.Column> header) {
        List<CellKey> keys = new java.util.ArrayList<>();
        for (HeaderColumns.Column c : header) {
            if (c.group == null || c.group.equals("@suit")) return null;
            CellKey key = CellKey.of(TableId.T4, c.group.substring(1), c.item);
            if (keys.contains(key)) return null;
            keys.add(key);
        }
        return keys.size() == schema.t4Groups().size() * schema.t4Columns().size() ? keys : null;
    }

    void finish() {
    }

    boolean found() {
        return found;
    }

    /** Index of the last header row, or -1 when the grid is not table 四. */
    private int headerEnd(Grid grid) {
        String review = LabelText.normalize(ReportSchema.T4_REVIEW);
        String suit = LabelText.normalize(ReportSchema.T4_SUIT);
        boolean hasReview = false;
        boolean hasSuit = false;
        int last = -1;
        int limit = Math.min(grid.rowCount(), 6);
        for (int r = 0; r < limit; r++) {
            boolean labelRow = false;
            for (GridCell c : grid.row(r)) {
                String t = LabelText.normalize(c.text);
                if (t.isEmpty()) continue;
                if (t.equals(review)) hasReview = true;
                if (t.equals(suit)) hasSuit = true;
                if (isHeaderLabel(t)) labelRow = true;
            }
            if (labelRow) last = r;
            else if (last >= 0) break;
        }
        return hasReview && hasSuit ? last : -1;
    }

    private boolean isHeaderLabel(String t) {
        if (t.equals(LabelText.official(ReportSchema.T4_REVIEW)) || t.equals(LabelText.official(ReportSchema.T4_SUIT))) return true;
        for (T4Group g : schema.t4Groups()) if (LabelText.matches(t, LabelText.official(g.label))) return true;
        for (Labels c : schema.t4Columns()) if (LabelText.matches(t, LabelText.official(c.zh))) return true;
        return false;
    }

    /** Label variants of the two suit groups' header cells (L-LABEL). */
    private void noteGroupVariants(Grid grid, int headerEnd) {
        for (T4Group g : schema.t4Groups().subList(1, 3)) {
            for (int r = 0; r <= headerEnd; r++) {
                for (GridCell c : grid.row(r)) {
                    if (LabelText.matches(LabelText.normalize(c.text), LabelText.official(g.label))) {
                        Bindings.noteVariant(report, CellKey.of(T4, g.key, "upheld"), T4, c.text, g.label);
                    }
                }
            }
        }
    }
}
