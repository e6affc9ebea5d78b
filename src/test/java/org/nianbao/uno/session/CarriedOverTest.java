package org.nianbao.uno.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;

class CarriedOverTest {

    @Test
    void carriedOverTakesLastYearsCarryForwardPerApplicantColumnButNotTheTotal() {
        Report last = new Report();
        for (Labels col : ReportSchema.get().t3Columns()) last.cell("apply.carry_forward." + col.key, "0");
        last.cell("apply.carry_forward.natural_person", "4");
        last.cell("apply.carry_forward.commercial", " 2 ");
        last.cell("apply.carry_forward.research", "");
        last.cell("apply.carry_forward.total", "6");
        Map<String, String> out = CarriedOver.carriedOver(last, Profile.national());
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("apply.carried_over.natural_person", "4");
        expected.put("apply.carried_over.commercial", "2");
        expected.put("apply.carried_over.social_welfare", "0");
        expected.put("apply.carried_over.legal_service", "0");
        expected.put("apply.carried_over.other_org", "0");
        assertEquals(expected, out, "a blank cell is not copied; the total is computed, not copied");
    }

    @Test
    void nothingWithoutTable3() {
        assertTrue(CarriedOver.carriedOver(new Report().cell("active.art20_1.rules.issued", "1"), Profile.national()).isEmpty());
        assertTrue(CarriedOver.carriedOver(null, Profile.national()).isEmpty());
    }

    @Test
    void rowLabelsComeFromTheSchema() {
        assertEquals("二、上年结转政府信息公开申请数量", CarriedOver.carriedOverLabel());
        assertEquals("四、结转下年度继续办理", CarriedOver.carryForwardLabel());
    }
}
