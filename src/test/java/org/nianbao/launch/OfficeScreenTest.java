package org.nianbao.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The Xvfb screen size of {@link Office.Options#screen} and the system property nianbao.screen. */
class OfficeScreenTest {
    @Test
    void sizesAreWidthByHeight() {
        assertEquals("1366x768", Office.checkedScreen("1366x768"));
        assertEquals("1920x1080", Office.checkedScreen("1920x1080"));
        for (String bad : new String[] {null, "", "1366", "1366×768", "x768", "0x0", "1366x768x24", "99x99"}) {
            assertThrows(IllegalArgumentException.class, () -> Office.checkedScreen(bad), String.valueOf(bad));
        }
    }

    @Test
    void theSystemPropertyIsTheDefault() throws Exception {
        String old = System.getProperty(Office.SCREEN_PROPERTY);
        try {
            System.clearProperty(Office.SCREEN_PROPERTY);
            assertEquals(Office.DEFAULT_SCREEN, Office.defaultScreen());
            System.setProperty(Office.SCREEN_PROPERTY, " ");
            assertEquals(Office.DEFAULT_SCREEN, Office.defaultScreen(), "empty, as failsafe passes an unset property");
            System.setProperty(Office.SCREEN_PROPERTY, "1920x1080");
            assertEquals("1920x1080", Office.defaultScreen());
            assertEquals("1366x768", new Office.Options().screen("1366x768").screen);
        } finally {
            if (old == null) System.clearProperty(Office.SCREEN_PROPERTY);
            else System.setProperty(Office.SCREEN_PROPERTY, old);
        }
    }
}
