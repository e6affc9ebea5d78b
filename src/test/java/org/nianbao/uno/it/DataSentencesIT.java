package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XModel;
import com.sun.star.text.XParagraphCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextViewCursor;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.bound.DataSentences;
import org.nianbao.core.model.BoundNumber;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * 插入数据句 and 绑定到表格数据 in a real Writer (issue 10): the sentences inserted at the cursor as one undo step,
 * every number a bookmark bound to its key; a changed input rewrites the number in the save that rewrites the
 * totals; the bindings survive .odt and .docx round trips (and our own .docx reader sees them); a typed number
 * bound by selecting it follows the tables after a recompute.
 */
class DataSentencesIT {
    private static final String INPUT = "apply.new.natural_person";

    private static XTextViewCursor viewCursor(XTextDocument doc) {
        return UnoRuntime.queryInterface(XTextViewCursorSupplier.class,
                UnoRuntime.queryInterface(XModel.class, doc).getCurrentController()).getViewCursor();
    }

    /** Puts the cursor at the end of the first paragraph holding {@code text}. */
    private static XTextRange cursorAfter(XTextDocument doc, String text) {
        com.sun.star.util.XSearchable search = UnoRuntime.queryInterface(com.sun.star.util.XSearchable.class, doc);
        com.sun.star.util.XSearchDescriptor d = search.createSearchDescriptor();
        d.setSearchString(text);
        XTextRange found = UnoRuntime.queryInterface(XTextRange.class, search.findFirst(d));
        assertNotNull(found, text);
        XTextViewCursor view = viewCursor(doc);
        view.gotoRange(found.getEnd(), false);
        return found;
    }

    private static Map<String, String> byKey(Report r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (BoundNumber b : r.boundNumbers()) out.put(b.key, b.text);
        return out;
    }

    private static Map<String, String> expected(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : DataSentences.keys()) {
            java.math.BigDecimal v = org.nianbao.core.bound.BoundKey.value(key,
                    k -> values.containsKey(k) ? new java.math.BigDecimal(values.get(k).trim()) : null);
            out.put(key, DataSentences.text(v));
        }
        return out;
    }

    @Test
    void dataSentencesFollowTheTablesThroughSaveAndSurviveOdtAndDocx() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        XTextDocument doc = office.newWriterDocument();
        Path odt = Saving.dir().resolve("data-sentences.odt");
        Path docx = Saving.dir().resolve("data-sentences.docx");
        Files.deleteIfExists(docx);
        Map<String, String> values = new LinkedHashMap<>(Filling.inputs());
        values.putAll(Filling.totals());
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
            UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Filling.inputs());
            Saving.saveAs(doc, odt, "writer8"); // the save writes the totals

            cursorAfter(doc, "一、总体情况");
            XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            DispatchResultEvent r = office.dispatch(doc, "nianbao:insert-data-sentences");
            assertEquals(DispatchResultState.SUCCESS, r.State, String.valueOf(r.Result));
            assertTrue(List.of("插入数据句", "Insert data sentences").contains(undo.getCurrentUndoActionTitle()),
                    "one undo step of ours on top: " + undo.getCurrentUndoActionTitle());
            Report inserted = Saving.read(doc);
            assertEquals(expected(values), byKey(inserted));
            assertTrue(inserted.boundNumbers().stream().allMatch(b -> b.sectionKey.equals("overview")), inserted.boundNumbers().toString());
            assertTrue(inserted.sectionText("overview").startsWith("本年度共收到政府信息公开申请" + values.get("apply.new.total") + "件，"),
                    inserted.sectionText("overview"));
            List<String> findings = Saving.strings(Saving.state(office, doc), "findings");
            assertFalse(findings.stream().anyMatch(f -> f.startsWith("P-2") || f.startsWith("X-BOUND")), findings.toString());

            undo.undo();
            assertTrue(Saving.read(doc).boundNumbers().isEmpty(), "undo takes the sentences back");
            undo.redo();
            assertEquals(expected(values), byKey(Saving.read(doc)));

            // the clerk corrects an input; the save rewrites the totals and the numbers quoting them, in one step
            Map<String, String> changed = new LinkedHashMap<>(values);
            int more = Integer.parseInt(values.get(INPUT).trim()) + 7;
            changed.put(INPUT, String.valueOf(more));
            changed.put("apply.new.total", String.valueOf(Integer.parseInt(values.get("apply.new.total").trim()) + 7));
            changed.put("apply.new.natural_person", String.valueOf(more));
            UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Map.of(INPUT, String.valueOf(more)));
            Saving.save(doc);
            Report saved = Saving.read(doc);
            assertEquals(changed.get("apply.new.total"), byKey(saved).get("apply.new.total"));
            assertEquals(changed.get("apply.new.total"), saved.cellText("apply.new.total").trim());

            Saving.saveAs(doc, docx, "MS Word 2007 XML");
        } finally {
            office.close(doc);
        }
        Map<String, String> after = new LinkedHashMap<>(values);
        after.put(INPUT, String.valueOf(Integer.parseInt(values.get(INPUT).trim()) + 7));
        after.put("apply.new.total", String.valueOf(Integer.parseInt(values.get("apply.new.total").trim()) + 7));
        after.put("apply.new.natural_person", after.get(INPUT));
        Map<String, String> want = expected(after);

        for (Path file : new Path[] {odt, docx}) {
            XTextDocument again = office.open(file);
            try {
                assertEquals(want, byKey(Saving.read(again)), file.getFileName() + " keeps the bound numbers");
            } finally {
                office.close(again);
            }
        }
        // the CLI's readers, without LibreOffice, see the same bindings
        Report native_ = DocumentReader.read(org.nianbao.docx.DocxDocumentReader.read(docx));
        assertEquals(want, byKey(native_), "our .docx reader");
        Report fromOdt = DocumentReader.read(org.nianbao.odf.OdfDocumentReader.read(Files.readAllBytes(odt)));
        assertEquals(want.keySet(), byKey(fromOdt).keySet(), "our .odt reader");
    }

    @Test
    void aTypedNumberSelectedAndBoundFollowsTheTables() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        XTextDocument doc = office.newWriterDocument();
        try {
            Map<String, String> all = Filling.insertFilledReport(office, doc);
            XTextRange heading = cursorAfter(doc, "一、总体情况");
            XTextViewCursor view = viewCursor(doc);
            doc.getText().insertControlCharacter(view, com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK, false);
            doc.getText().insertString(view, "本机关被申请行政复议 99 件。", false);
            office.dispatch(doc, "nianbao:check");
            assertTrue(Saving.strings(Saving.state(office, doc), "findings").stream().anyMatch(f -> f.startsWith("P-2")),
                    "the typed wrong number is P-2 before it is bound");

            // select “99”: from the end of the paragraph, left over “ 件。” then two characters
            com.sun.star.text.XTextCursor t = doc.getText().createTextCursorByRange(view.getEnd());
            UnoRuntime.queryInterface(XParagraphCursor.class, t).gotoEndOfParagraph(false);
            t.goLeft((short) 3, false);
            t.goLeft((short) 2, true);
            assertEquals("99", t.getString());
            view.gotoRange(t.getEnd(), false);
            view.gotoRange(t.getStart(), true);
            assertEquals("99", view.getString());
            DispatchResultEvent bound = office.dispatch(doc, "nianbao:bind-number?key=appeal.review.total");
            assertEquals(DispatchResultState.SUCCESS, bound.State, String.valueOf(bound.Result));
            List<String> findings = Saving.strings(Saving.state(office, doc), "findings");
            assertTrue(findings.stream().anyMatch(f -> f.startsWith("X-BOUND")), findings.toString());
            assertFalse(findings.stream().anyMatch(f -> f.startsWith("P-2")), findings.toString());

            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:recompute").State);
            Report r = Saving.read(doc);
            assertEquals(Map.of("appeal.review.total", all.get("appeal.review.total").trim()), byKey(r));
            assertTrue(r.sectionText("overview").contains("本机关被申请行政复议 " + all.get("appeal.review.total").trim() + " 件。"),
                    r.sectionText("overview"));
            assertFalse(Saving.strings(Saving.state(office, doc), "findings").stream().anyMatch(f -> f.startsWith("X-BOUND")));
            heading.getString(); // keep the range alive until here
        } finally {
            office.close(doc);
        }
    }
}
