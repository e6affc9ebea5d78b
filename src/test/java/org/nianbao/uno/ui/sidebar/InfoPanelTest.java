package org.nianbao.uno.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class InfoPanelTest {

    @Test
    void yearsAsTyped() {
        assertEquals(Integer.valueOf(2024), InfoPanel.parseYear("2024"));
        assertEquals(Integer.valueOf(2024), InfoPanel.parseYear(" 2024 "));
        assertEquals(Integer.valueOf(2024), InfoPanel.parseYear("２０２４"));
        assertEquals(Integer.valueOf(2023), InfoPanel.parseYear("2023年"));
        assertEquals(Integer.valueOf(2023), InfoPanel.parseYear("2023年度"));
    }

    @Test
    void notYears() {
        for (String s : new String[] {null, "", "23", "20245", "二〇二四", "2024-", "年2024", "1999", "2101", "20 24"}) {
            assertNull(InfoPanel.parseYear(s), s);
        }
    }
}
