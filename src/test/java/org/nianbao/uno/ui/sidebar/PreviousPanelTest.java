package org.nianbao.uno.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Report;
import org.nianbao.uno.UiText;
import org.nianbao.uno.session.Sessions;
import org.nianbao.uno.session.Sessions.LastYear.FileState;

/** The 上年报告 picker opens in the document's folder; the panel says what is kept in the document. */
class PreviousPanelTest {
    @Test
    void folderOfTheDocument() {
        assertEquals("file:///srv/reports/2024", PreviousPanel.folderOf("file:///srv/reports/2024/%E5%B9%B4%E6%8A%A5.odt"));
        assertNull(PreviousPanel.folderOf(""), "an unsaved document: the picker's default");
        assertNull(PreviousPanel.folderOf(null));
        assertNull(PreviousPanel.folderOf("private:factory/swriter"));
    }

    @Test
    void whatIsKeptInTheDocument() {
        UiText zh = UiText.of("zh");
        Report r = new Report().agency("示例市司法局").year(2023);
        String url = "file:///srv/2023%E5%B9%B4%E6%8A%A5.docx";
        assertEquals("尚未选择上年报告。", PreviousPanel.current(zh, null));
        assertEquals("", PreviousPanel.stored(zh, null));
        assertEquals("上年报告：2023年报.docx（2023 年）", PreviousPanel.current(zh, new Sessions.LastYear(url, r, true, false, FileState.UNCHANGED)));
        assertEquals("示例市司法局 · 已保存在本文档中", PreviousPanel.stored(zh, new Sessions.LastYear(url, r, true, false, FileState.UNCHANGED)));
        Sessions.LastYear newer = new Sessions.LastYear(url, r, true, false, FileState.NEWER);
        assertEquals("示例市司法局 · 已保存在本文档中\n文件已修改，仍用保存的数值", PreviousPanel.stored(zh, newer));
        assertEquals("该文件在读取后已被修改，仍使用保存在本文档中的数值；如需重新读取，请点击“更换…”。", PreviousPanel.storedHelp(zh, newer));
        Sessions.LastYear missing = new Sessions.LastYear(url, new Report().year(2023), true, true, FileState.MISSING);
        assertEquals("已保存在本文档中\n原文件不在此处，用保存的数值；未保存正文（超过 256 KB）", PreviousPanel.stored(zh, missing));
        assertTrue(PreviousPanel.storedHelp(zh, missing).contains("Y-COPY"), PreviousPanel.storedHelp(zh, missing));
        assertEquals("", PreviousPanel.storedHelp(zh, new Sessions.LastYear(url, r, true, false, FileState.UNCHANGED)));
        assertEquals("仅用于本次编辑，未保存在文档中。", PreviousPanel.stored(zh, new Sessions.LastYear(url, r)));
        assertEquals("Example Bureau · kept in this document",
                PreviousPanel.stored(UiText.of("en"), new Sessions.LastYear(url, new Report().agency("Example Bureau"), true, false, FileState.UNKNOWN)));
    }
}
