package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * Several reports open at once: each save and check keeps its result with its own document, and closing the
 * documents releases everything the extension kept for them (result board entries, document states; the
 * extension adds no per-document UNO listener, only its one global listener, which stays).
 */
class SaveDocumentsIT {
    @Test
    void resultsStayWithTheirDocumentsAndClosingReleasesEverything() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        XTextDocument probe = office.newWriterDocument(); // asks for the counts; not a report, nothing kept for it
        try {
            Map<String, Object> base = Saving.state(office, probe);
            assertEquals(Boolean.TRUE, base.get("saveListener"));
            List<XTextDocument> docs = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            String[] wrongCells = {"apply.carry_forward.natural_person", "apply.carry_forward.commercial", "apply.carry_forward.research"}; // R-OFF-1 errors a recompute cannot fix
            try {
                for (int i = 0; i < 3; i++) {
                    XTextDocument d = office.newWriterDocument();
                    docs.add(d);
                    assertEquals(DispatchResultState.SUCCESS, office.dispatch(d, "nianbao:insert?part=report").State);
                    Map<String, String> in = new LinkedHashMap<>(Filling.inputs());
                    in.put(wrongCells[i], "9"); // a different mistake in each
                    UnoDocumentAdapter.writeByKey(d, Saving.read(d), in);
                }
                for (int i = 0; i < 3; i++) {
                    Path odt = Saving.dir().resolve("several-" + i + ".odt");
                    files.add(odt);
                    Saving.saveAs(docs.get(i), odt, "writer8");
                    assertEquals(DispatchResultState.SUCCESS, office.dispatch(docs.get(i), "nianbao:check").State);
                }
                Map<String, Object> open = Saving.state(office, probe);
                assertEquals(Saving.number(base, "boardDocuments") + 3, Saving.number(open, "boardDocuments"), open.toString());
                assertEquals(Saving.number(base, "documentStates") + 3, Saving.number(open, "documentStates"), open.toString());
                assertEquals(Saving.number(base, "boardListeners"), Saving.number(open, "boardListeners"));
                for (int i = 0; i < 3; i++) {
                    String own = wrongCells[i];
                    List<String> findings = Saving.strings(Saving.state(office, docs.get(i)), "findings");
                    assertTrue(findings.stream().anyMatch(f -> f.endsWith(" " + own)), i + ": " + findings);
                    for (String other : wrongCells) {
                        if (!other.equals(own)) assertFalse(findings.stream().anyMatch(f -> f.endsWith(" " + other)), i + ": " + findings);
                    }
                }
            } finally {
                for (XTextDocument d : docs) office.close(d);
            }
            Map<String, Object> closed = Saving.state(office, probe);
            assertEquals(Saving.number(base, "boardDocuments"), Saving.number(closed, "boardDocuments"), closed.toString());
            assertEquals(Saving.number(base, "documentStates"), Saving.number(closed, "documentStates"), closed.toString());
            assertEquals(Saving.number(base, "boardListeners"), Saving.number(closed, "boardListeners"));

            // opening reports with a snapshot keeps a state (the comparison at opening); closing drops it
            List<XTextDocument> reopened = new ArrayList<>();
            try {
                for (Path f : files) reopened.add(office.open(f));
                assertEquals(Saving.number(base, "documentStates") + 3, Saving.number(Saving.state(office, probe), "documentStates"));
            } finally {
                for (XTextDocument d : reopened) office.close(d);
            }
            Map<String, Object> end = Saving.state(office, probe);
            assertEquals(Saving.number(base, "documentStates"), Saving.number(end, "documentStates"), end.toString());
            assertEquals(Saving.number(base, "boardDocuments"), Saving.number(end, "boardDocuments"), end.toString());
            assertEquals(Boolean.TRUE, end.get("saveListener"), "the one global listener stays");
        } finally {
            office.close(probe);
        }
    }
}
