package org.nianbao.uno.insert;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.TableLayout;
import org.nianbao.uno.doc.CellNames;
import org.nianbao.uno.session.ReportCheck;

/**
 * Runs the pure-Java part of a check (recognise, rules, totals, snapshot) a few times on a report built from
 * the schema, so that the JVM inside the office has compiled it before the user's first check or save
 * (issue 8: that code ran interpreted on the first save, and the JIT was still compiling it twenty saves on).
 * Part of the {@link Preload}; touches no document.
 */
final class CheckWarmUp {
    private CheckWarmUp() {
    }

    /** Checks the built report {@code rounds} times, or until {@code budgetMs} has passed; returns the rounds done. */
    static int run(int rounds, long budgetMs) {
        DocumentContent content = report();
        long end = System.nanoTime() + budgetMs * 1_000_000L;
        int done = 0;
        while (done < rounds && System.nanoTime() < end) {
            Report report = DocumentReader.read(content);
            ReportCheck.Result result = ReportCheck.evaluate(report, null, null);
            ReportCheck.totalsToWrite(result);
            Snapshot.of(report, report.agency(), report.year()).toJson();
            done++;
        }
        return done;
    }

    /** The six section headings with a line each, and the three tables as their layout has them, every value "1". */
    static DocumentContent report() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph("示例局2024年政府信息公开工作年度报告", 0));
        List<SectionDef> sections = ReportSchema.get().sections();
        for (SectionDef s : sections) {
            blocks.add(Block.paragraph(s.heading, 1));
            if (s.table != null) blocks.add(Block.table(grid(ReportSchema.get().layout(s.table))));
            else blocks.add(Block.paragraph("本年度共办理政府信息公开申请1件，均已按期答复。"));
        }
        return new DocumentContent(blocks);
    }

    private static Grid grid(TableLayout layout) {
        int[][] columns = layout.gridColumns();
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r < layout.rows.size(); r++) {
            List<GridCell> row = new ArrayList<>();
            List<LayoutCell> cells = layout.rows.get(r);
            for (int i = 0; i < cells.size(); i++) {
                LayoutCell c = cells.get(i);
                row.add(new GridCell(c.isValue() ? "1" : c.text, CellNames.name(columns[r][i], r), c.colspan, c.rowspan));
            }
            rows.add(row);
        }
        return new Grid(WriterTable.baseName(layout.table), rows);
    }
}
