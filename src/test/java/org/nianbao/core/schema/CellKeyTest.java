package org.nianbao.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CellKeyTest {
    @Test
    void everyCellsKeyIsMadeAndTakenApartTheSameWay() {
        for (CellDef c : ReportSchema.get().cells()) {
            CellKey made = CellKey.of(c.table, c.rowKey, c.columnKey);
            assertEquals(c.cell, made);
            assertEquals(c.key, made.id());
            CellKey parsed = CellKey.parse(c.key);
            assertEquals(made, parsed);
            assertEquals(c.table, parsed.table);
            assertEquals(c.rowKey, parsed.row, c.key);
            assertEquals(c.columnKey, parsed.column, c.key);
            assertEquals(made.hashCode(), parsed.hashCode());
            assertEquals(made, made.withColumn("x").withColumn(c.columnKey));
            assertNotEquals(made, made.withColumn("x"));
        }
        assertEquals("active.art20_1.rules.issued", CellKey.of(TableId.T2, "art20_1", "rules", "issued").id());
        for (T2Block b : ReportSchema.get().t2Blocks()) {
            for (Labels row : b.rows) assertEquals(b.rowKey(row), CellKey.of(TableId.T2, b.rowKey(row), b.columns.get(0).key).row);
        }
        assertEquals("results.denied", CellKey.parentRow("results.denied.state_secret"));
        assertNull(CellKey.parentRow("new"));
    }

    @Test
    void malformedPartsAndKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "new"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "new.", "total"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "", "total"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.parse("document"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.parse("apply.total"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.parse("apply..total"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.rowOf("art20_1", ""));
        assertThrows(IllegalArgumentException.class, () -> CellKey.rowOf());
    }
}
