package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * Issue 10, defect 3: X-OVERWRITTEN only for a value the user typed into a total. Totals the save wrote
 * itself (as stored at the last save) are replaced silently by the next save or recompute; a typed one is
 * named with old → new.
 */
class OverwrittenIT {
    private static final String INPUT = "apply.new.natural_person";
    private static final String TOTAL = "apply.new.total";

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

    private List<String> overwrittenFindings() throws Exception {
        return Saving.strings(Saving.state(office, doc), "findings").stream().filter(f -> f.startsWith("X-OVERWRITTEN")).collect(java.util.stream.Collectors.toList());
    }

    @Test
    void totalsWrittenBySaveAreNotTheUsersValues() throws Exception {
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Filling.inputs());
        Path odt = Saving.dir().resolve("overwritten.odt");
        Saving.saveAs(doc, odt, "writer8");
        String first = Saving.read(doc).cellText(TOTAL).trim();
        assertEquals(Filling.totals().get(TOTAL), first, "the save wrote the total");

        // the user changes an input: the next save writes the new total without calling it overwritten
        int changed = Integer.parseInt(Filling.inputs().get(INPUT)) + 4;
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Map.of(INPUT, String.valueOf(changed)));
        Saving.save(doc);
        assertEquals(String.valueOf(Integer.parseInt(first) + 4), Saving.read(doc).cellText(TOTAL).trim());
        assertTrue(overwrittenFindings().isEmpty(), overwrittenFindings()::toString);
        assertFalse(Saving.lastNotice(office, doc).contains("which the computed total replaced"), Saving.lastNotice(office, doc));

        // and the same for recompute
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Map.of(INPUT, String.valueOf(changed + 1)));
        DispatchResultEvent r = office.dispatch(doc, "nianbao:recompute");
        assertEquals(DispatchResultState.SUCCESS, r.State);
        assertTrue(overwrittenFindings().isEmpty(), overwrittenFindings()::toString);

        // a total the user typed is named, old → new
        Saving.save(doc);
        String computed = Saving.read(doc).cellText(TOTAL).trim();
        UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Map.of(TOTAL, "777"));
        Saving.save(doc);
        assertEquals(computed, Saving.read(doc).cellText(TOTAL).trim());
        assertEquals(List.of("X-OVERWRITTEN warning " + TOTAL), overwrittenFindings());
        String notice = Saving.lastNotice(office, doc);
        assertTrue(notice.contains("777 → " + computed), notice);
    }
}
