package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * The whole path in a real LibreOffice: insert the report, fill the inputs through UNO, recompute and
 * check by URL, store as .odt, read the stored file with the ODF reader, re-open it in Writer.
 */
class ReportFlowIT {
    private OfficeRunner office;
    private XTextDocument doc;

    @BeforeEach
    void open() throws Exception {
        office = OfficeRunner.shared();
        doc = office.newWriterDocument();
        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
    }

    @AfterEach
    void close() {
        office.close(doc);
    }

    private Report read(XTextDocument d) throws Exception {
        return DocumentReader.read(UnoDocumentAdapter.read(d));
    }

    @Test
    void recomputeWritesTheTotalsAsOneUndoStepAndCheckReports() throws Exception {
        Report blank = read(doc);
        assertEquals(Filling.inputs().size(), UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs()));

        Evaluation before = Checker.check(read(doc), null, Profile.national());
        assertTrue(before.findings().stream().anyMatch(f -> f.rule.startsWith("R-IMP")), "blank totals are reported");

        XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
        undo.clear(); // the filling above took one step per write; the stack holds at most 100
        int steps = undo.getAllUndoActionTitles().length;
        DispatchResultEvent r = office.dispatch(doc, "nianbao:recompute");
        assertEquals(DispatchResultState.SUCCESS, r.State, String.valueOf(r.Result));
        assertEquals(steps + 1, undo.getAllUndoActionTitles().length, "recompute is one undo step");
        assertEquals(Filling.totals().size() + " ", String.valueOf(r.Result).replaceAll("^Totals recomputed: (\\d+) cells updated\\..*$", "$1 "));

        Report after = read(doc);
        for (Map.Entry<String, String> e : Filling.totals().entrySet()) {
            assertEquals(e.getValue(), after.cellText(e.getKey()).trim(), e.getKey());
        }
        Evaluation ev = Checker.check(after, null, Profile.national());
        for (Finding f : ev.findings()) {
            assertFalse(f.rule.startsWith("R-"), "table rule still failing after recompute: " + f);
        }

        DispatchResultEvent check = office.dispatch(doc, "nianbao:check");
        assertEquals(DispatchResultState.SUCCESS, check.State);
        String expected = ev.errorCount() == 0 && ev.warningCount() == 0 ? "Passed"
                : ev.errorCount() + " errors, " + ev.warningCount() + " warnings";
        assertEquals(expected, check.Result);

        undo.undo();
        Report undone = read(doc);
        for (String key : Filling.totals().keySet()) assertEquals("", undone.cellText(key).trim(), "undo restores " + key);
        assertEquals(Filling.inputs().get("apply.new.commercial"), undone.cellText("apply.new.commercial").trim(), "inputs stay");
    }

    @Test
    void recomputeReportsATypedValueItReplaces() throws Exception {
        Report blank = read(doc);
        UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
        UnoDocumentAdapter.writeByKey(doc, blank, Map.of("apply.new.total", "99", "apply.carried_over.total", "1"));
        DispatchResultEvent r = office.dispatch(doc, "nianbao:recompute");
        String message = String.valueOf(r.Result);
        assertTrue(message.contains("These cells held a different value"), message);
        assertTrue(message.contains(ReportSchema.get().cell("apply.new.total").displayEn()), message);
        assertFalse(message.contains(ReportSchema.get().cell("apply.carried_over.total").displayEn()),
                "a total already right is not rewritten: " + message);
        assertEquals("12", read(doc).cellText("apply.new.total").trim());
    }

    @Test
    void storedOdtKeepsTablesValuesAndTitle() throws Exception {
        ReportInfo.setAgency(doc, "某某市司法局");
        ReportInfo.setYear(doc, 2024);
        Report blank = read(doc);
        UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
        office.dispatch(doc, "nianbao:recompute");

        Path dir = Paths.get("target", "it-output");
        Files.createDirectories(dir);
        Path odt = dir.resolve("report-filled.odt").toAbsolutePath();
        XStorable storable = UnoRuntime.queryInterface(XStorable.class, doc);
        storable.storeToURL(odt.toUri().toString(), new PropertyValue[] {OfficeRunner.prop("FilterName", "writer8")});
        storable.storeToURL(dir.resolve("report-filled.pdf").toAbsolutePath().toUri().toString(),
                new PropertyValue[] {OfficeRunner.prop("FilterName", "writer_pdf_Export")});

        // read back with the ODF reader (no LibreOffice)
        Report stored = DocumentReader.read(OdfDocumentReader.read(odt));
        assertEquals("某某市司法局", stored.agency());
        assertEquals(Integer.valueOf(2024), stored.year());
        for (TableId t : TableId.values()) assertTrue(stored.hasTable(t), t + " in the stored file");
        for (Map.Entry<String, String> e : Filling.inputs().entrySet()) assertEquals(e.getValue(), stored.cellText(e.getKey()).trim(), e.getKey());
        for (Map.Entry<String, String> e : Filling.totals().entrySet()) assertEquals(e.getValue(), stored.cellText(e.getKey()).trim(), e.getKey());

        // and re-open it in Writer: the tables are there, laid out as the format says
        XTextDocument reopened = office.open(odt);
        try {
            XTextTablesSupplier ts = UnoRuntime.queryInterface(XTextTablesSupplier.class, reopened);
            for (TableId t : TableId.values()) {
                XTextTable table = UnoRuntime.queryInterface(XTextTable.class, ts.getTextTables().getByName("Nianbao_" + t.name()));
                Layouts.assertMatchesLabels(ReportSchema.get().layout(t), UnoDocumentAdapter.readTable(table, true));
            }
            Report again = read(reopened);
            assertEquals(ReportSchema.title("某某市司法局", 2024), again.title());
            assertEquals("12", again.cellText("apply.new.total").trim());
        } finally {
            office.close(reopened);
        }
    }

    @Test
    void docxRoundTripReadsTheSameReport() throws Exception {
        Report blank = read(doc);
        UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
        office.dispatch(doc, "nianbao:recompute");
        Path dir = Paths.get("target", "it-output");
        Files.createDirectories(dir);
        Path docx = dir.resolve("report-filled.docx").toAbsolutePath();
        UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(docx.toUri().toString(),
                new PropertyValue[] {OfficeRunner.prop("FilterName", "MS Word 2007 XML")});
        XTextDocument word = office.open(docx);
        try {
            // Word's tables come back with Writer's own box structure: the adapter and the recogniser still bind all
            Report r = read(word);
            for (TableId t : TableId.values()) assertTrue(r.hasTable(t), t + " after .docx");
            for (Map.Entry<String, String> e : Filling.inputs().entrySet()) assertEquals(e.getValue(), r.cellText(e.getKey()).trim(), e.getKey());
            for (Map.Entry<String, String> e : Filling.totals().entrySet()) assertEquals(e.getValue(), r.cellText(e.getKey()).trim(), e.getKey());
        } finally {
            office.close(word);
        }
    }
}
