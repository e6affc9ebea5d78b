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
    }

    @Test
    void malformedPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "new"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "new.", "total"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.of(TableId.T3, "", "total"));
        assertThrows(IllegalArgumentException.class, () -> CellKey.row("document"));
    }
}
