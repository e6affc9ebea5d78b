package org.nianbao.uno.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The 校验 list's rows at a pixel width, with a fake font: Chinese characters 14 px, others 7 px. */
class LineWrapTest {
    private static final LineWrap.Widths FONT = text -> {
        int[] dx = new int[text.length()];
        int x = 0;
        for (int i = 0; i < text.length(); i++) {
            x += text.charAt(i) >= 0x2E80 ? 14 : 7;
            dx[i] = x;
        }
        return dx;
    };

    private static int width(String row) {
        int[] dx = FONT.of(row);
        return dx.length == 0 ? 0 : dx[dx.length - 1];
    }

    @Test
    void aShortLineStaysOneRow() {
        assertEquals(List.of("【错误】表三：2 条"), LineWrap.wrap("【错误】表三：2 条", 300, FONT));
        assertEquals(List.of(""), LineWrap.wrap("", 300, FONT));
    }

    @Test
    void aLongLineWrapsIntoIndentedRowsNoneWiderThanTheWidth() {
        String line = "【错误】表三 一、本年新收政府信息公开申请数量 / 总计：应为 12，实为 13。总计应等于本行各类申请人之和。";
        List<String> rows = LineWrap.wrap(line, 200, FONT);
        assertTrue(rows.size() >= 3, rows.toString());
        StringBuilder joined = new StringBuilder(rows.get(0));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i).startsWith(LineWrap.INDENT), rows.get(i));
            joined.append(rows.get(i).substring(LineWrap.INDENT.length()));
        }
        assertEquals(line, joined.toString(), "nothing lost, nothing added");
        for (String r : rows) assertTrue(width(r) <= 200, r + " is " + width(r) + " px");
    }

    @Test
    void noRowStartsWithClosingPunctuationOrCutsANumber() {
        // 14 px per character: the row ends after 10 characters, where "，" would start the next row
        List<String> rows = LineWrap.wrap("一二三四五六七八九十，十一十二", 140, FONT);
        assertEquals("一二三四五六七八九", rows.get(0));
        assertEquals(LineWrap.INDENT + "十，十一十二", rows.get(1));
        List<String> number = LineWrap.wrap("应为 123456，实为 7", 60, FONT);
        assertEquals("应为 ", number.get(0), "the number moves to the next row whole");
        assertTrue(number.get(1).startsWith(LineWrap.INDENT + "123456"), number.toString());
    }

    @Test
    void aCharacterWiderThanTheWidthGetsARowOfItsOwn() {
        assertEquals(List.of("一", LineWrap.INDENT + "二"), LineWrap.wrap("一二", 5, FONT));
    }
}
