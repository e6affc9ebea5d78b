package org.nianbao.uno.doc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CellNamesTest {

    @Test
    void namesLikeWriter() {
        assertEquals("A1", CellNames.name(0, 0));
        assertEquals("Z3", CellNames.name(25, 2));
        assertEquals("a1", CellNames.name(26, 0));
        assertEquals("z1", CellNames.name(51, 0));
        assertEquals("AA1", CellNames.name(52, 0));
        assertEquals("AB1", CellNames.name(53, 0));
        assertEquals("BA1", CellNames.name(104, 0));
        assertEquals("AAA1", CellNames.name(2756, 0));
        assertEquals("B4:J28", CellNames.range(1, 3, 9, 27));
    }

    @Test
    void parseInvertsName() {
        for (int c = 0; c < 3000; c += 7) {
            for (int r = 0; r < 40; r += 13) assertArrayEquals(new int[] {c, r}, CellNames.parse(CellNames.name(c, r)));
        }
    }

    @Test
    void parseRefusesSplitCellsAndJunk() {
        for (String s : new String[] {"A1.1.1", "A", "1", "A0", "Ä1", "A1B", "", "A-1"}) assertNull(CellNames.parse(s), s);
    }
}
