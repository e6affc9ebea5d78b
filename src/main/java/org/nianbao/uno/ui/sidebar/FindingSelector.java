package org.nianbao.uno.ui.sidebar;

import com.sun.star.container.NoSuchElementException;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.frame.XController;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.text.XTextViewCursor;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.view.XSelectionSupplier;
import java.util.Map;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.LabelText;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.UiText;
import org.nianbao.uno.Uno;

/**
 * Shows where a finding is: puts the cursor into its cell (by the table's name and the cell's name the
 * reader recorded), the first cell of its table ({@code table.*}, or a cell of a table whose cell was not bound),
 * or its section's heading paragraph ({@code section.*}); a finding at a sentence selects the sentence.
 * The document scrolls to the selection.
 */
public final class FindingSelector {
    /** What was selected. */
    public enum Target { CELL, TABLE, HEADING, SENTENCE, NOTHING }

    private FindingSelector() {
    }

    /** A finding at a sentence (issue 9) selects that sentence (found by its text); any other by its key. */
    public static Target select(XController controller, Report report, org.nianbao.core.model.Finding f) throws com.sun.star.uno.Exception {
        if (f.place.sentence != null && selectSentence(controller, f.place.sentence)) return Target.SENTENCE;
        return select(controller, report, f.key);
    }

    /** Finds the sentence's text in the document body (up to its first 100 characters) and selects it. */
    private static boolean selectSentence(XController controller, String sentence) {
        XSelectionSupplier selection = Uno.q(XSelectionSupplier.class, controller);
        com.sun.star.util.XSearchable searchable = Uno.q(com.sun.star.util.XSearchable.class, controller.getModel());
        if (selection == null || searchable == null || sentence.isBlank()) return false;
        com.sun.star.util.XSearchDescriptor d = searchable.createSearchDescriptor();
        d.setSearchString(sentence.length() > 100 ? sentence.substring(0, 100) : sentence);
        Object found = searchable.findFirst(d);
        try {
            return found != null && selection.select(found);
        } catch (com.sun.star.lang.IllegalArgumentException e) {
            return false;
        }
    }

    public static Target select(XController controller, Report report, String key) throws com.sun.star.uno.Exception {
        XTextDocument doc = Uno.q(XTextDocument.class, controller.getModel());
        XSelectionSupplier selection = Uno.q(XSelectionSupplier.class, controller);
        if (doc == null || selection == null || key == null) return Target.NOTHING;
        CellLocation at = report == null ? null : report.location(key);
        if (at != null && cursorInto(doc, controller, at.tableName, at.cellId)) return Target.CELL;
        TableId table = org.nianbao.core.model.Place.tableOf(key);
        if (table != null && report != null) {
            CellLocation any = anyLocation(report, table);
            if (any != null && cursorInto(doc, controller, any.tableName, "A1")) return Target.TABLE;
        }
        SectionDef section = sectionOf(key, table);
        if (section != null && selectHeading(doc, selection, section)) return Target.HEADING;
        return Target.NOTHING;
    }

    /**
     * The visible mark of a finding whose cell got the cursor (issue 10, defect 7): the cell's name, whether it
     * is empty, then the message (which names the cell's meaning), for the panel's detail line and the status bar. A collapsed cursor
     * in an empty cell is hard to see, and the sidebar keeps the focus after a single click; any mark in the
     * document itself (a selection, a highlight) would either bring back defect 1 (a selection extended by Tab)
     * or change the document (its content, its undo stack and its modified flag), so the mark is text outside it.
     */
    public static String cue(UiText ui, Report report, org.nianbao.core.model.Finding f) {
        CellLocation at = report == null ? null : report.location(f.key);
        String message = f.message(ui.lang());
        if (at == null) return message;
        boolean empty = report.cellText(f.key) == null || report.cellText(f.key).isBlank();
        return ui.get(empty ? "finding.at.empty" : "finding.at", at.cellId, message);
    }

    /** A cell of the table that the report holds, for a finding about the whole table ("table.t3"), or null. */
    private static CellLocation anyLocation(Report report, TableId table) {
        for (Map.Entry<String, CellLocation> e : report.locations().entrySet()) {
            if (TableId.ofKey(e.getKey()) == table) return e.getValue();
        }
        return null;
    }

    private static SectionDef sectionOf(String key, TableId table) {
        ReportSchema schema = ReportSchema.get();
        try {
            if (key.startsWith("section.")) return schema.section(key.substring("section.".length()));
            return table == null ? null : schema.sectionOf(table);
        } catch (IllegalArgumentException notASection) {
            return null;
        }
    }

    /**
     * Puts the view cursor, collapsed, at the end of one cell's text: a plain cursor, so that typing, Tab and
     * typing again goes into one cell each. Selecting the cell's text range instead
     * ({@code XSelectionSupplier.select}) leaves LibreOffice 7.4's view extending that selection: after Tab
     * two cells are selected and the next keystroke replaces both, losing what was typed (issue 10, defect 1;
     * LibreOffice bug, no bug id found).
     */
    static boolean cursorInto(XTextDocument doc, XController controller, String tableName, String cellName)
            throws com.sun.star.uno.Exception {
        XNameAccess tables = Uno.q(XTextTablesSupplier.class, doc).getTextTables();
        if (tableName == null || !tables.hasByName(tableName)) return false;
        XTextTable table = Uno.q(XTextTable.class, tables.getByName(tableName));
        XText cell = Uno.q(XText.class, table.getCellByName(cellName));
        XTextViewCursorSupplier views = Uno.q(XTextViewCursorSupplier.class, controller);
        if (cell == null || views == null) return false;
        XTextViewCursor cursor = views.getViewCursor();
        cursor.gotoRange(cell.getEnd(), false);
        return true;
    }

    /** Selects the heading paragraph of a section: a short paragraph starting with its numeral and “、”. */
    private static boolean selectHeading(XTextDocument doc, XSelectionSupplier selection, SectionDef section)
            throws com.sun.star.uno.Exception {
        XEnumeration paragraphs = Uno.q(XEnumerationAccess.class, doc.getText()).createEnumeration();
        String prefix = section.numeral + "、";
        while (true) {
            Object element;
            try {
                element = paragraphs.nextElement();
            } catch (NoSuchElementException end) {
                return false;
            }
            if (Uno.q(XTextTable.class, element) != null) continue;
            XTextRange p = Uno.q(XTextRange.class, element);
            if (p == null) continue;
            String text = LabelText.normalize(p.getString());
            if (text.startsWith(prefix) && text.length() <= 40) return selection.select(p);
        }
    }
}
