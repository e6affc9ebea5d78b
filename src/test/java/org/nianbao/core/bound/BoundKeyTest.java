package org.nianbao.core.bound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.BoundSpan;

class BoundKeyTest {
    private static final int[] SERIALS = {0, 1, 9, 12, 345, 999_999};

    @Test
    void everyKeyHasAWordSafeNameThatDecodesToIt() {
        Map<String, String> seen = new HashMap<>();
        for (String key : BoundKey.keys()) {
            for (int serial : SERIALS) {
                String name = BoundKey.name(key, serial);
                assertTrue(name.length() <= BoundKey.MAX_NAME, name + " is longer than Word allows");
                assertTrue(name.matches("[A-Za-z][A-Za-z0-9_]*"), name);
                assertTrue(BoundSpan.isOurs(name), name);
                assertEquals(key, BoundKey.keyOf(name), name);
                assertEquals(serial, BoundKey.serialOf(name));
                String before = seen.put(name, key);
                assertTrue(before == null, name + " names both " + before + " and " + key);
            }
        }
        assertTrue(seen.size() > 200 * SERIALS.length, "every cell of the three tables is bindable: " + seen.size());
    }

    @Test
    void otherBookmarksAreNotOurs() {
        for (String name : new String[] {"_Toc12345", "NB", "NBx_apply_new_total", "NB1_no_such_key", "NB1_apply_new_total_x",
                "nb1_apply_new_total", "Bookmark 1", "NB1_apply_new_total"}) {
            String key = BoundKey.keyOf(name);
            if (name.equals("NB1_apply_new_total")) assertEquals("apply.new.total", key);
            else assertNull(key, name);
        }
    }

    @Test
    void sumsAddTheirCellsAndAreUnknownWhenOneIs() {
        Map<String, BigDecimal> v = new HashMap<>();
        v.put("appeal.suit_direct.total", BigDecimal.valueOf(3));
        assertNull(BoundKey.value(BoundKey.SUITS, v::get));
        v.put("appeal.suit_after_review.total", BigDecimal.valueOf(4));
        assertEquals(BigDecimal.valueOf(7), BoundKey.value(BoundKey.SUITS, v::get));
        assertEquals(8, BoundKey.cells("apply.results.denied.total").size());
        assertEquals(3, BoundKey.cells("apply.results.unable.total").size());
        assertEquals("表三 （三）不予公开（合计）", BoundKey.describe("apply.results.denied.total", true));
        assertEquals("表四 行政诉讼（合计）", BoundKey.describe(BoundKey.SUITS, true));
    }
}
