package org.nianbao.uno.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.PreviousReport;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.odf.VariantFixtures;

/**
 * Last year's report kept in the document (issue 10): stored when chosen, restored by the session of the
 * reopened document (also where the file is absent or newer), ignored when damaged, removed as one undo step.
 */
class LastYearStoreTest {
    private static final String NOWHERE = "file:///nowhere/%E4%B8%8A%E5%B9%B4/2023.odt";

    private static Report read(FakeDocument doc) {
        return DocumentReader.read(doc.read(new ArrayList<>()));
    }

    private static Report lastYear() throws Exception {
        return read(FakeDocument.report(VariantFixtures.balancedValues(), "示例市司法局", 2023));
    }

    /** This year's report: carried over ≠ last year's carried forward in some columns (P-1). */
    private static FakeDocument thisYear() throws Exception {
        return FakeDocument.report(VariantFixtures.balancedValues());
    }

    private static List<String> crossYear(ActionResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.result.evaluation.findings()) {
            if (f.rule.equals("P-1") || f.rule.equals("P-10") || f.rule.equals("Y-COPY")) out.add(f.rule + " " + f.key + " " + f.expected);
        }
        return out;
    }

    @Test
    void keptInTheDocumentAndRestoredWhenItIsReopenedWithoutTheFile() throws Exception {
        FakeDocument doc = thisYear();
        ReportSession s = new ReportSession(doc);
        ActionResult used = s.useLastYear(NOWHERE, lastYear());
        List<String> expected = crossYear(used);
        assertTrue(expected.stream().anyMatch(f -> f.startsWith("P-1 ")), expected.toString());
        assertTrue(used.lastYear.stored);
        assertTrue(doc.modified, "the next save stores it");
        PreviousReport kept = PreviousReport.fromJson(doc.previous);
        assertEquals(NOWHERE, kept.url);
        assertEquals(Integer.valueOf(2023), kept.year);
        assertEquals(lastYear().cellTexts(), kept.values());

        doc.modified = false; // saved, closed, opened on another machine: a new session, the file absent
        ReportSession reopened = new ReportSession(doc);
        Sessions.LastYear restored = reopened.lastYear();
        assertNotNull(restored);
        assertTrue(restored.stored);
        assertEquals(Sessions.LastYear.FileState.MISSING, restored.fileState);
        assertEquals("2023.odt", restored.fileName());
        assertEquals(Integer.valueOf(2023), restored.report.year());
        assertEquals(expected, crossYear(reopened.check()));
        assertFalse(doc.modified, "restoring changes nothing");
        assertEquals(List.of(), doc.undoTitles);
    }

    @Test
    void aNewerFileIsNotReadAgain(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("2023年.odt"), "stands for last year's report");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_000L));
        String url = file.toUri().toString();
        FakeDocument doc = thisYear();
        ActionResult used = new ReportSession(doc).useLastYear(url, lastYear());
        assertEquals(Sessions.LastYear.FileState.UNCHANGED, used.lastYear.fileState);
        assertEquals(1_700_000_000_000L, PreviousReport.fromJson(doc.previous).modified);

        assertEquals(Sessions.LastYear.FileState.UNCHANGED, new ReportSession(doc).lastYear().fileState);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_600_000L)); // edited since
        ReportSession reopened = new ReportSession(doc);
        assertEquals(Sessions.LastYear.FileState.NEWER, reopened.lastYear().fileState);
        assertEquals(crossYear(used), crossYear(reopened.check()), "the stored values, not the file's");
    }

    @Test
    void aDamagedOrHandEditedValueIsIgnored() throws Exception {
        FakeDocument doc = thisYear();
        new ReportSession(doc).useLastYear(NOWHERE, lastYear());
        String json = doc.previous;
        String edited = json.replaceFirst("\"apply\\.carry_forward\\.natural_person\":\"(\\d+)\"", "\"apply.carry_forward.natural_person\":\"99\"");
        assertFalse(edited.equals(json));
        for (String bad : new String[] {edited, json.substring(0, 200), "", "{\"nianbao_previous\":7}"}) {
            doc.previous = bad;
            ReportSession s = new ReportSession(doc); // never throws
            assertNull(s.lastYear(), bad);
            assertEquals(List.of(), crossYear(s.check()));
            assertEquals(bad, doc.previous, "left as it is");
        }
    }

    @Test
    void removedAsOneUndoStep() throws Exception {
        FakeDocument doc = thisYear();
        ReportSession s = new ReportSession(doc);
        assertEquals("previous.removeNone", assertThrows(ReportSession.Refused.class, () -> s.removeLastYear("Remove")).messageKey);
        List<String> expected = crossYear(s.useLastYear(NOWHERE, lastYear()));
        String json = doc.previous;
        doc.modified = false;

        ActionResult removed = s.removeLastYear("Remove");
        assertEquals(ActionResult.Kind.PREVIOUS_REMOVED, removed.kind);
        assertTrue(removed.undoable);
        assertEquals("2023.odt", removed.lastYear.fileName());
        assertNull(doc.previous);
        assertTrue(doc.modified);
        assertNull(s.lastYear());
        assertEquals(List.of(), crossYear(removed));
        assertEquals(List.of("Remove"), doc.undoTitles, "one undo step");
        assertNull(new ReportSession(doc).lastYear(), "gone after reopening too");

        doc.undoLast();
        assertEquals(json, doc.previous);
        assertNotNull(s.lastYear());
        assertEquals(expected, crossYear(s.check()));
    }

    @Test
    void withoutUndoItIsStillRemoved() throws Exception {
        FakeDocument doc = thisYear();
        doc.undoActions = false;
        ReportSession s = new ReportSession(doc);
        s.useLastYear(NOWHERE, lastYear());
        ActionResult removed = s.removeLastYear("Remove");
        assertFalse(removed.undoable);
        assertNull(doc.previous);
        assertNull(s.lastYear());
    }

    @Test
    void aReadOnlyDocumentKeepsItForTheSessionOnly() throws Exception {
        FakeDocument doc = thisYear();
        doc.readOnly = true;
        ReportSession s = new ReportSession(doc);
        ActionResult used = s.useLastYear(NOWHERE, lastYear());
        assertFalse(used.lastYear.stored);
        assertNull(doc.previous);
        assertFalse(doc.modified);
        assertTrue(crossYear(used).stream().anyMatch(f -> f.startsWith("P-1 ")));
    }
}
