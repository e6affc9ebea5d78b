package org.nianbao.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 10, defect 8: each house style has one English and one distinct Chinese name. */
class HouseStyleTest {
    private static final List<String> STYLES = List.of(HouseStyle.STYLE_TITLE, HouseStyle.STYLE_HEADING, HouseStyle.STYLE_BODY,
            HouseStyle.STYLE_GUIDANCE, HouseStyle.STYLE_TABLE_LABEL, HouseStyle.STYLE_TABLE_VALUE);

    @Test
    void chineseNamesInAChineseUi() {
        assertEquals("年报标题", HouseStyle.styleName(HouseStyle.STYLE_TITLE, "zh"));
        assertEquals("年报正文", HouseStyle.styleName(HouseStyle.STYLE_BODY, "zh"));
        Set<String> names = new HashSet<>();
        for (String s : STYLES) {
            assertEquals(s, HouseStyle.styleName(s, "en"));
            String zh = HouseStyle.styleName(s, "zh");
            assertEquals(true, zh.startsWith("年报"), zh);
            assertEquals(List.of(s, zh), HouseStyle.styleNames(s));
            names.add(zh);
        }
        assertEquals(STYLES.size(), names.size(), "distinct names " + names);
    }

    @Test
    void notAHouseStyle() {
        assertThrows(IllegalArgumentException.class, () -> HouseStyle.styleName("Standard", "zh"));
    }
}
