package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XIndexAccess;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.text.XTextViewCursor;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.boot.CommandUrl;
import org.nianbao.uno.insert.Part;
import org.nianbao.uno.insert.TablePlan;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/** Every insert command, dispatched by URL on a new Writer document, in a real headless LibreOffice. */
class InsertCommandsIT {
    private OfficeRunner office;
    private XTextDocument doc;

    @BeforeEach
    void open() throws Exception {
        office = OfficeRunner.shared();
        doc = office.newWriterDocument();
    }

    @AfterEach
    void close() {
        office.close(doc);
    }

    @ParameterizedTest
    @EnumSource(Part.class)
    void insertsThePartAsOneUndoStep(Part part) throws Exception {
        XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
        int undoSteps = undo.getAllUndoActionTitles().length;
        String textBefore = doc.getText().getString();

        DispatchResultEvent r = office.dispatch(doc, CommandUrl.insert(part));
        assertNotNull(r, "no dispatch result");
        assertEquals(DispatchResultState.SUCCESS, r.State, "result: " + r.Result);

        assertContent(part, UnoDocumentAdapter.read(doc));
        assertTablesAsLaidOut(part);
        Report report = DocumentReader.read(UnoDocumentAdapter.read(doc));
        for (TableId t : part.tables()) {
            assertTrue(report.hasTable(t), t + " not recognised");
            XTextTable table = UnoRuntime.queryInterface(XTextTable.class,
                    UnoRuntime.queryInterface(XTextTablesSupplier.class, doc).getTextTables().getByName("Nianbao_" + t.name()));
            for (var cell : ReportSchema.get().cells(t)) {
                assertTrue(report.hasCell(cell.key), cell.key + " not bound");
                assertEquals("Nianbao Table Value", paragraphStyle(table, report.location(cell.key).cellId), cell.key);
            }
            for (String name : table.getCellNames()) {
                boolean value = report.locations().values().stream().anyMatch(l -> l.cellId.equals(name)
                        && l.tableName.equals("Nianbao_" + t.name()));
                if (!value) assertEquals("Nianbao Table Label", paragraphStyle(table, name), t + " " + name);
            }
        }
        assertEquals(undoSteps + 1, undo.getAllUndoActionTitles().length, "one undo step");
        assertEquals("Nianbao Body", UnoRuntime.queryInterface(XPropertySet.class, viewCursor())
                .getPropertyValue("ParaStyleName"), "the cursor waits in an empty body paragraph after the insert");
        assertEquals("", currentParagraph(), "and it is empty");

        undo.undo();
        assertEquals(textBefore, doc.getText().getString(), "undo restores the text");
        assertEquals(0, tables().getCount(), "undo removes the tables");
        assertEquals(1, UnoDocumentAdapter.read(doc).blocks.size(), "undo leaves the one empty paragraph");
    }

    @Test
    void secondTable3IsRefusedWithAMessage() throws Exception {
        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=table-3").State);
        DispatchResultEvent second = office.dispatch(doc, "nianbao:insert?part=table-3");
        assertEquals(DispatchResultState.FAILURE, second.State);
        assertEquals("Table 3 is already in the document; nothing was inserted.", second.Result);
        assertEquals(1, tables().getCount());
        // a section or the report that contains the table is refused as a whole
        DispatchResultEvent report = office.dispatch(doc, "nianbao:insert?part=report");
        assertEquals(DispatchResultState.FAILURE, report.State);
        assertEquals(1, tables().getCount());
        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=table-4").State);
        assertEquals(2, tables().getCount());
    }

    @Test
    void insideATableCellIsRefused() throws Exception {
        office.dispatch(doc, "nianbao:insert?part=table-2");
        XTextTable table = UnoRuntime.queryInterface(XTextTable.class, tables().getByIndex(0));
        XText cell = UnoRuntime.queryInterface(XText.class, table.getCellByName("B3"));
        viewCursor().gotoRange(cell.getStart(), false);
        String before = doc.getText().getString();
        DispatchResultEvent r = office.dispatch(doc, "nianbao:insert?part=section-5");
        assertEquals(DispatchResultState.FAILURE, r.State);
        assertTrue(String.valueOf(r.Result).contains("inside a table cell"), String.valueOf(r.Result));
        assertEquals(before, doc.getText().getString());
    }

    @Test
    void readOnlyDocumentIsRefused() throws Exception {
        Path file = Files.createTempFile("nianbao-ro-", ".odt");
        try {
            UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(file.toUri().toString(),
                    new com.sun.star.beans.PropertyValue[] {OfficeRunner.prop("FilterName", "writer8")});
            XTextDocument ro = office.open(file, OfficeRunner.prop("ReadOnly", true));
            try {
                DispatchResultEvent r = office.dispatch(ro, "nianbao:insert?part=report");
                assertEquals(DispatchResultState.FAILURE, r.State);
                assertTrue(String.valueOf(r.Result).contains("read-only"), String.valueOf(r.Result));
                assertEquals(0, UnoRuntime.queryInterface(XTextTablesSupplier.class, ro).getTextTables().getElementNames().length);
            } finally {
                office.close(ro);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void insertsAtTheCursorInsideAParagraph() throws Exception {
        XText text = doc.getText();
        text.setString("abcdef");
        XTextViewCursor vc = viewCursor();
        vc.gotoStart(false);
        vc.goRight((short) 3, false);
        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=section-2").State);
        List<Block> blocks = UnoDocumentAdapter.read(doc).blocks;
        assertEquals("abc", blocks.get(0).text);
        assertEquals("二、主动公开政府信息情况", blocks.get(1).text);
        assertEquals(1, blocks.get(1).outlineLevel);
        assertTrue(blocks.get(2).isTable());
        assertEquals("", blocks.get(3).text, "the empty paragraph where the cursor lands");
        assertEquals("def", blocks.get(4).text);
        assertEquals(5, blocks.size());
    }

    @Test
    void titleShowsAgencyAndYearFromTheDocumentProperties() throws Exception {
        office.dispatch(doc, "nianbao:insert?part=report");
        int lastYear = java.time.LocalDate.now().getYear() - 1;
        String suffix = ReportSchema.title("", 0).substring(1);
        assertEquals(lastYear + suffix, UnoDocumentAdapter.read(doc).blocks.get(0).text);
        ReportInfo.setAgency(doc, "某某市司法局");
        ReportInfo.setYear(doc, 2023);
        assertEquals(ReportSchema.title("某某市司法局", 2023), UnoDocumentAdapter.read(doc).blocks.get(0).text);
        Report report = DocumentReader.read(UnoDocumentAdapter.read(doc));
        assertEquals(Integer.valueOf(2023), report.year());
    }

    // ------------------------------------------------------------------ expectations from the schema

    private void assertContent(Part part, DocumentContent content) {
        List<String> expected = new ArrayList<>();
        for (Part.Item item : part.items()) {
            switch (item.kind) {
                case TITLE:
                    expected.add("P:" + (java.time.LocalDate.now().getYear() - 1) + ReportSchema.title("", 0).substring(1));
                    break;
                case TABLE:
                    expected.add("T:" + item.table);
                    break;
                default:
                    expected.add("P:" + item.text);
            }
        }
        if (!expected.get(expected.size() - 1).equals("P:")) expected.add("P:"); // where the cursor lands
        List<String> actual = new ArrayList<>();
        int t = 0;
        List<TableId> tablesInOrder = new ArrayList<>();
        for (Part.Item item : part.items()) if (item.table != null) tablesInOrder.add(item.table);
        for (Block b : content.blocks) actual.add(b.isTable() ? "T:" + tablesInOrder.get(t++) : "P:" + b.text);
        assertEquals(expected, actual);
        for (Block b : content.blocks) {
            if (!b.isTable() && ReportSchema.get().sections().stream().anyMatch(s -> s.heading.equals(b.text))) {
                assertEquals(1, b.outlineLevel, "heading outline level: " + b.text);
            }
        }
    }

    private void assertTablesAsLaidOut(Part part) throws Exception {
        XIndexAccess tables = tables();
        List<TableId> expected = new ArrayList<>(part.tables());
        assertEquals(expected.size(), tables.getCount());
        for (int i = 0; i < tables.getCount(); i++) {
            XTextTable table = UnoRuntime.queryInterface(XTextTable.class, tables.getByIndex(i));
            String name = UnoRuntime.queryInterface(com.sun.star.container.XNamed.class, table).getName();
            TableId id = TableId.valueOf(name.substring("Nianbao_".length()));
            assertTrue(expected.contains(id), name);
            Layouts.assertMatches(ReportSchema.get().layout(id), UnoDocumentAdapter.readTable(table, true));
        }
        assertFalse(expected.isEmpty() && tables.getCount() > 0);
    }

    private static String paragraphStyle(XTextTable table, String cell) throws Exception {
        XText text = UnoRuntime.queryInterface(XText.class, table.getCellByName(cell));
        return (String) UnoRuntime.queryInterface(XPropertySet.class, text.createTextCursor())
                .getPropertyValue("ParaStyleName");
    }

    private static Object paragraphAdjust(XTextTable table, String cell) throws Exception {
        XText text = UnoRuntime.queryInterface(XText.class, table.getCellByName(cell));
        return UnoRuntime.queryInterface(XPropertySet.class, text.createTextCursor())
                .getPropertyValue("ParaAdjust");
    }

    /**
     * Issue 10, defect 8: the header band of tables 三 and 四 repeats on each page and is never cut by a page break;
     * nor are the rows of table 三's label 三、本年度办理结果.
     */
    @Test
    void headerRowsRepeatAndDoNotSplit() throws Exception {
        for (TableId id : new TableId[] {TableId.T3, TableId.T4}) {
            office.dispatch(doc, "nianbao:insert?part=table-" + id.name().substring(1));
            XTextTable table = UnoRuntime.queryInterface(XTextTable.class,
                    UnoRuntime.queryInterface(XTextTablesSupplier.class, doc).getTextTables().getByName("Nianbao_" + id.name()));
            XPropertySet props = UnoRuntime.queryInterface(XPropertySet.class, table);
            int header = org.nianbao.core.style.HouseStyle.table(id).headerRows;
            assertTrue(header > 0, id + " has a header band");
            assertEquals(true, props.getPropertyValue("RepeatHeadline"), id + " repeats its header");
            assertEquals(header, props.getPropertyValue("HeaderRowCount"), id + " header rows");
            XIndexAccess rows = table.getRows();
            // the rows of a label merged down the first column do not split either (LibreOffice 25.2 keeps them together only so)
            List<int[]> kept = new TablePlan(ReportSchema.get().layout(id)).keptTogether;
            for (int r = 0; r < rows.getCount(); r++) {
                Object split = UnoRuntime.queryInterface(XPropertySet.class, rows.getByIndex(r)).getPropertyValue("IsSplitAllowed");
                final int row = r;
                boolean inLabel = kept.stream().anyMatch(k -> row >= k[0] && row <= k[1]);
                assertEquals(r >= header && !inLabel, split, id + " row " + r);
            }
            if (id == TableId.T3) assertFalse(kept.isEmpty(), "table 三 has the label 三、本年度办理结果");
        }
    }

    @Test
    void rowLabelsAreLeftAlignedAndHeadersCentred() throws Exception {
        office.dispatch(doc, "nianbao:insert?part=table-2");
        XTextTable table = UnoRuntime.queryInterface(XTextTable.class, tables().getByIndex(0));
        short left = (short) com.sun.star.style.ParagraphAdjust.LEFT.getValue();
        short center = (short) com.sun.star.style.ParagraphAdjust.CENTER.getValue();
        for (String rowLabel : List.of("A3", "A4", "A7", "A10", "A11", "A14")) {
            assertEquals(left, ((Number) paragraphAdjust(table, rowLabel)).shortValue(), rowLabel);
        }
        for (String header : List.of("A1", "A2", "B2", "A5")) {
            assertEquals(center, ((Number) paragraphAdjust(table, header)).shortValue(), header);
        }
        for (String cell : table.getCellNames()) {
            Object v = UnoRuntime.queryInterface(XPropertySet.class, table.getCellByName(cell))
                    .getPropertyValue("VertOrient");
            assertEquals(com.sun.star.text.VertOrientation.CENTER, ((Number) v).shortValue(), "vertically centred: " + cell);
        }
    }

    private String currentParagraph() {
        com.sun.star.text.XTextCursor c = viewCursor().getText().createTextCursorByRange(viewCursor().getStart());
        com.sun.star.text.XParagraphCursor p = UnoRuntime.queryInterface(com.sun.star.text.XParagraphCursor.class, c);
        p.gotoStartOfParagraph(false);
        p.gotoEndOfParagraph(true);
        return c.getString();
    }

    private XIndexAccess tables() {
        return UnoRuntime.queryInterface(XIndexAccess.class,
                UnoRuntime.queryInterface(XTextTablesSupplier.class, doc).getTextTables());
    }

    private XTextViewCursor viewCursor() {
        return UnoRuntime.queryInterface(XTextViewCursorSupplier.class,
                UnoRuntime.queryInterface(XModel.class, doc).getCurrentController()).getViewCursor();
    }
}
