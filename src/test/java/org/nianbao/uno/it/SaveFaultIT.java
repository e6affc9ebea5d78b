package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XModifiable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * A failure injected at each stage of the save path (nianbao:test-fault): the document is still stored,
 * and re-opens with the user's content character for character in its text and tables (plus the totals
 * when the failure came after they were written); the failure is logged and, where the infobar still
 * works, shown.
 */
class SaveFaultIT {
    @ParameterizedTest
    @ValueSource(strings = {"binding", "recompute", "rules", "snapshot", "infobar", "sidebar"})
    void theSaveCompletesWithTheUsersContent(String stage) throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        XTextDocument doc = office.newWriterDocument();
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
            Report blank = Saving.read(doc);
            Map<String, String> typed = new LinkedHashMap<>(Filling.inputs());
            typed.put("apply.new.total", "99"); // a wrong total in table 三; table 四's totals blank: writes in two tables
            UnoDocumentAdapter.writeByKey(doc, blank, typed);
            XText text = doc.getText();
            text.insertString(text.getEnd(), "用户输入的正文：第" + stage + "段。", false);
            DocumentContent before = UnoDocumentAdapter.read(doc);
            Report bound = DocumentReader.read(before);
            XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            undo.clear();
            String[] undoBefore = undo.getAllUndoActionTitles();

            Saving.arm(office, doc, stage);
            Path odt = Saving.dir().resolve("fault-" + stage + ".odt");
            Files.deleteIfExists(odt);
            Saving.saveAs(doc, odt, "writer8");

            assertTrue(Files.size(odt) > 0, "stored");
            assertFalse(UnoRuntime.queryInterface(XModifiable.class, doc).isModified(), "the save completed");
            Map<String, Object> state = Saving.state(office, doc);
            String lastSave = String.valueOf(state.get("lastSave"));
            assertTrue(lastSave.contains(stage + " FAILED"), lastSave);

            boolean totalsWritten = !stage.equals("binding") && !stage.equals("recompute");
            String expected = totalsWritten ? Saving.canonicalWith(before, bound, Filling.totals()) : Saving.canonical(before);
            XTextDocument reopened = office.open(odt);
            try {
                assertEquals(expected, Saving.canonical(reopened), "text and tables as typed" + (totalsWritten ? ", totals written" : ""));
            } finally {
                office.close(reopened);
            }
            // the ODF reader sees the same cells
            Report stored = DocumentReader.read(OdfDocumentReader.read(odt));
            for (Map.Entry<String, String> e : typed.entrySet()) {
                if (!totalsWritten || !Filling.totals().containsKey(e.getKey())) assertEquals(e.getValue(), stored.cellText(e.getKey()), e.getKey());
            }
            if (totalsWritten) for (Map.Entry<String, String> e : Filling.totals().entrySet()) assertEquals(e.getValue(), stored.cellText(e.getKey()), e.getKey());

            if (stage.equals("recompute")) {
                assertArrayEquals(undoBefore, undo.getAllUndoActionTitles(), "the half-written totals were undone");
                assertFalse(undo.isRedoPossible(), "and are not offered for redo");
            }
            String snapshot = Saving.snapshotInMeta(odt);
            if (stage.equals("binding") || stage.equals("snapshot")) {
                assertNull(snapshot, "no snapshot when " + stage + " failed");
            } else {
                assertNotNull(snapshot);
                assertEquals(stored.cellTexts(), Snapshot.fromJson(snapshot).values(), "the snapshot is what was stored");
            }
            String notice = Saving.lastNotice(office, doc);
            switch (stage) {
                case "infobar":
                    assertEquals("", notice, "no infobar");
                    assertEquals(Boolean.TRUE, state.get("onBoard"), "the sidebar still gets the result");
                    break;
                case "sidebar":
                    assertTrue(notice.startsWith("Checked on save: "), notice);
                    assertEquals(Boolean.FALSE, state.get("onBoard"), "not published");
                    break;
                default:
                    assertTrue(notice.contains("Checking on save failed while " + stageText(stage)
                            + " (org.nianbao.uno.session.FaultPoints$InjectedFault: fault injected at stage " + stage + "); the document was saved with your content."), notice);
                    break;
            }
        } finally {
            office.close(doc);
        }
    }

    private static String stageText(String stage) {
        switch (stage) {
            case "binding": return "finding the tables";
            case "recompute": return "recomputing the totals";
            case "rules": return "checking the rules";
            default: return "storing the snapshot";
        }
    }
}
