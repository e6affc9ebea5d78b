package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.FilledReports;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.docx.DocxWriter;
import org.nianbao.odf.OdfDocumentReader;

/** 汇总: units that balance summed cell by cell, refusals, missing units; a parent off by one cell (A-SUM). */
class AggregateCommandTest {
    @TempDir
    static Path dir;
    static Path units;
    static Path list;
    static final Map<String, Map<String, String>> VALUES = new LinkedHashMap<>();

    @BeforeAll
    static void writeUnits() throws Exception {
        units = Files.createDirectories(dir.resolve("units"));
        Random rnd = new Random(3);
        String[] names = {"甲镇人民政府", "乙镇人民政府", "县教育局"};
        for (int i = 0; i < names.length; i++) {
            Map<String, String> v = FilledReports.balanced(rnd, 15);
            VALUES.put(names[i], v);
            byte[] odt = FilledReports.filler(names[i], 2024).fill(v);
            if (i == 1) Files.write(units.resolve(names[i] + ".docx"), DocxWriter.toBytes(OdfDocumentReader.read(odt)));
            else Files.write(units.resolve(names[i] + ".odt"), odt);
        }
        Map<String, String> bad = new HashMap<>(FilledReports.balanced(rnd, 15));
        bad.put("apply.new.total", "99999");
        FilledReports.filler("县卫健委", 2024).fill(bad, units.resolve("县卫健委.odt"));
        FilledReports.filler("县民政局", 2023).fill(FilledReports.balanced(rnd, 15), units.resolve("县民政局-2023.odt"));
        list = dir.resolve("UNITS.txt");
        Files.writeString(list, "# 本县单位\n甲镇人民政府\n乙镇人民政府\n县教育局\n县卫健委\n县民政局\n丙镇人民政府\n");
    }

    private static Map<String, BigDecimal> expectedSums() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (CellDef c : ReportSchema.get().cells()) {
            BigDecimal s = BigDecimal.ZERO;
            for (Map<String, String> v : VALUES.values()) s = s.add(new BigDecimal(v.get(c.key)));
            out.put(c.key, s);
        }
        return out;
    }

    @Test
    void balancedUnitsAreSummedCellByCellAndTheRestRefusedOrMissing() throws Exception {
        Path out = dir.resolve("汇总.odt");
        CheckFormatsTest.Run r = CheckFormatsTest.run("aggregate", units.toString(), "-o", out.toString(), "--agency", "某县人民政府",
                "--units", list.toString());
        assertEquals(1, r.exit, r.out + r.err); // refusals and a missing unit
        assertTrue(r.out.contains("县卫健委 — 未汇总：表格中有"), r.out);
        assertTrue(r.out.contains("县民政局 — 未汇总：年度为 2023"), r.out);
        assertTrue(r.out.contains("缺少：丙镇人民政府"), r.out);
        assertTrue(r.out.contains("共 5 个单位，汇总 3 个"), r.out);
        Report sum = DocumentReader.read(OdfDocumentReader.read(out));
        assertEquals("某县人民政府", sum.agency());
        assertEquals(2024, sum.year());
        Evaluation ev = Checker.check(sum, null, null);
        assertEquals(0, ev.errorCount(), () -> ev.findings().toString());
        Map<String, BigDecimal> expected = expectedSums();
        for (CellDef c : ReportSchema.get().cells()) {
            assertEquals(0, expected.get(c.key).compareTo(ev.values().get(c.key)), c.key + " " + ev.values().get(c.key));
        }
        DocumentContent d = OdfDocumentReader.read(out);
        List<String> texts = d.blocks.stream().filter(Block::isTable).flatMap(b -> b.table.rows.stream())
                .flatMap(List::stream).map(c -> c.text).collect(Collectors.toList());
        assertTrue(texts.contains("附：本报告汇总的单位") || d.blocks.stream().anyMatch(b -> "附：本报告汇总的单位".equals(b.text)));
        assertTrue(texts.contains("乙镇人民政府.docx") && texts.contains("已汇总") && texts.contains("未收到报告"), texts.toString());

        CheckFormatsTest.Run again = CheckFormatsTest.run("aggregate", units.toString(), "-o", out.toString());
        assertEquals(2, again.exit, "no overwrite without --force");
        CheckFormatsTest.Run forced = CheckFormatsTest.run("aggregate", units.toString(), "-o", out.toString(), "--force",
                "--format", "json");
        assertEquals(0, forced.exit, forced.err);
        assertTrue(forced.out.contains("\"status\":\"forced\""), forced.out);
    }

    @Test
    void aParentOffByOneCellGetsASumAndMissingUnitsAMissing() throws Exception {
        Map<String, String> parent = new LinkedHashMap<>();
        expectedSums().forEach((k, v) -> parent.put(k, v.toPlainString()));
        Path good = dir.resolve("县汇总.odt");
        FilledReports.filler("某县人民政府", 2024).fill(parent, good);
        CheckFormatsTest.Run ok = CheckFormatsTest.run("check", "--format", "json", good.toString(), "--children", units.toString(),
                "--units", list.toString());
        assertTrue(!ok.out.contains("A-SUM"), ok.out);
        assertTrue(ok.out.contains("\"rule\":\"A-MISSING\""), ok.out);
        assertTrue(ok.out.contains("未收到 丙镇人民政府 的报告"), ok.out);

        String key = "apply.results.granted.commercial";
        parent.put(key, new BigDecimal(parent.get(key)).add(BigDecimal.ONE).toPlainString());
        Path off = dir.resolve("县汇总-差一.odt");
        FilledReports.filler("某县人民政府", 2024).fill(parent, off);
        CheckFormatsTest.Run r = CheckFormatsTest.run("check", "--format", "json", off.toString(), "--children", units.toString());
        assertEquals(1, r.exit, r.err);
        String expected = expectedSums().get(key).toPlainString();
        assertTrue(r.out.contains("{\"rule\":\"A-SUM\",\"severity\":\"error\",\"key\":\"" + key + "\",\"expected\":" + expected
                + ",\"actual\":" + (Long.parseLong(expected) + 1)), r.out);
    }
}
