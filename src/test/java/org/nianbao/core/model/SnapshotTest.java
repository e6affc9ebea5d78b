package org.nianbao.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.ReportSchema;

class SnapshotTest {
    private static Report report() {
        return new Report()
                .cell("apply.new.natural_person", "10", new CellLocation(1, "Nianbao_T3", "C5"))
                .cell("apply.new.total", "12", new CellLocation(1, "Nianbao_T3", "J5"))
                .cell("appeal.review.upheld", " 1 ", new CellLocation(2, "Nianbao_T4", "A4"))
                .cell("active.art20_8.admin_fees.amount", "1.5\n（万元）\t\"x\"\\", new CellLocation(0, "Nianbao_T2", "B20"));
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        Snapshot s = Snapshot.of(report(), "某某市司法局", 2024);
        Snapshot back = Snapshot.fromJson(s.toJson());
        assertEquals(ReportSchema.FORMAT_ID, back.format);
        assertEquals("某某市司法局", back.agency);
        assertEquals(Integer.valueOf(2024), back.year);
        assertEquals(s.values(), back.values());
        assertEquals(List.copyOf(s.values().keySet()), List.copyOf(back.values().keySet()), "document order kept");
        assertArrayEquals(new String[] {"Nianbao_T3", "J5"}, back.binding("apply.new.total"));
        assertEquals(s.checksum, back.checksum);
        assertTrue(back.intact());
        assertEquals(s.toJson(), back.toJson());
    }

    @Test
    void noAgencyNoYear() {
        Snapshot back = Snapshot.fromJson(Snapshot.of(report(), null, null).toJson());
        assertNull(back.agency);
        assertNull(back.year);
    }

    @Test
    void checksumIsOrderIndependentAndTextSensitive() {
        String a = Snapshot.checksum(Map.of("a", "1", "b", "2"));
        assertEquals(a, Snapshot.checksum(new java.util.LinkedHashMap<>(Map.of("b", "2", "a", "1"))));
        assertFalse(a.equals(Snapshot.checksum(Map.of("a", "1", "b", "3"))));
        assertFalse(Snapshot.checksum(Map.of("a", "12")).equals(Snapshot.checksum(Map.of("a1", "2"))), "separator counts");
        assertTrue(a.matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void alteredValuesAreNotIntact() {
        String json = Snapshot.of(report(), "x", 2024).toJson().replace("\"12\"", "\"13\"");
        assertFalse(Snapshot.fromJson(json).intact());
    }

    @Test
    void diffReportsChangedCellsOnlyWithTheTablesText() {
        Snapshot s = Snapshot.of(report(), "x", 2024);
        Report now = report();
        now.cell("apply.new.total", "15");
        now.cell("appeal.review.upheld", "1"); // white space only
        now.cell("apply.carried_over.natural_person", "3"); // not in the snapshot
        List<Finding> d = s.diff(now);
        assertEquals(1, d.size(), d.toString());
        Finding f = d.get(0);
        assertEquals(ExtensionFindings.SNAPSHOT, f.rule);
        assertEquals(Severity.WARNING, f.severity);
        assertEquals("apply.new.total", f.key);
        assertEquals("12", f.expected);
        assertEquals("15", f.actual);
        assertTrue(f.messageZh.startsWith(ReportSchema.get().cell("apply.new.total").displayZh() + "：表格中为 “15”"), f.messageZh);
        assertTrue(f.messageEn.contains("holds “15”") && f.messageEn.contains("holds “12”"), f.messageEn);
        assertEquals(List.of("apply.new.total"), s.differingKeys(now));
    }

    @Test
    void blankCellsReadAsBlank() {
        Finding f = ExtensionFindings.snapshotChanged("apply.new.total", "12", "");
        assertTrue(f.messageEn.contains("the table holds blank"), f.messageEn);
        assertTrue(f.messageZh.contains("表格中为 空白"), f.messageZh);
    }

    @Test
    void overwrittenNamesTheTypedValue() {
        Finding f = ExtensionFindings.overwritten("apply.new.total", " 99 ", "12");
        assertEquals(ExtensionFindings.OVERWRITTEN, f.rule);
        assertEquals("12", f.expected);
        assertEquals("99", f.actual);
        assertTrue(f.messageEn.contains("“99”") && f.messageEn.contains("total 12"), f.messageEn);
    }

    @Test
    void malformedSnapshotsAreRefusedWithAReason() {
        for (String bad : new String[] {"", "[]", "{", "{\"nianbao\":2}", "{\"nianbao\":1,\"format\":\"other\"}",
                "{\"nianbao\":1,\"format\":\"" + ReportSchema.FORMAT_ID + "\",\"checksum\":\"x\",\"values\":{\"a\":1}}",
                "{\"nianbao\":1,\"format\":\"" + ReportSchema.FORMAT_ID + "\",\"checksum\":\"x\",\"values\":{},\"year\":\"2024\"}",
                "{\"nianbao\":1,\"format\":\"" + ReportSchema.FORMAT_ID + "\",\"checksum\":\"x\",\"values\":{}} x",
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"}) {
            assertThrows(IllegalArgumentException.class, () -> Snapshot.fromJson(bad), bad);
        }
    }

    @Test
    void jsonReaderReadsValues() {
        Object v = JsonReader.parse(" {\"a\": [1, -2.5e1, true, false, null, \"\\u4e2d\\n\\\"\"], \"b\": {}} ");
        Map<?, ?> m = (Map<?, ?>) v;
        List<?> a = (List<?>) m.get("a");
        assertEquals(new BigDecimal("1"), a.get(0));
        assertEquals(0, new BigDecimal("-25").compareTo((BigDecimal) a.get(1)));
        assertEquals(Boolean.TRUE, a.get(2));
        assertEquals(Boolean.FALSE, a.get(3));
        assertNull(a.get(4));
        assertEquals("中\n\"", a.get(5));
        assertTrue(((Map<?, ?>) m.get("b")).isEmpty());
    }
}
