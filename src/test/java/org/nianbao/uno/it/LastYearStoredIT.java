package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XStorable;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.XText;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XModifiable;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.PreviousReport;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * Last year's report kept in the document (issue 10): chosen through {@code nianbao:previous?url=}, saved as
 * .odt and as .docx, closed; last year's file moved away (another machine); reopened: the cross-year findings
 * (P-1, P-10, Y-COPY) are still produced from the values kept in the document. A file changed after it was
 * read is not read again. {@code nianbao:previous-remove} drops it as one undo step, and Undo brings it back.
 */
class LastYearStoredIT {
    /** This year's and last year's 一、总体情况: the same wording, so that Y-COPY reports the copy. */
    private static final String OVERVIEW = "本年度我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例，"
            + "持续推进决策、执行、管理、服务、结果公开，不断完善政府信息公开工作机制，切实保障人民群众知情权、参与权和监督权。";

    @Test
    void keptInOdtAndDocxAndUsedAfterReopeningWithoutTheFile() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        Path dir = dir("absent");
        Path lastYear = lastYearsReport(office, dir.resolve("上年报告 2023.docx"), Filling.inputs());
        Path odt = dir.resolve("本年报告.odt");
        Path docx = dir.resolve("本年报告.docx");

        List<String> expected;
        XTextDocument doc = thisYearsReport(office);
        try {
            assertTrue(crossYear(Saving.state(office, doc)).isEmpty(), "nothing to compare with yet");
            DispatchResultEvent r = office.dispatch(doc, "nianbao:previous?url=" + lastYear.toUri());
            assertEquals(DispatchResultState.SUCCESS, r.State, String.valueOf(r.Result));
            assertTrue(String.valueOf(r.Result).contains("已保存在本文档中") || String.valueOf(r.Result).contains("Kept in this document"),
                    String.valueOf(r.Result));
            Map<String, Object> state = Saving.state(office, doc);
            expected = crossYear(state);
            for (String rule : new String[] {"P-1 ", "P-10 ", "Y-COPY "}) {
                assertTrue(expected.stream().anyMatch(f -> f.startsWith(rule)), rule + "expected: " + expected);
            }
            assertEquals(Boolean.TRUE, lastYear(state).get("stored"));
            assertTrue(UnoRuntime.queryInterface(XModifiable.class, doc).isModified(), "the next save stores it");
            PreviousReport kept = PreviousReport.fromJson(property(doc));
            assertEquals(lastYear.toUri().toString(), kept.url);
            assertEquals(Integer.valueOf(2023), kept.year);
            assertEquals("示例市司法局", kept.agency);
            System.out.printf("LastYearStoredIT: %s is %d bytes%n", PreviousReport.PROPERTY, kept.bytes());

            Saving.saveAs(doc, odt, "writer8");
            Saving.saveAs(doc, docx, "MS Word 2007 XML"); // the same document, also as Word
        } finally {
            office.close(doc);
        }
        assertTrue(inZip(odt, "meta.xml").contains("meta:name=\"" + PreviousReport.PROPERTY + "\""), "in meta.xml");
        assertTrue(inZip(docx, "docProps/custom.xml").contains("name=\"" + PreviousReport.PROPERTY + "\""), "in custom.xml");

        Path moved = Files.move(lastYear, dir.resolve("moved away.docx"), StandardCopyOption.REPLACE_EXISTING);
        try {
            for (Path file : List.of(odt, docx)) {
                XTextDocument again = office.open(file);
                try {
                    Map<String, Object> state = Saving.state(office, again);
                    Map<String, Object> restored = lastYear(state);
                    assertEquals(Boolean.TRUE, restored.get("stored"), file + ": " + state);
                    assertEquals("MISSING", restored.get("fileState"), file.toString());
                    assertEquals(2023, ((java.math.BigDecimal) restored.get("year")).intValue());
                    assertFalse(UnoRuntime.queryInterface(XModifiable.class, again).isModified(), file + ": restoring changes nothing");
                    assertEquals(DispatchResultState.SUCCESS, office.dispatch(again, "nianbao:check").State);
                    assertEquals(expected, crossYear(Saving.state(office, again)), file.toString());
                } finally {
                    office.close(again);
                }
            }
        } finally {
            Files.move(moved, lastYear, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aFileChangedAfterItWasReadIsNotReadAgain() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        Path dir = dir("newer");
        Path lastYear = lastYearsReport(office, dir.resolve("2023.odt"), Filling.inputs());
        // the same report corrected later: its carried-forward numbers now equal this year's carried over (no P-1)
        Map<String, String> corrected = new LinkedHashMap<>(Filling.inputs());
        corrected.put("apply.carry_forward.natural_person", "1");
        corrected.put("apply.carry_forward.commercial", "0");
        corrected.put("apply.new.natural_person", "9");
        corrected.put("apply.new.commercial", "1");
        Path correctedFile = lastYearsReport(office, dir.resolve("2023 corrected.odt"), corrected);
        Path odt = dir.resolve("2024.odt");
        List<String> expected;
        XTextDocument doc = thisYearsReport(office);
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:previous?url=" + lastYear.toUri()).State);
            expected = crossYear(Saving.state(office, doc));
            assertTrue(expected.stream().anyMatch(f -> f.startsWith("P-1 ")), expected.toString());
            Saving.saveAs(doc, odt, "writer8");
        } finally {
            office.close(doc);
        }
        Files.copy(correctedFile, lastYear, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(lastYear, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        XTextDocument again = office.open(odt);
        try {
            assertEquals("NEWER", lastYear(Saving.state(office, again)).get("fileState"));
            office.dispatch(again, "nianbao:check");
            assertEquals(expected, crossYear(Saving.state(office, again)), "the values kept in the document, not the file's");
        } finally {
            office.close(again);
        }
    }

    @Test
    void removedAsOneUndoStepAndGoneAfterSaving() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        Path dir = dir("remove");
        Path lastYear = lastYearsReport(office, dir.resolve("2023.docx"), Filling.inputs());
        Path odt = dir.resolve("2024.odt");
        XTextDocument doc = thisYearsReport(office);
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:previous?url=" + lastYear.toUri()).State);
            List<String> expected = crossYear(Saving.state(office, doc));
            assertFalse(expected.isEmpty());
            Saving.saveAs(doc, odt, "writer8");
            String json = property(doc);
            assertFalse(UnoRuntime.queryInterface(XModifiable.class, doc).isModified());

            XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            undo.clear();
            DispatchResultEvent r = office.dispatch(doc, "nianbao:previous-remove");
            assertEquals(DispatchResultState.SUCCESS, r.State, String.valueOf(r.Result));
            assertEquals(1, undo.getAllUndoActionTitles().length, "one undo step");
            String title = undo.getCurrentUndoActionTitle();
            assertTrue(title.equals("移除上年报告") || title.equals("Remove last year's report"), title);
            Map<String, Object> state = Saving.state(office, doc);
            assertNull(state.get("lastYear"));
            assertEquals(List.of(), crossYear(state));
            assertNull(property(doc));
            assertTrue(UnoRuntime.queryInterface(XModifiable.class, doc).isModified());

            undo.undo();
            state = Saving.state(office, doc);
            assertNotNull(state.get("lastYear"), "Undo brings it back");
            assertEquals(json, property(doc));
            assertEquals(expected, crossYear(state), "and checks with it again");

            undo.redo();
            assertNull(Saving.state(office, doc).get("lastYear"), "Redo removes it again");
            assertNull(property(doc));
            assertEquals(DispatchResultState.FAILURE, office.dispatch(doc, "nianbao:previous-remove").State, "nothing left to remove");
            Saving.save(doc);
        } finally {
            office.close(doc);
        }
        assertFalse(inZip(odt, "meta.xml").contains(PreviousReport.PROPERTY), "not stored any more");
        XTextDocument again = office.open(odt);
        try {
            assertNull(Saving.state(office, again).get("lastYear"));
            office.dispatch(again, "nianbao:check");
            assertEquals(List.of(), crossYear(Saving.state(office, again)));
        } finally {
            office.close(again);
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Path dir(String name) throws Exception {
        Path d = Saving.dir().resolve("last-year-" + name);
        Files.createDirectories(d);
        return d;
    }

    /** The cross-year findings of the latest result ("rule severity key"). */
    private static List<String> crossYear(Map<String, Object> state) {
        List<String> out = new ArrayList<>();
        for (String f : Saving.strings(state, "findings")) {
            if (f.startsWith("P-1 ") || f.startsWith("P-10 ") || f.startsWith("Y-COPY ")) out.add(f);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lastYear(Map<String, Object> state) {
        Object v = state.get("lastYear");
        assertNotNull(v, "a last year's report: " + state);
        return (Map<String, Object>) v;
    }

    /** This year's report (2024): the filled tables of {@link Filling#inputs()} and {@link #OVERVIEW}; checked. */
    private static XTextDocument thisYearsReport(OfficeRunner office) throws Exception {
        XTextDocument doc = office.newWriterDocument();
        filled(office, doc, "示例市司法局", 2024, Filling.inputs());
        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:check").State);
        return doc;
    }

    /** Last year's report (2023) with the given inputs and {@link #OVERVIEW}, stored as .odt or .docx. */
    private static Path lastYearsReport(OfficeRunner office, Path file, Map<String, String> inputs) throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            filled(office, doc, "示例市司法局", 2023, inputs);
            String filter = file.toString().endsWith(".docx") ? "MS Word 2007 XML" : "writer8";
            UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(file.toUri().toString(), new PropertyValue[] {
                OfficeRunner.prop("FilterName", filter), OfficeRunner.prop("Overwrite", true)});
            return file;
        } finally {
            office.close(doc);
        }
    }

    private static void filled(OfficeRunner office, XTextDocument doc, String agency, int year, Map<String, String> inputs)
            throws Exception {
        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
        ReportInfo.setAgency(doc, agency);
        ReportInfo.setYear(doc, year);
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), inputs);
        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:recompute").State);
        writeUnderHeading(doc, "总体情况", OVERVIEW);
        assertTrue(Saving.read(doc).sectionText("overview").contains(OVERVIEW), "the text is read as 一's");
    }

    /** A paragraph of text right after the heading paragraph containing {@code heading} (before its guidance). */
    private static void writeUnderHeading(XTextDocument doc, String heading, String text) throws Exception {
        XText body = doc.getText();
        XEnumeration e = UnoRuntime.queryInterface(XEnumerationAccess.class, body).createEnumeration();
        boolean found = false;
        while (e.hasMoreElements()) {
            XTextContent c = UnoRuntime.queryInterface(XTextContent.class, e.nextElement());
            if (c == null || UnoRuntime.queryInterface(com.sun.star.text.XTextTable.class, c) != null) continue;
            XTextRange p = c.getAnchor();
            if (!found) {
                found = p.getString().contains(heading);
                continue;
            }
            XTextCursor at = body.createTextCursorByRange(p.getStart());
            body.insertString(at, text, false);
            body.insertControlCharacter(at, ControlCharacter.PARAGRAPH_BREAK, false);
            return;
        }
        throw new AssertionError("no paragraph after a heading " + heading);
    }

    /** The kept JSON in the document's user-defined properties, or null. */
    private static String property(XTextDocument doc) throws Exception {
        XPropertySet p = UnoRuntime.queryInterface(XPropertySet.class, UnoRuntime.queryInterface(
                XDocumentPropertiesSupplier.class, doc).getDocumentProperties().getUserDefinedProperties());
        return p.getPropertySetInfo().hasPropertyByName(PreviousReport.PROPERTY)
                ? String.valueOf(p.getPropertyValue(PreviousReport.PROPERTY)) : null;
    }

    private static String inZip(Path file, String entry) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            if (e == null) return "";
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
