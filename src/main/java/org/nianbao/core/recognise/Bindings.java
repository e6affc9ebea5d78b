package org.nianbao.core.recognise;

import org.nianbao.core.rules.Rule;
import java.util.List;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.schema.CellKey;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/** Shared steps of the table recognisers: binding a cell to its key and noting label variants. */
final class Bindings {
    private Bindings() {
    }

    /**
     * Binds a cell to its key. The key comes from the cell's row and column labels, so a key the schema
     * computes is a cell whose labels say “total”: only such cells are marked writable for recompute.
     */
    static void bind(Report report, CellKey key, int tableIndex, Grid grid, GridCell cell) {
        CellLocation location = new CellLocation(tableIndex, grid.name, cell.id);
        report.cell(key.id(), cell.text, location);
        if (ReportSchema.get().cell(key).computed) report.totalByLabel(location);
    }

    /** An INFO finding when a label matched but its wording differs from the official one. */
    static void noteVariant(Report report, CellKey key, TableId table, String read, String official) {
        String readForm = LabelText.normalizeForm(read);
        if (readForm.equals(LabelText.normalizeForm(official))) return;
        String shown = read.replaceAll("\\s+", " ").trim();
        report.addFinding(Messages.finding(Rule.L_LABEL.id, Severity.INFO, key.id(), official, shown, "label.variant",
                table.nameZh, shown, official));
    }

    static void layoutProblem(Report report, CellKey key, TableId table, String detailZh, String detailEn) {
        report.addFinding(new org.nianbao.core.model.Finding(Rule.T_LAYOUT.id, Severity.ERROR, key.id(), null, null,
                Messages.zh("table.layout", table.nameZh, detailZh), Messages.en("table.layout", table.nameEn, detailEn)));
    }

    static boolean isBlank(String text) {
        return LabelText.normalizeForm(text).isEmpty();
    }

    static String normalizedAt(List<GridCell> row, int i) {
        return i < row.size() ? LabelText.normalize(row.get(i).text) : "";
    }
}
