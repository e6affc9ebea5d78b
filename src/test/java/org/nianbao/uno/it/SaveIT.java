package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XInfobarProvider;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.ExtensionFindings;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * The save path in a real LibreOffice: saving a report (Save As .odt, then Save) recomputes the totals as
 * one undo step, runs the rules, stores the snapshot and binding, shows the result in an infobar and on the
 * result board; what was stored is read back with the ODF reader and by re-opening it in Writer.
 */
class SaveIT {
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

    private XUndoManager undo(XTextDocument d) {
        return UnoRuntime.queryInterface(XUndoManagerSupplier.class, d).getUndoManager();
    }

    private boolean hasInfobar(XTextDocument d, String id) {
        XInfobarProvider bars = UnoRuntime.queryInterface(XInfobarProvider.class,
                UnoRuntime.queryInterface(XModel.class, d).getCurrentController());
        return bars != null && bars.hasInfobar(id);
    }

    private static String summary(Evaluation ev) {
        return ev.errorCount() == 0 && ev.warningCount() == 0 ? "Passed" : ev.errorCount() + " errors, " + ev.warningCount() + " warnings";
    }

    @Test
    void saveRecomputesAsOneUndoStepChecksAndStoresTheSnapshot() throws Exception {
        ReportInfo.setAgency(doc, "某某市司法局");
        ReportInfo.setYear(doc, 2024);
        Report blank = Saving.read(doc);
        UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
        XUndoManager undo = undo(doc);
        undo.clear();

        Path odt = Saving.dir().resolve("saved-report.odt");
        Files.deleteIfExists(odt);
        Saving.saveAs(doc, odt, "writer8");

        // one undo step: the recompute
        assertEquals(1, undo.getAllUndoActionTitles().length, String.join(", ", undo.getAllUndoActionTitles()));
        assertEquals("Recompute totals", undo.getAllUndoActionTitles()[0]);

        // the stored file, read with the ODF reader (no LibreOffice): labels, values and recomputed totals
        Report stored = DocumentReader.read(OdfDocumentReader.read(odt));
        for (TableId t : TableId.values()) assertTrue(stored.hasTable(t), t + " in the stored file");
        for (Map.Entry<String, String> e : Filling.inputs().entrySet()) assertEquals(e.getValue(), stored.cellText(e.getKey()).trim(), e.getKey());
        for (Map.Entry<String, String> e : Filling.totals().entrySet()) assertEquals(e.getValue(), stored.cellText(e.getKey()).trim(), e.getKey());
        assertEquals("某某市司法局", stored.agency());
        for (Finding f : stored.readingFindings()) assertFalse(f.rule.equals("L-LABEL") || f.rule.startsWith("T-"), "labels as official: " + f);

        // the snapshot in meta.xml: every bound cell's text, agency, year, binding, a matching checksum
        String json = Saving.snapshotInMeta(odt);
        assertNotNull(json, "snapshot in meta.xml");
        Snapshot snap = Snapshot.fromJson(json);
        assertTrue(snap.intact());
        assertEquals(ReportSchema.FORMAT_ID, snap.format);
        assertEquals("某某市司法局", snap.agency);
        assertEquals(Integer.valueOf(2024), snap.year);
        assertEquals(stored.cellTexts(), snap.values(), "snapshot = the stored tables");
        assertTrue(snap.diff(stored).isEmpty());
        assertEquals(ReportSchema.get().cells().size(), snap.values().size(), "every cell of the three tables");
        assertEquals("Nianbao_T3", snap.binding("apply.results.total.total")[0]);
        assertEquals(Saving.read(doc).location("apply.results.total.total").cellId, snap.binding("apply.results.total.total")[1]);

        // the result: infobar on the document, notice text, result board
        Evaluation expected = Checker.check(stored, null, Profile.national());
        Map<String, Object> state = Saving.state(office, doc);
        String notice = Saving.lastNotice(office, doc);
        assertTrue(notice.startsWith("Checked on save: " + summary(expected)), notice);
        assertTrue(notice.contains("Totals recomputed: " + Filling.totals().size() + " cells updated."), notice);
        assertTrue(hasInfobar(doc, "org.nianbao.writer"), "infobar shown");
        assertEquals(Boolean.TRUE, state.get("onBoard"));
        assertEquals(expected.findings().size(), Saving.strings(state, "findings").size(), Saving.strings(state, "findings").toString());
        assertTrue(String.valueOf(state.get("lastSave")).matches("OnSaveAs: binding [\\d.]+ ms recompute [\\d.]+ ms rules [\\d.]+ ms snapshot [\\d.]+ ms infobar [\\d.]+ ms sidebar [\\d.]+ ms; total [\\d.]+ ms"),
                String.valueOf(state.get("lastSave")));

        // undo after the recompute restores the old (blank) totals
        undo.undo();
        Report undone = Saving.read(doc);
        for (String key : Filling.totals().keySet()) assertEquals("", undone.cellText(key).trim(), "undo restores " + key);

        // Save again (OnSave): the totals come back, one undo step again; the snapshot survives reloading
        undo.clear();
        Saving.save(doc);
        assertEquals(1, undo.getAllUndoActionTitles().length);
        XTextDocument reopened = office.open(odt);
        try {
            String property = Saving.snapshotProperty(reopened);
            assertEquals(Saving.snapshotInMeta(odt), property);
            Report again = Saving.read(reopened);
            assertTrue(Snapshot.fromJson(property).diff(again).isEmpty());
            assertEquals(Snapshot.fromJson(property).values(), again.cellTexts());
            assertEquals(0, undo(reopened).getAllUndoActionTitles().length, "opening changes nothing");
            assertFalse(UnoRuntime.queryInterface(com.sun.star.util.XModifiable.class, reopened).isModified());
        } finally {
            office.close(reopened);
        }
    }

    @Test
    void aMistakeTypedIntoACellIsReportedOnSave() throws Exception {
        Report blank = Saving.read(doc);
        Map<String, String> in = new LinkedHashMap<>(Filling.inputs());
        in.put("apply.carry_forward.natural_person", "3"); // 一 + 二 ≠ 三（七） + 四 for 自然人
        in.put("active.art20_6.penalty.decisions", "50件"); // a unit typed with the number
        UnoDocumentAdapter.writeByKey(doc, blank, in);
        Saving.saveAs(doc, Saving.dir().resolve("mistake.odt"), "writer8");

        Report stored = DocumentReader.read(OdfDocumentReader.read(Saving.dir().resolve("mistake.odt")));
        Evaluation ev = Checker.check(stored, null, Profile.national());
        Finding off1 = ev.findings("apply.carry_forward.natural_person").stream().filter(f -> f.rule.equals("R-OFF-1")).findFirst().orElseThrow();
        Finding unit = ev.findings("active.art20_6.penalty.decisions").stream().filter(f -> f.rule.equals("C-NUM")).findFirst().orElseThrow();

        String notice = Saving.lastNotice(office, doc);
        assertTrue(notice.startsWith("Checked on save: " + summary(ev)), notice);
        assertTrue(ev.errorCount() > 0);
        assertTrue(notice.contains(off1.messageEn.substring(0, Math.min(40, off1.messageEn.length()))), notice); // the first error, cut to one line
        assertTrue(notice.endsWith("Details in the sidebar"), notice);
        List<String> findings = Saving.strings(Saving.state(office, doc), "findings");
        assertTrue(findings.contains("R-OFF-1 error apply.carry_forward.natural_person"), findings.toString());
        assertTrue(findings.contains("C-NUM " + unit.severity.id + " active.art20_6.penalty.decisions"), findings.toString());
    }

    @Test
    void aTypedWrongTotalIsOverwrittenAndReported() throws Exception {
        Report blank = Saving.read(doc);
        UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
        UnoDocumentAdapter.writeByKey(doc, blank, Map.of("apply.new.total", "99", "apply.carried_over.total", "1"));
        Path odt = Saving.dir().resolve("overwritten.odt");
        Saving.saveAs(doc, odt, "writer8");

        Report stored = DocumentReader.read(OdfDocumentReader.read(odt));
        assertEquals("12", stored.cellText("apply.new.total").trim(), "the computed total is stored");
        String notice = Saving.lastNotice(office, doc);
        String cell = ReportSchema.get().cell("apply.new.total").displayEn();
        assertTrue(notice.contains("These cells held a different value, which the computed total replaced (Undo restores it): " + cell), notice);
        assertFalse(notice.contains(ReportSchema.get().cell("apply.carried_over.total").displayEn()), "a right total is not rewritten: " + notice);
        List<String> findings = Saving.strings(Saving.state(office, doc), "findings");
        assertTrue(findings.contains(ExtensionFindings.OVERWRITTEN + " warning apply.new.total"), findings.toString());
        assertEquals(1, findings.stream().filter(f -> f.startsWith(ExtensionFindings.OVERWRITTEN)).count(), findings.toString());

        undo(doc).undo();
        assertEquals("99", Saving.read(doc).cellText("apply.new.total").trim(), "undo gives the typed value back");
    }

    @Test
    void savingAWriterDocumentWithoutTheTablesDoesNothing() throws Exception {
        XTextDocument plain = office.newWriterDocument();
        try {
            plain.getText().setString("一封普通的信。");
            Path odt = Saving.dir().resolve("plain.odt");
            Saving.saveAs(plain, odt, "writer8");
            assertNull(Saving.snapshotInMeta(odt));
            Map<String, Object> state = Saving.state(office, plain);
            assertEquals(Boolean.FALSE, state.get("onBoard"));
            assertNull(state.get("saves"), "no state kept for a document that is not a report");
            assertEquals(0, UnoRuntime.queryInterface(XUndoManagerSupplier.class, plain).getUndoManager().getAllUndoActionTitles().length - 1);
        } finally {
            office.close(plain);
        }
    }

    @Test
    void aReadOnlyDocumentIsLeftAlone() throws Exception {
        Report blank = Saving.read(doc);
        UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
        Path odt = Saving.dir().resolve("read-only-source.odt");
        // a copy (OnCopyTo: not a save, the save path does not run): totals blank, no snapshot
        UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(odt.toUri().toString(),
                new com.sun.star.beans.PropertyValue[] {OfficeRunner.prop("FilterName", "writer8")});
        assertNull(Saving.snapshotInMeta(odt), "storeToURL is not a save");
        XTextDocument ro = office.open(odt, OfficeRunner.prop("ReadOnly", true));
        try {
            assertTrue(UnoRuntime.queryInterface(XStorable.class, ro).isReadonly());
            String before = Saving.canonical(ro);
            Path copy = Saving.dir().resolve("read-only-saved-as.odt");
            Saving.saveAs(ro, copy, "writer8");
            assertNull(Saving.snapshotInMeta(copy), "nothing written into a read-only document");
            Report stored = DocumentReader.read(OdfDocumentReader.read(copy));
            assertEquals("", stored.cellText("apply.new.total").trim(), "no totals written");
            assertEquals(0, Saving.strings(Saving.state(office, ro), "notices").size());
            assertEquals(Boolean.FALSE, Saving.state(office, ro).get("onBoard"));
            XTextDocument back = office.open(copy);
            try {
                assertEquals(before, Saving.canonical(back));
            } finally {
                office.close(back);
            }
        } finally {
            office.close(ro);
        }
    }

    @Test
    void saveAsDocxWorksAndWarnsOnceWhatTheFormatKeeps() throws Exception {
        Report blank = Saving.read(doc);
        UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
        Path docx = Saving.dir().resolve("saved-report.docx");
        Files.deleteIfExists(docx);
        Saving.saveAs(doc, docx, "MS Word 2007 XML");

        Map<String, Object> state = Saving.state(office, doc);
        assertEquals(1, Saving.number(state, "formatWarnings"));
        List<String> notices = Saving.strings(state, "notices");
        String warning = notices.get(notices.size() - 1);
        assertTrue(warning.startsWith("Saved as Word 2007"), warning);
        assertTrue(warning.contains("keeps the text, the tables and their numbers"), warning);
        assertTrue(warning.contains("Save as ODF Text (.odt) to keep everything."), warning);
        assertTrue(notices.get(notices.size() - 2).startsWith("Checked on save: "), "the check ran before: " + notices);
        assertTrue(hasInfobar(doc, "org.nianbao.writer.format"));
        assertTrue(hasInfobar(doc, "org.nianbao.writer"));
        assertFalse(UnoRuntime.queryInterface(com.sun.star.util.XModifiable.class, doc).isModified(), "the warning changed nothing");

        Saving.save(doc); // Save again in .docx: no second warning
        assertEquals(1, Saving.number(Saving.state(office, doc), "formatWarnings"));
        assertEquals(2, Saving.number(Saving.state(office, doc), "saves"));

        XTextDocument word = office.open(docx);
        try {
            Report r = Saving.read(word);
            for (TableId t : TableId.values()) assertTrue(r.hasTable(t), t + " bound by labels after .docx");
            for (Map.Entry<String, String> e : Filling.inputs().entrySet()) assertEquals(e.getValue(), r.cellText(e.getKey()).trim(), e.getKey());
            for (Map.Entry<String, String> e : Filling.totals().entrySet()) assertEquals(e.getValue(), r.cellText(e.getKey()).trim(), e.getKey());
            // LibreOffice keeps the custom property in docProps/custom.xml; the table names of the binding are gone
            String json = Saving.snapshotProperty(word);
            assertNotNull(json, "LibreOffice's .docx keeps custom properties");
            assertFalse(r.location("apply.new.total").tableName.equals(Snapshot.fromJson(json).binding("apply.new.total")[0]),
                    "Word tables have no names: the binding's table names no longer match");
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(word, "nianbao:check").State);
            List<String> findings = Saving.strings(Saving.state(office, word), "findings");
            assertFalse(findings.stream().anyMatch(f -> f.startsWith(ExtensionFindings.SNAPSHOT)), findings.toString());
        } finally {
            office.close(word);
        }
    }

    @Test
    void withTrackChangesOnTheSaveReportsTotalsInsteadOfWritingThem() throws Exception {
        Report blank = Saving.read(doc);
        UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
        com.sun.star.beans.XPropertySet props = UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, doc);
        props.setPropertyValue("RecordChanges", true);
        assertEquals(0, redlines(doc));
        String before = Saving.canonical(doc);

        Path odt = Saving.dir().resolve("track-changes.odt");
        Saving.saveAs(doc, odt, "writer8");
        assertEquals(0, redlines(doc), "the save made no tracked change");
        assertEquals(before, Saving.canonical(doc), "and changed no text");
        String notice = Saving.lastNotice(office, doc);
        assertTrue(notice.contains("Track changes is on, so totals were not written on save: " + Filling.totals().size()
                + " totals differ from the computed values"), notice);
        List<String> findings = Saving.strings(Saving.state(office, doc), "findings");
        assertTrue(findings.contains("R-IMP-1 error apply.new.total"), findings.toString());
        Report stored = DocumentReader.read(OdfDocumentReader.read(odt));
        assertEquals("", stored.cellText("apply.new.total").trim());
        assertNotNull(Saving.snapshotInMeta(odt), "the snapshot is stored all the same");

        // Recompute totals, asked for, writes them as tracked changes the reviewer can accept
        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:recompute").State);
        assertTrue(redlines(doc) > 0, "recorded as changes");
        assertEquals("12", Saving.read(doc).cellText("apply.new.total").trim());
    }

    private static int redlines(XTextDocument d) throws Exception {
        com.sun.star.container.XEnumeration e = UnoRuntime.queryInterface(com.sun.star.container.XEnumerationAccess.class,
                UnoRuntime.queryInterface(com.sun.star.document.XRedlinesSupplier.class, d).getRedlines()).createEnumeration();
        int n = 0;
        while (e.hasMoreElements()) {
            e.nextElement();
            n++;
        }
        return n;
    }

    private List<String> overwrittenFindings() throws Exception {
        return Saving.strings(Saving.state(office, doc), "findings").stream().filter(f -> f.startsWith("X-OVERWRITTEN")).collect(java.util.stream.Collectors.toList());
    }

    /**
     * Issue 10, defect 3: X-OVERWRITTEN only for a value the user typed into a total. Totals the save wrote
     * itself (as stored at the last save) are replaced silently by the next save or recompute; a typed one is
     * named with old → new.
     */
    @Test
    void totalsWrittenBySaveAreNotTheUsersValues() throws Exception {
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Filling.inputs());
        Path odt = Saving.dir().resolve("overwritten.odt");
        Saving.saveAs(doc, odt, "writer8");
        String first = Saving.read(doc).cellText("apply.new.total").trim();
        assertEquals(Filling.totals().get("apply.new.total"), first, "the save wrote the total");

        // the user changes an input: the next save writes the new total without calling it overwritten
        int changed = Integer.parseInt(Filling.inputs().get("apply.new.natural_person")) + 4;
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Map.of("apply.new.natural_person", String.valueOf(changed)));
        Saving.save(doc);
        assertEquals(String.valueOf(Integer.parseInt(first) + 4), Saving.read(doc).cellText("apply.new.total").trim());
        assertTrue(overwrittenFindings().isEmpty(), overwrittenFindings()::toString);
        assertFalse(Saving.lastNotice(office, doc).contains("which the computed total replaced"), Saving.lastNotice(office, doc));

        // and the same for recompute
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Map.of("apply.new.natural_person", String.valueOf(changed + 1)));
        DispatchResultEvent r = office.dispatch(doc, "nianbao:recompute");
        assertEquals(DispatchResultState.SUCCESS, r.State);
        assertTrue(overwrittenFindings().isEmpty(), overwrittenFindings()::toString);

        // a total the user typed is named, old → new
        Saving.save(doc);
        String computed = Saving.read(doc).cellText("apply.new.total").trim();
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Map.of("apply.new.total", "777"));
        Saving.save(doc);
        assertEquals(computed, Saving.read(doc).cellText("apply.new.total").trim());
        assertEquals(List.of("X-OVERWRITTEN warning " + "apply.new.total"), overwrittenFindings());
        String notice = Saving.lastNotice(office, doc);
        assertTrue(notice.contains("777 → " + computed), notice);
    }
}
