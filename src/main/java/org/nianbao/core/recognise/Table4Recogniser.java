package org.nianbao.core.recognise;

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
        List<T4Group> groups = orderedGroups(grid, headerEnd);
        List<Labels> columns = schema.t4Columns();
        int wanted = groups.size() * columns.size();
        String firstKey = T4.prefix + "." + groups.get(0).key + "." + columns.get(0).key;
        if (headerEnd + 1 >= grid.rowCount()) {
            Bindings.layoutProblem(report, firstKey, T4, "没有数据行", "no data row");
            return;
        }
        List<GridCell> data = grid.row(headerEnd + 1);
        if (data.size() < wanted) {
            Bindings.layoutProblem(report, firstKey, T4, "数据行有 " + data.size() + " 个单元格，应为 " + wanted + " 个",
                    "the data row has " + data.size() + " cells instead of " + wanted);
            return;
        }
        for (GridCell extra : data.subList(0, data.size() - wanted)) {
            if (!Bindings.isBlank(extra.text)) { // a value cell split in two: which cell means what is unclear
                Bindings.layoutProblem(report, firstKey, T4, "数据行有 " + data.size() + " 个单元格，应为 " + wanted + " 个",
                        "the data row has " + data.size() + " cells instead of " + wanted);
                return;
            }
        }
        List<GridCell> values = data.subList(data.size() - wanted, data.size());
        int i = 0;
        for (T4Group g : groups) {
            for (Labels col : columns) {
                Bindings.bind(report, T4.prefix + "." + g.key + "." + col.key, tableIndex, grid, values.get(i++));
            }
        }
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

    /** 行政复议 first, then the two suit groups in the order their header cells appear. */
    private List<T4Group> orderedGroups(Grid grid, int headerEnd) {
        List<T4Group> groups = schema.t4Groups();
        T4Group direct = groups.get(1);
        T4Group after = groups.get(2);
        for (int r = 0; r <= headerEnd; r++) {
            int directAt = -1;
            int afterAt = -1;
            List<GridCell> row = grid.row(r);
            for (int i = 0; i < row.size(); i++) {
                String t = LabelText.normalize(row.get(i).text);
                if (LabelText.matches(t, LabelText.official(direct.label))) {
                    directAt = i;
                    Bindings.noteVariant(report, T4.prefix + "." + direct.key + ".upheld", T4, row.get(i).text, direct.label);
                } else if (LabelText.matches(t, LabelText.official(after.label))) {
                    afterAt = i;
                    Bindings.noteVariant(report, T4.prefix + "." + after.key + ".upheld", T4, row.get(i).text, after.label);
                }
            }
            if (directAt >= 0 && afterAt >= 0 && afterAt < directAt) return List.of(groups.get(0), after, direct);
        }
        return groups;
    }
}
