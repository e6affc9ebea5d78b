package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.FilledReports;
import org.nianbao.core.model.JsonReader;
import org.nianbao.docx.DocxWriter;
import org.nianbao.odf.OdfDocumentReader;

/** Issue 11 in the command line: .docx beside .odt, every other file listed, an unreadable --previous keeps the results. */
class CheckFormatsTest {
    @TempDir
    static Path dir;
    static Map<String, String> values;

    @BeforeAll
    static void writeFolder() throws Exception {
        values = FilledReports.balanced(new Random(11), 20);
        byte[] odt = FilledReports.filler("某县司法局", 2024).fill(values);
        Path reports = Files.createDirectories(dir.resolve("reports/sub"));
        Files.write(dir.resolve("reports/a.odt"), odt);
        Files.write(reports.resolve("b.docx"), DocxWriter.toBytes(OdfDocumentReader.read(odt)));
        Files.writeString(dir.resolve("reports/说明.txt"), "附件说明");
        Files.write(reports.resolve("~$b.docx"), new byte[] {1, 2});
        Files.write(dir.resolve("reports/图.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.write(dir.resolve("broken-last.docx"), new byte[] {1, 2, 3});
    }

    static final class Run {
        int exit;
        String out;
        String err;

        List<Map<String, Object>> json() {
            return out.lines().map(l -> (Map<String, Object>) JsonReader.parse(l)).collect(Collectors.toList());
        }
    }

    static synchronized Run run(String... args) {
        PrintStream o = System.out;
        PrintStream e = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Run r = new Run();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            r.exit = Main.run(args);
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
        r.out = out.toString(StandardCharsets.UTF_8);
        r.err = err.toString(StandardCharsets.UTF_8);
        return r;
    }

    @Test
    void aFolderChecksOdtAndDocxAlikeAndListsEveryOtherFile() {
        Run r = run("check", "--format", "json", "--threads", "1", dir.resolve("reports").toString());
        assertEquals(0, r.exit, r.out + r.err);
        List<Map<String, Object>> lines = r.json();
        List<String> notChecked = lines.stream().filter(m -> m.containsKey("not_checked"))
                .map(m -> Path.of((String) m.get("file")).getFileName().toString()).collect(Collectors.toList());
        assertEquals(List.of("~$b.docx", "图.png", "说明.txt"), notChecked.stream().sorted().collect(Collectors.toList()));
        List<Map<String, Object>> checked = lines.stream().filter(m -> m.containsKey("values")).collect(Collectors.toList());
        assertEquals(2, checked.size());
        assertEquals(checked.get(0).get("values"), checked.get(1).get("values"));
        assertEquals(checked.get(0).get("findings"), checked.get(1).get("findings"));
        assertEquals("某县司法局", checked.get(1).get("agency"));
        Map<?, ?> v = (Map<?, ?>) checked.get(1).get("values");
        assertEquals(Double.parseDouble(values.get("apply.results.total.total")), ((Number) v.get("apply.results.total.total")).doubleValue());
        assertTrue(r.err.contains("3 个文件未检查"), r.err);

        Run text = run("check", "--threads", "1", dir.resolve("reports").toString());
        assertTrue(text.out.contains("图.png：未检查：不是报告格式"), text.out);
    }

    @Test
    void anUnreadablePreviousKeepsTheReportsOwnResultInJsonAndText() {
        Path a = dir.resolve("reports/a.odt");
        Run r = run("check", "--format", "json", "--previous", dir.resolve("broken-last.docx").toString(), a.toString());
        assertEquals(2, r.exit, r.err);
        Map<String, Object> m = r.json().get(0);
        assertEquals(a.toString(), m.get("file"));
        assertTrue(((String) m.get("previous_error")).contains("broken-last.docx"), r.out);
        assertTrue(m.containsKey("findings"));
        Run t = run("check", "--lang", "en", "--previous", dir.resolve("broken-last.docx").toString(), a.toString());
        assertTrue(t.out.contains("checked without the cross-year rules"), t.out);
        assertTrue(t.out.contains("a.odt: 某县司法局 2024 — 0 error(s)"), t.out);
    }

    @Test
    void aDocxPreviousGivesTheCrossYearRules() throws Exception {
        Map<String, String> next = FilledReports.followingYear(values, new Random(12), 20,
                Map.of("apply.carried_over.natural_person", 999L));
        Path follows = dir.resolve("2025.odt");
        FilledReports.filler("某县司法局", 2025).fill(next, follows);
        Run r = run("check", "--format", "json", "--previous", dir.resolve("reports/sub/b.docx").toString(), follows.toString());
        assertTrue(r.out.contains("\"rule\":\"P-1\",\"severity\":\"warning\",\"key\":\"apply.carried_over.natural_person\""), r.out);
    }

    @Test
    void templateAsDocxReadsBackToTheSameModelAndIsNotOverwrittenWithoutForce() throws Exception {
        Path docx = dir.resolve("模板.docx");
        Path odt = dir.resolve("模板.odt");
        assertEquals(0, run("template", "-o", docx.toString(), "--agency", "某县司法局", "--year", "2025").exit);
        assertEquals(0, run("template", "-o", odt.toString(), "--agency", "某县司法局", "--year", "2025").exit);
        Run a = run("check", "--format", "json", odt.toString());
        Run b = run("check", "--format", "json", docx.toString());
        Map<String, Object> ma = a.json().get(0);
        Map<String, Object> mb = b.json().get(0);
        assertEquals("某县司法局", mb.get("agency"));
        assertEquals(ma.get("tables"), mb.get("tables"));
        assertEquals(ma.get("findings"), mb.get("findings"));
        long before = Files.size(docx);
        Run again = run("template", "-o", docx.toString());
        assertEquals(2, again.exit);
        assertTrue(again.err.contains("已存在"), again.err);
        assertEquals(before, Files.size(docx));
        assertEquals(0, run("template", "-o", docx.toString(), "--force").exit);
    }

    @Test
    void summariesInCsvXlsxAndHtmlHoldTheSameRowsSortedByAgency() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("summary"));
        Map<String, String> off = new java.util.HashMap<>(values);
        off.put("apply.results.total.natural_person", Long.toString(Long.parseLong(values.get("apply.results.total.natural_person")) + 1));
        FilledReports.filler("乙县民政局", 2024).fill(off, folder.resolve("1-乙.odt"));
        Files.write(folder.resolve("2-甲.docx"), DocxWriter.toBytes(OdfDocumentReader.read(FilledReports.filler("甲县司法局", 2024).fill(values))));
        Files.writeString(folder.resolve("附件.txt"), "x");
        Files.write(folder.resolve("坏.odt"), new byte[] {1});
        Path csv = dir.resolve("汇总.csv");
        Path xlsx = dir.resolve("汇总.xlsx");
        Path html = dir.resolve("汇总.html");
        Path ods = dir.resolve("汇总.ods");
        for (Path p : List.of(csv, xlsx, html, ods)) {
            Run r = run("check", folder.toString(), "--summary", p.toString());
            assertEquals(2, r.exit, r.err); // 坏.odt cannot be read
        }
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(0xEF, bytes[0] & 0xff);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().collect(Collectors.toList());
        assertEquals("\"机关\",\"年度\",\"文件\",\"结果\",\"错误\",\"警告\",\"新收\",\"办结\",\"结转\",\"复议\",\"诉讼\"", lines.get(0));
        assertTrue(lines.get(1).startsWith("\"乙县民政局\",\"2024\""), lines.get(1)); // 乙 < 甲 in code point order
        assertTrue(lines.get(2).startsWith("\"甲县司法局\",\"2024\""), lines.get(2));
        assertTrue(lines.get(1).contains("\"" + values.get("apply.new.total") + "\""), lines.get(1));
        assertTrue(lines.get(3).contains("坏.odt") && lines.get(3).contains("无法读取"), lines.get(3));
        assertTrue(lines.get(4).contains("附件.txt") && lines.get(4).contains("未检查"), lines.get(4));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("\"乙县民政局\"") && l.contains("R-IMP-2") && l.contains("（七）总计 / 自然人")),
                String.join("\n", lines));
        String page = Files.readString(html);
        assertTrue(page.contains("<td>乙县民政局</td>") && page.indexOf("乙县民政局") < page.indexOf("甲县司法局"), page);
        assertTrue(page.contains("R-IMP-2") && page.contains("附件.txt") && page.contains("@media print"), page);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(xlsx.toFile())) {
            String sheet1 = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
            String sheet2 = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet2.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(sheet1.indexOf("乙县民政局") < sheet1.indexOf("甲县司法局") && sheet1.contains("附件.txt"), sheet1);
            assertTrue(sheet1.contains("<v>" + values.get("apply.new.total") + "</v>"), sheet1);
            assertTrue(sheet2.contains("R-IMP-2"), sheet2);
        }
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(ods.toFile())) {
            String content = new String(z.getInputStream(z.getEntry("content.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(content.indexOf("乙县民政局") < content.indexOf("甲县司法局") && content.contains("附件.txt"), content);
            assertTrue(content.contains("office:value=\"" + Double.valueOf(values.get("apply.new.total")) + "\""), content);
            assertTrue(content.contains("R-IMP-2") && content.contains("问题"), content);
        }
    }

    @Test
    void legacyFormatsNeedAnOfficeAndSaySo() throws Exception {
        Path doc = dir.resolve("旧.doc");
        Files.write(doc, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Run r = run("check", "--office", dir.resolve("no-soffice").toString(), doc.toString());
        assertEquals(2, r.exit);
        assertTrue(r.out.contains("需经 LibreOffice 转换，但未找到 LibreOffice"), r.out);
        assertTrue(r.out.contains("--office"), r.out);
    }
}
