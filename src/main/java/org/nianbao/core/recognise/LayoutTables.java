package org.nianbao.core.recognise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T2Block;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.T4Group;

/**
 * Tables used for layout (a one-cell frame round the report, as web CMS exports and pages pasted from a
 * browser have): a table none of whose cells is a label of the format's tables is not one of them, and what
 * it holds — paragraphs, headings, the tables inside, pictures — is document content in document order.
 */
public final class LayoutTables {
    private static final Set<String> LABELS = labels();

    private LayoutTables() {
    }

    /** Whether no cell of the grid is a label of tables 二, 三 or 四. */
    public static boolean isLayoutTable(Grid grid) {
        for (List<GridCell> row : grid.rows) {
            for (GridCell c : row) {
                String t = LabelText.normalize(c.text);
                if (t.isEmpty() || t.length() > 60) continue;
                if (LABELS.contains(t) || LABELS.contains(LabelText.withoutNumber(t))) return false;
            }
        }
        return true;
    }

    /**
     * The blocks with each layout table replaced by its content, cell by cell (row by row, left to right),
     * recursively; tables an adapter listed after the table holding them are not repeated.
     */
    public static List<Block> flatten(List<Block> blocks) {
        boolean any = false;
        for (Block b : blocks) any |= b.isTable() && isLayoutTable(b.table);
        if (!any) return blocks;
        Set<Grid> emitted = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) add(b, out, emitted, 0);
        return out;
    }

    private static void add(Block b, List<Block> out, Set<Grid> emitted, int depth) {
        if (!b.isTable()) {
            out.add(b);
            return;
        }
        if (!emitted.add(b.table)) return;
        if (depth > 20 || !isLayoutTable(b.table)) {
            out.add(b);
            return;
        }
        for (List<GridCell> row : b.table.rows) {
            for (GridCell c : row) {
                if (!c.content.isEmpty()) {
                    for (Block inner : c.content) add(inner, out, emitted, depth + 1);
                } else {
                    for (String p : c.text.split("\n", -1)) if (!p.isBlank()) out.add(Block.paragraph(p));
                }
            }
        }
    }

    /** Normalised labels of the three tables, with and without their item numbers (bare labels of 3+ characters). */
    private static Set<String> labels() {
        ReportSchema s = ReportSchema.get();
        Set<String> raw = new LinkedHashSet<>(List.of(ReportSchema.T2_CONTENT, ReportSchema.T3_APPLICANTS,
                ReportSchema.T3_LEGAL_PERSONS, ReportSchema.T3_RESULTS, ReportSchema.T4_REVIEW, ReportSchema.T4_SUIT));
        for (T2Block b : s.t2Blocks()) {
            raw.add(b.caption);
            for (Labels l : b.columns) raw.add(l.zh);
            for (Labels l : b.rows) raw.add(l.zh);
        }
        for (T3Row r : s.t3Rows()) {
            raw.add(r.label);
            if (r.group != null) raw.add(r.group);
        }
        for (Labels l : s.t3Columns()) if (l.zh.length() > 2) raw.add(l.zh);
        for (T4Group g : s.t4Groups()) raw.add(g.label);
        for (Labels l : s.t4Columns()) if (l.zh.length() > 2) raw.add(l.zh);
        Set<String> out = new LinkedHashSet<>();
        for (String l : raw) {
            String n = LabelText.normalize(l);
            out.add(n);
            String bare = LabelText.withoutNumber(n);
            if (bare.length() > 3) out.add(bare);
        }
        return out;
    }
}
