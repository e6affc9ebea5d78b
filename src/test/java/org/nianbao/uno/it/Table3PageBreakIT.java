package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.XPageCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.text.XTextViewCursor;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XModifiable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.odf.OdfTemplateWriter;
import org.nianbao.uno.doc.CellNames;
import org.nianbao.uno.insert.TablePlan;

/**
 * Issue 10, defect 8: table 三's vertical label “三、本年度办理结果” (a cell merged over the result rows) is not cut
 * by a page break in the table the Writer inserter makes, in the .odt template and in an inserted table saved as
 * .odt and opened again. Table 三 comes after 0, 2, 4, … paragraphs of filler, so that the page ends at every
 * height of the table in turn; for each, the rows of the label lie on one page (the page of each row's last cell,
 * from the view cursor). Run on LibreOffice 7.4 and 25.2 (-Plo25).
 */
class Table3PageBreakIT {
    /** A document with {@code filler} paragraphs before table 三. */
    private interface Layout {
        XTextDocument make(OfficeRunner office, int filler) throws Exception;
    }

    @Test
    void theResultRowsOfTheInsertedTable3StayOnOnePage() throws Exception {
        assertLabelOnOnePage((office, filler) -> {
            XTextDocument doc = office.newWriterDocument();
            XText text = doc.getText();
            XTextCursor c = text.createTextCursor();
            c.gotoEnd(false);
            fill(text, c, filler);
            viewCursor(doc).gotoEnd(false);
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=table-3").State);
            return doc;
        });
    }

    /**
     * The .odt template ({@code nianbao template}) opened in Writer, {@code filler} paragraphs put before its title:
     * LibreOffice loads table 三's covered cells without their paragraphs (and their keep), the extension sets the
     * keeps again when the document is opened.
     */
    @Test
    void theResultRowsOfTable3InTheOdtTemplateStayOnOnePage() throws Exception {
        Path template = Files.createTempDirectory("nianbao-t3-").resolve("template.odt");
        OdfTemplateWriter.write(template, null, null);
        assertLabelOnOnePage((office, filler) -> openWithFiller(office, template, filler));
    }

    /**
     * Table 三 inserted in Writer, saved as .odt and opened again: the keeps are back (LibreOffice does not store a
     * covered cell's paragraph); with no filler the document is laid out as loaded.
     */
    @Test
    void theResultRowsOfAnInsertedTable3StayOnOnePageAfterTheOdtIsReopened() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        XTextDocument doc = office.newWriterDocument();
        Path saved = Files.createTempDirectory("nianbao-t3-").resolve("inserted.odt");
        try {
            XText text = doc.getText();
            XTextCursor c = text.createTextCursor();
            c.gotoEnd(false);
            fill(text, c, 1); // a paragraph before the table: the filler goes before it (a text cursor cannot go before a table)
            viewCursor(doc).gotoEnd(false);
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=table-3").State);
            UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(saved.toUri().toString(),
                    new PropertyValue[] {property("FilterName", "writer8")});
        } finally {
            office.close(doc);
        }
        assertLabelOnOnePage((o, filler) -> openWithFiller(o, saved, filler));
    }

    /** Opens {@code file} and puts {@code filler} paragraphs at the start of its text. */
    private static XTextDocument openWithFiller(OfficeRunner office, Path file, int filler) throws Exception {
        XTextDocument doc = office.open(file);
        // the keeps set again on opening are no edit of the user's
        assertFalse(UnoRuntime.queryInterface(XModifiable.class, doc).isModified(), "modified on opening: " + file);
        assertFalse(UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().isUndoPossible(),
                "an undo step on opening: " + file);
        XText text = doc.getText();
        XTextCursor c = text.createTextCursor();
        c.gotoStart(false);
        fill(text, c, filler);
        return doc;
    }

    private static PropertyValue property(String name, Object value) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = value;
        return p;
    }

    private static void fill(XText text, XTextCursor c, int paragraphs) {
        for (int i = 0; i < paragraphs; i++) {
            text.insertString(c, "正文 " + i, false);
            text.insertControlCharacter(c, ControlCharacter.PARAGRAPH_BREAK, false);
        }
    }

    /** For each layout, the label's rows on one page; and the test means something: the page ended inside table 三. */
    private static void assertLabelOnOnePage(Layout layout) throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        List<Integer> labelRows = resultRows();
        assertTrue(labelRows.size() > 10, "the label spans the result rows: " + labelRows);
        int breaksInTable = 0;
        int layouts = 0;
        Map<Integer, String> split = new TreeMap<>();
        for (int filler = 0; filler <= 48; filler += 2) {
            XTextDocument doc = layout.make(office, filler);
            layouts++;
            try {
                XTextTable table = UnoRuntime.queryInterface(XTextTable.class,
                        UnoRuntime.queryInterface(XTextTablesSupplier.class, doc).getTextTables().getByName("Nianbao_T3"));
                int rows = table.getRows().getCount();
                int last = table.getColumns().getCount() - 1;
                List<Integer> pages = new ArrayList<>();
                for (int r = 0; r < rows; r++) pages.add(page(doc, table, CellNames.name(last, r)));
                if (!pages.get(0).equals(pages.get(rows - 1))) breaksInTable++;
                List<Integer> labelPages = new ArrayList<>();
                for (int r : labelRows) labelPages.add(pages.get(r));
                if (!labelPages.get(0).equals(labelPages.get(labelPages.size() - 1))) {
                    split.put(filler, "rows " + labelRows.get(0) + "-" + labelRows.get(labelRows.size() - 1) + " on pages " + labelPages);
                }
            } finally {
                office.close(doc);
            }
        }
        assertTrue(breaksInTable >= 5, "the page broke inside table 三 in " + breaksInTable + " of " + layouts + " layouts only");
        assertTrue(split.isEmpty(), "the label 三、本年度办理结果 split across pages after N filler paragraphs: " + split);
    }

    /** The rows (0-based) of the label 三、本年度办理结果: the merge in the first column below the header. */
    static List<Integer> resultRows() {
        TablePlan plan = new TablePlan(ReportSchema.get().layout(TableId.T3));
        List<Integer> rows = new ArrayList<>();
        for (String merge : plan.merges) {
            String[] ends = merge.split(":");
            int[] a = CellNames.parse(ends[0]);
            int[] b = CellNames.parse(ends[1]);
            if (a[0] == 0 && b[0] == 0 && a[1] >= 3 && b[1] > a[1]) {
                for (int r = a[1]; r <= b[1]; r++) rows.add(r);
            }
        }
        return rows;
    }

    private static int page(XTextDocument doc, XTextTable table, String cell) {
        XTextViewCursor vc = viewCursor(doc);
        vc.gotoRange(UnoRuntime.queryInterface(XText.class, table.getCellByName(cell)).getStart(), false);
        return UnoRuntime.queryInterface(XPageCursor.class, vc).getPage();
    }

    private static XTextViewCursor viewCursor(XTextDocument doc) {
        XModel m = UnoRuntime.queryInterface(XModel.class, doc);
        return UnoRuntime.queryInterface(XTextViewCursorSupplier.class, m.getCurrentController()).getViewCursor();
    }
}
