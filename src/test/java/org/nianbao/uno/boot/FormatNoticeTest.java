package org.nianbao.uno.boot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nianbao.uno.UiText;

/**
 * Issue 10, defect 6: after a save as .docx the bar was cut mid-word and the advice was in the hidden part. The
 * bar's first text now holds the advice and fits one line of a 1366 px wide window; the full text is second.
 */
class FormatNoticeTest {
    /** 1366 px less the bar's icon, close button and margins (≈ 100 px), at 7 px per column (a CJK character is two). */
    private static final int ONE_LINE_COLUMNS = (1366 - 100) / 7;

    @Test
    void theAdviceFitsTheFirstLineInEachLanguage() {
        for (String lang : new String[] {"zh", "en"}) {
            String[] notice = SavePath.formatNotice(UiText.of(lang), "Word 2007–365");
            String primary = notice[0];
            assertTrue(primary.contains("Word 2007–365"), primary);
            assertTrue(primary.contains(".odt"), "the advice is in the shown part: " + primary);
            assertTrue(columns(primary) <= ONE_LINE_COLUMNS, columns(primary) + " columns: " + primary);
            assertTrue(primary.endsWith("。") || primary.endsWith("."), "a whole sentence: " + primary);
            // the full explanation would not fit: that is why it is second
            assertTrue(columns(notice[1]) > ONE_LINE_COLUMNS, notice[1]);
            assertTrue(notice[1].contains(".odt"), notice[1]);
        }
    }

    private static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) n += s.charAt(i) >= 0x2E80 ? 2 : 1;
        return n;
    }
}
