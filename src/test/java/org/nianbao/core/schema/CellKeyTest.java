package org.nianbao.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CellKeyTest {
    @Test
    void everyCellsKeyIsMadeAndTakenApartTheSameWay() {
        for (CellDef c : ReportSchema.get().cells()) {
            assertEquals(c.key, CellKey.of(c.table, c.rowKey, c.columnKey));
            assertEquals(c.table, CellKey.table(c.key));
            assertEquals(c.rowKey, CellKey.row(c.key), c.key);
            assertEquals(c.columnKey, CellKey.column(c.key), c.key);
            assertEquals(c.key, CellKey.withColumn(CellKey.withColumn(c.key, "x"), c.columnKey));
        }
        assertEquals("active.art20_1.rules.issued", CellKey.of(TableId.T2, "art20_1", "rules", "issued"));
        for (T2Block b : ReportSchema.get().t2Blocks()) {
            for (Labels row : b.rows) assertEquals(b.rowKey(row), CellKey.row(CellKey.of(TableId.T2, b.rowKey(row), b.columns.get(0).key)));
        }
        assertEquals("results.denied", CellKey.parentRow("results.denied.state_secret"));
        assertEquals(null, CellKey.parentRow("new"));
    }

    @Test
    void malformedPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "new"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "new.", "total"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "", "total"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.row("document"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.rowOf("art20_1", ""));
        assertThrows(IllegalArgumentException.class, () -> CellKey.rowOf());
    }
}
