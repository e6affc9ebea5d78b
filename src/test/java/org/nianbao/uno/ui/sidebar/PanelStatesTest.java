package org.nianbao.uno.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.lib.uno.helper.WeakBase;
import org.junit.jupiter.api.Test;

/** When the deck's panels are set again for a document: the first time, and when it became (or stopped being) a report. */
class PanelStatesTest {
    @Test
    void aReportOpensCheckAnyOtherDocumentInsert() {
        assertEquals("NianbaoCheckPanel", PanelStates.panelFor(true));
        assertEquals("NianbaoInsertPanel", PanelStates.panelFor(false));
    }

    @Test
    void setOnceThenOnlyWhenTheDocumentBecomesAReport() {
        Object doc = new WeakBase();
        assertTrue(PanelStates.due(doc, false), "first seen");
        PanelStates.done(doc, false);
        assertFalse(PanelStates.due(doc, false), "the user's panels are left alone");
        assertTrue(PanelStates.due(doc, true), "the report was inserted and checked");
        PanelStates.done(doc, true);
        assertFalse(PanelStates.due(doc, true));
        assertTrue(PanelStates.due(new WeakBase(), true), "another document");
    }
}
