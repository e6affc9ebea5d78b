package org.nianbao.uno.doc;

import org.nianbao.uno.Uno;
import com.sun.star.container.NoSuchElementException;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.container.XNamed;
import com.sun.star.document.XRedlinesSupplier;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pending tracked deletions (Edit › Track Changes › Record). Writer keeps deleted text in the document
 * until the change is accepted, and {@code getString()}/{@code getDataArray()} return it: a cell changed
 * from 3 to 7 reads “37”. The checker reads the <em>current</em> text, as if every pending change were
 * accepted (deletions left out, insertions kept) — what the ODF reader reads from a stored file too.
 * Only the cells and paragraphs that hold a deletion are read again, portion by portion.
 */
final class TrackedChanges {
    private static final String DELETE = "Delete";

    /** "table name / cell name" of the cells holding a deletion. */
    private final Set<String> cells = new HashSet<>();
    /** Whether a deletion lies outside every table (paragraphs must be read portion by portion). */
    private boolean outsideTables;

    private TrackedChanges() {
    }

    /** The pending deletions of the document, or null when there are none (one bridge call in that case). */
    static TrackedChanges of(XTextDocument doc) throws com.sun.star.uno.Exception {
        XRedlinesSupplier supplier = Uno.q(XRedlinesSupplier.class, doc);
        XEnumerationAccess redlines = supplier == null ? null : Uno.q(XEnumerationAccess.class, supplier.getRedlines());
        if (redlines == null || !redlines.hasElements()) return null;
        TrackedChanges changes = new TrackedChanges();
        XEnumeration e = redlines.createEnumeration();
        while (e.hasMoreElements()) {
            Object redline = e.nextElement();
            if (!DELETE.equals(Uno.string(Uno.get(redline, "RedlineType")))) continue;
            changes.note(Uno.get(redline, "RedlineStart"));
            changes.note(Uno.get(redline, "RedlineEnd"));
        }
        return changes.cells.isEmpty() && !changes.outsideTables ? null : changes;
    }

    private void note(Object range) throws com.sun.star.uno.Exception {
        if (Uno.isVoid(range) || Uno.props(range) == null) return;
        Object table = Uno.get(range, "TextTable");
        Object cell = Uno.get(range, "Cell");
        if (Uno.isVoid(table) || Uno.isVoid(cell)) {
            outsideTables = true;
            return;
        }
        cells.add(key(Uno.q(XNamed.class, table).getName(), Uno.string(Uno.get(cell, "CellName"))));
    }

    boolean hasDeletionIn(String tableName, String cellName) {
        return cells.contains(key(tableName, cellName));
    }

    boolean hasDeletionOutsideTables() {
        return outsideTables;
    }

    private static String key(String table, String cell) {
        return table + "/" + cell;
    }

    /**
     * The current text of a cell (its paragraphs joined by "\n", as {@code getDataArray()} joins them) or
     * of one paragraph: every text portion except those inside a pending deletion. Tables nested in a
     * cell are left out (they are read as tables of their own).
     */
    static String visibleText(Object textOrParagraph) throws com.sun.star.uno.Exception {
        if (isParagraph(textOrParagraph)) return paragraphText(textOrParagraph);
        List<String> paragraphs = new ArrayList<>();
        XEnumeration e = Uno.q(XEnumerationAccess.class, textOrParagraph).createEnumeration();
        while (true) {
            Object element;
            try {
                element = e.nextElement();
            } catch (NoSuchElementException end) {
                break;
            }
            if (isParagraph(element)) paragraphs.add(paragraphText(element));
        }
        return String.join("\n", paragraphs);
    }

    private static String paragraphText(Object paragraph) throws com.sun.star.uno.Exception {
        StringBuilder out = new StringBuilder();
        XEnumeration portions = Uno.q(XEnumerationAccess.class, paragraph).createEnumeration();
        boolean deleted = false;
        while (true) {
            Object portion;
            try {
                portion = portions.nextElement();
            } catch (NoSuchElementException end) {
                break;
            }
            if ("Redline".equals(Uno.string(Uno.get(portion, "TextPortionType")))) {
                if (DELETE.equals(Uno.string(Uno.get(portion, "RedlineType")))
                        && !Boolean.TRUE.equals(Uno.get(portion, "IsCollapsed"))) {
                    deleted = Boolean.TRUE.equals(Uno.get(portion, "IsStart"));
                }
                continue;
            }
            if (!deleted) out.append(Uno.q(XTextRange.class, portion).getString());
        }
        return out.toString();
    }

    private static boolean isParagraph(Object element) {
        com.sun.star.lang.XServiceInfo info = Uno.q(com.sun.star.lang.XServiceInfo.class, element);
        return info != null && info.supportsService("com.sun.star.text.Paragraph");
    }
}
