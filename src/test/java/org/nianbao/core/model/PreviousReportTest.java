package org.nianbao.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.TableId;

/** Last year's report as kept in the document: JSON both ways, the checksum, the size bound. */
class PreviousReportTest {
    private static final String URL = "file:///srv/%E5%B9%B4%E6%8A%A5/2023.docx";

    private static Report lastYear() {
        return new Report().agency("示例市司法局").year(2023).title("示例市司法局2023年政府信息公开工作年度报告")
                .cell("apply.carry_forward.natural_person", "2", new CellLocation(1, "Nianbao_T3", "C30"))
                .cell("apply.carry_forward.total", " 3 ", new CellLocation(1, "Nianbao_T3", "J30"))
                .cell("active.art20_1.rules.in_force", "20")
                .cell("active.art20_8.admin_fees.amount", "1.5\n（万元）\t\"x\"\\")
                .amountHeader("本年收费金额（单位：万元，保留4位小数）")
                .section("overview", "2023年，我局深入贯彻落实《条例》。\n（一）主动公开。")
                .section("problems", "一是……；二是……。");
    }

    @Test
    void jsonRoundTripKeepsWhatTheCrossYearRulesRead() {
        PreviousReport p = PreviousReport.of(URL, 1_700_000_000_123L, lastYear());
        PreviousReport back = PreviousReport.fromJson(p.toJson());
        assertEquals(URL, back.url);
        assertEquals(1_700_000_000_123L, back.modified);
        assertEquals("示例市司法局", back.agency);
        assertEquals(Integer.valueOf(2023), back.year);
        assertEquals(Set.of(TableId.T2, TableId.T3), back.tables());
        assertEquals(p.checksum, back.checksum);
        assertTrue(back.intact());
        assertFalse(back.sectionsDropped);
        assertEquals(p.toJson(), back.toJson(), "stable");

        Report r = back.report();
        Report original = lastYear();
        assertEquals(original.cellTexts(), r.cellTexts());
        assertEquals(List.copyOf(original.cellTexts().keySet()), List.copyOf(r.cellTexts().keySet()), "document order kept");
        assertEquals(original.sectionTexts(), r.sectionTexts());
        assertEquals(original.tablesFound(), r.tablesFound());
        assertEquals(original.amountHeader(), r.amountHeader());
        assertEquals(original.title(), r.title());
        assertEquals(original.year(), r.year());
        assertEquals(original.agency(), r.agency());
    }

    @Test
    void noAgencyNoYearNoHeaderAndAnUnknownFileTime() {
        Report bare = new Report().cell("apply.carry_forward.total", "0");
        PreviousReport back = PreviousReport.fromJson(PreviousReport.of("file:///a.odt", -1, bare).toJson());
        assertNull(back.agency);
        assertNull(back.year);
        assertNull(back.report().amountHeader());
        assertEquals(-1, back.modified);
        assertEquals(Set.of(TableId.T3), back.report().tablesFound());
    }

    @Test
    void aHandEditedValueIsRefusedByItsChecksum() {
        String json = PreviousReport.of(URL, 1, lastYear()).toJson();
        String edited = json.replace("\"apply.carry_forward.natural_person\":\"2\"", "\"apply.carry_forward.natural_person\":\"5\"");
        assertFalse(edited.equals(json));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PreviousReport.fromJson(edited));
        assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        String otherUrl = json.replace(URL, "file:///elsewhere.docx");
        assertThrows(IllegalArgumentException.class, () -> PreviousReport.fromJson(otherUrl), "the URL is covered too");
        String otherText = json.replace("一是……", "一是！");
        assertThrows(IllegalArgumentException.class, () -> PreviousReport.fromJson(otherText), "and the section texts");
    }

    @Test
    void anythingElseIsAnIllegalArgumentWithItsReason() {
        String json = PreviousReport.of(URL, 1, lastYear()).toJson();
        for (String bad : new String[] {"", "null", "[]", "{}", "{\"nianbao_previous\":2}", json.substring(0, json.length() / 2),
                json.replace("\"tables\":[\"T2\",\"T3\"]", "\"tables\":[\"T9\"]"), json.replace("\"year\":2023", "\"year\":\"2023\""),
                json.replace("\"sections_dropped\":false", "\"sections_dropped\":0"), json.replace("\"modified\":1", "\"modified\":1.5"),
                Snapshot.of(lastYear(), "x", 2023).toJson()}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PreviousReport.fromJson(bad), bad);
            assertFalse(e.getMessage() == null || e.getMessage().isEmpty(), bad);
        }
    }

    @Test
    void sectionTextsOverTheLimitAreLeftOutAndTheValuesKept() {
        Report big = lastYear().section("other", "重复的正文。".repeat(PreviousReport.MAX_BYTES / 12));
        PreviousReport p = PreviousReport.of(URL, 1, big);
        assertTrue(p.sectionsDropped);
        assertTrue(p.bytes() <= PreviousReport.MAX_BYTES, p.bytes() + " bytes");
        assertTrue(p.sections().isEmpty());
        PreviousReport back = PreviousReport.fromJson(p.toJson());
        assertTrue(back.sectionsDropped);
        assertEquals(big.cellTexts(), back.report().cellTexts());
        assertNull(back.report().sectionText("overview"));

        PreviousReport small = PreviousReport.of(URL, 1, lastYear());
        assertFalse(small.sectionsDropped);
        assertTrue(small.bytes() < 4096, small.bytes() + " bytes");
    }
}
