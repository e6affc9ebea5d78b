package org.nianbao.uno.insert;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.text.XText;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.util.XModifiable;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.Uno;
import org.nianbao.uno.doc.CellNames;

/**
 * Keeps the rows of a label merged down the first column on one page (issue 10, defect 8: table 三's
 * “三、本年度办理结果” was cut by the page break). Writer keeps a row with the next one when the first paragraph of
 * its first cell has “keep with next paragraph” and the document's compatibility setting TableRowKeep is on (as
 * for Word documents): so every paragraph of those rows but the last gets ParaKeepTogether (keep with next),
 * covered cells too (a covered cell is the first cell of its row). LibreOffice 25.2 also needs the rows to be
 * unsplittable (IsSplitAllowed false): with splittable rows it splits the row at the page end and ignores the keep
 * of the rows above (7.4 walks back over them); a row taller than a page is still split by Writer. A group taller
 * than a page is broken anyway. TableRowKeep is a document setting, outside undo.
 *
 * <p>ODF has no place for a covered cell's paragraph: LibreOffice writes {@code <table:covered-table-cell/>} and
 * makes a new empty paragraph (style Standard, no keep) for it on loading, so after an .odt is reopened the keep
 * of the rows below the label's first row is gone. {@link #restore} puts it back when a document is opened.
 */
public final class LabelRowKeep {
    private LabelRowKeep() {
    }

    /**
     * For a table just created, before its texts and merges: every cell exists yet, so each group's rows but its
     * last get the keep in one call on their cell range (a cell per call cost ≈ 20 ms for table 三, issue 8).
     */
    static void applyBeforeMerges(XTextDocument doc, XTextTable table, TablePlan plan) throws com.sun.star.uno.Exception {
        com.sun.star.table.XCellRange cells = Uno.q(com.sun.star.table.XCellRange.class, table);
        for (int[] group : plan.keptTogether) {
            if (group[1] > group[0]) {
                Uno.set(cells.getCellRangeByName(CellNames.range(0, group[0], plan.columns - 1, group[1] - 1)), "ParaKeepTogether", true);
            }
        }
        rowsUnsplittable(doc, table, plan);
    }

    /** Sets the keeps for {@code table}, built from {@code plan} (its layout), cell by cell (merged or not). */
    static void apply(XTextDocument doc, XTextTable table, TablePlan plan) throws com.sun.star.uno.Exception {
        for (int[] group : plan.keptTogether) {
            for (int r = group[0]; r < group[1]; r++) {
                for (int c = 0; c < plan.columns; c++) keepWithNext(table.getCellByName(CellNames.name(c, r)));
            }
        }
        rowsUnsplittable(doc, table, plan);
    }

    /** The kept groups' rows may not split (LibreOffice 25.2, see above), and the document keeps rows with the next. */
    private static void rowsUnsplittable(XTextDocument doc, XTextTable table, TablePlan plan) throws com.sun.star.uno.Exception {
        XIndexAccess rows = table.getRows();
        for (int[] group : plan.keptTogether) {
            for (int r = group[0]; r <= group[1] && r < rows.getCount(); r++) Uno.set(rows.getByIndex(r), "IsSplitAllowed", false);
        }
        Object settings = Uno.q(XMultiServiceFactory.class, doc).createInstance("com.sun.star.text.DocumentSettings");
        Uno.set(settings, "TableRowKeep", true);
    }

    /**
     * On opening: the keeps of every official table the document holds under our name ("Nianbao_T3",
     * "Nianbao_T3_2", as the .odt template and the inserter name them) and in the layout's shape, set again
     * without an undo step and without marking the document modified. Returns the number of tables done.
     */
    public static int restore(XTextDocument doc) throws com.sun.star.uno.Exception {
        XTextTablesSupplier supplier = Uno.q(XTextTablesSupplier.class, doc);
        if (supplier == null) return 0;
        XNameAccess tables = supplier.getTextTables();
        XModifiable modifiable = Uno.q(XModifiable.class, doc);
        boolean wasModified = modifiable != null && modifiable.isModified();
        XUndoManagerSupplier undoSupplier = Uno.q(XUndoManagerSupplier.class, doc);
        XUndoManager undo = undoSupplier == null ? null : undoSupplier.getUndoManager();
        if (undo != null) undo.lock();
        int done = 0;
        try {
            for (TableId id : TableId.values()) {
                TablePlan plan = new TablePlan(ReportSchema.get().layout(id));
                if (plan.keptTogether.isEmpty()) continue;
                String base = WriterTable.baseName(id);
                for (String name : tables.getElementNames()) {
                    if (!name.equals(base) && !name.matches(java.util.regex.Pattern.quote(base) + "_\\d+")) continue;
                    XTextTable table = Uno.q(XTextTable.class, tables.getByName(name));
                    if (table == null || !hasShapeOf(table, plan)) continue;
                    apply(doc, table, plan);
                    relayout(table);
                    done++;
                }
            }
        } finally {
            if (undo != null) undo.unlock();
            if (modifiable != null && !wasModified && done > 0) modifiable.setModified(false);
        }
        return done;
    }

    /**
     * Pages already laid out when the document was opened keep their break: new paragraph attributes do not
     * make Writer split the table again. Changing the table's “allow to split” and back does.
     */
    private static void relayout(XTextTable table) throws com.sun.star.uno.Exception {
        Object split = Uno.get(table, "Split");
        Uno.set(table, "Split", !Boolean.TRUE.equals(split));
        Uno.set(table, "Split", split);
    }

    /** The table still has the layout's rows and each kept label still spans its rows (not edited apart). */
    private static boolean hasShapeOf(XTextTable table, TablePlan plan) throws com.sun.star.uno.Exception {
        if (table.getRows().getCount() != plan.rows) return false;
        for (int[] group : plan.keptTogether) {
            Object label = table.getCellByName(CellNames.name(0, group[0]));
            XPropertySet p = Uno.q(XPropertySet.class, label);
            if (p == null || !Integer.valueOf(group[1] - group[0] + 1).equals(p.getPropertyValue("RowSpan"))) return false;
        }
        return true;
    }

    private static void keepWithNext(Object cell) throws com.sun.star.uno.Exception {
        XText text = Uno.q(XText.class, cell);
        if (text == null) return;
        XTextCursor c = text.createTextCursor();
        c.gotoStart(false);
        c.gotoEnd(true);
        Uno.set(c, "ParaKeepTogether", true); // Writer's "keep with next paragraph"
    }
}
