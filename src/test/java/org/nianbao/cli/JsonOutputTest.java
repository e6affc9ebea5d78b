package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.JsonReader;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/** The JSON fields issue 9 adds (place, sentence, keys, copy) next to the old ones, which keep their names. */
class JsonOutputTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Report r, Report previous) {
        Evaluation ev = Checker.check(r, previous, Profile.national());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new JsonOutput(new PrintStream(b, true, StandardCharsets.UTF_8), "zh").print(FileResult.checked(Path.of("a.odt"), r, ev));
        return (Map<String, Object>) JsonReader.parse(b.toString(StandardCharsets.UTF_8).strip());
    }

    private static Report zerosWithBlanks() {
        Report r = new Report().agency("某局").year(2024);
        for (CellDef c : ReportSchema.get().cells()) r.cell(c.key, c.table == TableId.T4 ? "" : "0");
        r.section("overview", "全年共受理申请0件，另有0件转结下年度。").section("active", "").section("apply", "")
                .section("appeal", "").section("problems", "一是培训不足。").section("other", "本年度未收取信息处理费。");
        return r;
    }

    @Test
    @SuppressWarnings("unchecked")
    void groupedSentenceAndCopyFields() {
        Map<String, Object> o = json(zerosWithBlanks(), zerosWithBlanks());
        List<Map<String, Object>> findings = (List<Map<String, Object>>) o.get("findings");
        Map<String, Object> p6 = findings.stream().filter(f -> f.get("rule").equals("P-6")).findFirst().orElseThrow();
        assertEquals("table.t4", p6.get("key"));
        assertEquals("table", p6.get("place"));
        List<String> keys = (List<String>) p6.get("keys");
        assertEquals(ReportSchema.get().cells(TableId.T4).size(), keys.size());
        assertEquals(new BigDecimal(keys.size()), p6.get("count"));
        Map<String, Object> term = findings.stream().filter(f -> f.get("rule").equals("D-TERM")).findFirst().orElseThrow();
        assertEquals("section.overview", term.get("key"));
        assertEquals("sentence", term.get("place"));
        assertEquals("overview", term.get("section"));
        assertEquals("全年共受理申请0件，另有0件转结下年度。", term.get("sentence"));
        assertTrue(term.containsKey("expected") && term.containsKey("actual") && term.containsKey("message"));
        Map<String, Object> copy = (Map<String, Object>) o.get("copy");
        assertEquals(new BigDecimal("1.0"), copy.get("whole"));
        assertTrue(copy.containsKey("overview") && copy.containsKey("problems"), copy.toString());
        assertTrue(!json(zerosWithBlanks(), null).containsKey("copy"), "no ratios without last year's report");
    }
}
