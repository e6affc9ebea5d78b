package org.nianbao.uno.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The 上年报告 picker opens in the document's folder. */
class PreviousPanelTest {
    @Test
    void folderOfTheDocument() {
        assertEquals("file:///srv/reports/2024", PreviousPanel.folderOf("file:///srv/reports/2024/%E5%B9%B4%E6%8A%A5.odt"));
        assertNull(PreviousPanel.folderOf(""), "an unsaved document: the picker's default");
        assertNull(PreviousPanel.folderOf(null));
        assertNull(PreviousPanel.folderOf("private:factory/swriter"));
    }
}
