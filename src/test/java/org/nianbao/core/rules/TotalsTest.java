package org.nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.parse.CellParser;
import org.nianbao.core.parse.ParsedCell;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;

class TotalsTest {

    @Test
    void structureFollowsTheSchema() {
        List<String> keys = Totals.computedKeys();
        // 25 row totals + 6 （七）总计 applicant cells + 3 table 四 totals
        assertEquals(34, keys.size());
        for (CellDef c : ReportSchema.get().cells()) assertEquals(c.computed, keys.contains(c.key), c.key);
        assertEquals(List.of("apply.new.natural_person", "apply.new.commercial", "apply.new.research",
                "apply.new.social_welfare", "apply.new.legal_service", "apply.new.other_org"), Totals.inputsOf("apply.new.total"));
        assertEquals(6, Totals.inputsOf("apply.carry_forward.total").size());
        assertEquals(6, Totals.inputsOf("apply.results.other_handling.misc.total").size());
        List<String> column = Totals.inputsOf("apply.results.total.natural_person");
        assertEquals(21, column.size());
        assertEquals("apply.results.granted.natural_person", column.get(0));
        assertEquals("apply.results.other_handling.misc.natural_person", column.get(20));
        assertTrue(column.stream().noneMatch(k -> k.startsWith("apply.carry_forward") || k.startsWith("apply.new")));
        assertEquals(126, Totals.inputsOf("apply.results.total.total").size());
        assertEquals(List.of("appeal.review.upheld", "appeal.review.corrected", "appeal.review.other", "appeal.review.pending"),
                Totals.inputsOf("appeal.review.total"));
        assertEquals(4, Totals.inputsOf("appeal.suit_after_review.total").size());
        assertThrows(IllegalArgumentException.class, () -> Totals.inputsOf("apply.new.natural_person"));
    }

    @Test
    void computesTheWorkedExample() {
        Map<String, BigDecimal> t = Totals.compute(parse(Fixtures.huaian2024().cellTexts()));
        assertEquals(new BigDecimal(3119), t.get("apply.new.total"));
        assertEquals(new BigDecimal(34), t.get("apply.carried_over.total"));
        assertEquals(new BigDecimal(3050), t.get("apply.results.total.total"));
        assertEquals(new BigDecimal(103), t.get("apply.carry_forward.total"));
        assertEquals(new BigDecimal(1362), t.get("apply.results.granted.total"));
        assertEquals(new BigDecimal(351), t.get("appeal.review.total"));
        assertEquals(new BigDecimal(26), t.get("appeal.suit_direct.total"));
        assertEquals(new BigDecimal(20), t.get("appeal.suit_after_review.total"));
    }

    @Test
    void blankAndPlaceholderCountAsZeroInvalidMakesUnknown() {
        Map<String, String> texts = new LinkedHashMap<>(Fixtures.huaian2024().cellTexts());
        texts.put("apply.new.commercial", "");
        texts.put("apply.new.research", "/");
        texts.put("appeal.review.upheld", "——");
        texts.put("apply.results.granted.research", "若干");
        Map<String, BigDecimal> t = Totals.compute(parse(texts));
        BigDecimal fresh = new BigDecimal(Fixtures.huaian2024().cellText("apply.new.natural_person"))
                .add(new BigDecimal(texts.get("apply.new.social_welfare")))
                .add(new BigDecimal(texts.get("apply.new.legal_service")))
                .add(new BigDecimal(texts.get("apply.new.other_org")));
        assertEquals(fresh, t.get("apply.new.total"));
        assertEquals(new BigDecimal(351 - 72), t.get("appeal.review.total"));
        assertNull(t.get("apply.results.granted.total"));
        assertNull(t.get("apply.results.total.research"));
        assertNull(t.get("apply.results.total.total"));
        assertEquals(new BigDecimal(3119), Totals.compute(parse(Fixtures.huaian2024().cellTexts())).get("apply.new.total"));
    }

    @Test
    void missingInputMakesUnknown() {
        Map<String, ParsedCell> cells = parse(Fixtures.huaian2024().cellTexts());
        cells.remove("apply.results.denied.admin_query.legal_service");
        Map<String, BigDecimal> t = Totals.compute(cells);
        assertNull(t.get("apply.results.denied.admin_query.total"));
        assertNull(t.get("apply.results.total.legal_service"));
        assertEquals(new BigDecimal(3119), t.get("apply.new.total"));
    }

    static Map<String, ParsedCell> parse(Map<String, String> texts) {
        Map<String, ParsedCell> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) out.put(e.getKey(), CellParser.parse(e.getKey(), e.getValue(), null));
        return out;
    }
}
