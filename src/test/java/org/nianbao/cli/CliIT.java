package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.FilledReports;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.FontSet;
import org.nianbao.odf.OdfComposer;
import org.nianbao.odf.OdfTableFiller;
import org.nianbao.read.UnreadableDocumentException;
import org.yaml.snakeyaml.Yaml;

/**
 * The command line as a reviewer runs it: {@code java -jar target/nianbao-cli.jar …} in a separate
 * process, on reports generated into a temporary directory (written by {@link FilledReports} through the
 * ODF adapter, not by the CLI), checking stdout, stderr and exit codes.
 */
class CliIT {
    private static final String AGENCY = "某某市司法局";
    private static final String TOTAL_NP = "apply.results.total.natural_person";
    private static final String FORWARD_NP = "apply.carry_forward.natural_person";
    private static final String LAST_YEARS_PROBLEMS = "一是主动公开的及时性有待提高；二是政策解读质量不高。下一步，我们将完善发布机制。";

    @TempDir
    static Path dir;
    private static OdfTableFiller filler2023;
    private static Map<String, String> good;

    @BeforeAll
    static void fixtures() throws IOException {
        filler2023 = FilledReports.filler(AGENCY, 2023);
        good = FilledReports.balanced(new Random(11), 40, Map.of(FORWARD_NP, 7L)); // 四 > 0: the plain R-OFF-1 message
        write("good.odt", good);
    }

    private static Path write(String name, Map<String, String> cells) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        filler2023.fill(cells, p);
        return p;
    }

    private static Map<String, String> with(Map<String, String> cells, String key, String text) {
        Map<String, String> m = new LinkedHashMap<>(cells);
        m.put(key, text);
        return m;
    }

    private static long n(Map<String, String> cells, String key) {
        return Long.parseLong(cells.get(key));
    }

    private static CliProcess.Result cli(String... args) throws Exception {
        return CliProcess.run(dir, args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String line) {
        return (Map<String, Object>) new Yaml().load(line);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> findings(Map<String, Object> file) {
        return (List<Map<String, Object>>) file.get("findings");
    }

    private static List<String> ruleAtKey(Map<String, Object> file) {
        return findings(file).stream().map(f -> f.get("rule") + "@" + f.get("key")).collect(Collectors.toList());
    }

    private static Map<String, Object> finding(Map<String, Object> file, String rule, String key) {
        return findings(file).stream().filter(f -> rule.equals(f.get("rule")) && key.equals(f.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + "@" + key + " in " + findings(file)));
    }

    /** The reader's one-line reason for a file that is not a zip (its wording is the ODF adapter's). */
    private static String notAZip(String lang) {
        return new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_ZIP, "").message(lang);
    }

    private static void assertNumber(long expected, Object actual) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(new BigDecimal(String.valueOf(actual))), "value " + actual);
    }

    // ------------------------------------------------------------------ template

    @Test
    void templateWritesAReportThatCheckReads() throws Exception {
        CliProcess.Result t = cli("template", "-o", "blank.odt", "--agency", "某某县人民政府", "--year", "2022");
        assertEquals(0, t.exit, t.toString());
        assertTrue(Files.size(dir.resolve("blank.odt")) > 1000);
        assertTrue(t.err.contains("blank.odt"), t.toString());

        CliProcess.Result c = cli("check", "--format", "json", "blank.odt");
        assertEquals(0, c.exit, c.toString()); // blank cells are warnings, not errors
        assertEquals(1, c.outLines().size(), c.toString());
        Map<String, Object> j = json(c.out);
        assertEquals("blank.odt", j.get("file"));
        assertEquals("某某县人民政府", j.get("agency"));
        assertEquals(2022, j.get("year"));
        assertEquals(Map.of("t2", true, "t3", true, "t4", true), j.get("tables"));
        // one grouped P-6 per table, its "keys" listing every blank cell (issue 9)
        long groups = findings(j).stream().filter(f -> "P-6".equals(f.get("rule"))).count();
        long blanks = findings(j).stream().filter(f -> "P-6".equals(f.get("rule"))).mapToLong(f -> ((List<?>) f.get("keys")).size()).sum();
        assertEquals(3, groups);
        assertEquals(ReportSchema.get().cells().size(), blanks);
        assertTrue(findings(j).stream().noneMatch(f -> "error".equals(f.get("severity"))), c.out);

        CliProcess.Result text = cli("check", "blank.odt");
        assertEquals(0, text.exit, text.toString());
        assertTrue(text.outLines().get(0).startsWith("blank.odt：某某县人民政府 2022 — 0 个错误，"), text.out);
    }

    // ------------------------------------------------------------------ one file

    @Test
    void profilesByIdOrFileAndABadOneIsAUsageError() throws Exception {
        // 武威: 一 at most 1000 characters and the five aspects; the generated 一 lacks some of them
        CliProcess.Result w = cli("check", "--format", "json", "--profile", "wuwei", "good.odt");
        assertEquals(0, w.exit, w.toString());
        assertTrue(ruleAtKey(json(w.out)).contains("S-TOPIC@section.overview"), w.out);
        Files.writeString(dir.resolve("mine.properties"), "# test profile\nid=mine\noff=S-TOPIC\noverview.topics=不存在的主题\n",
                java.nio.charset.StandardCharsets.UTF_8);
        CliProcess.Result m = cli("check", "--format", "json", "--profile", "mine.properties", "good.odt");
        assertEquals(0, m.exit, m.toString());
        assertFalse(ruleAtKey(json(m.out)).contains("S-TOPIC@section.overview"), m.out);
        CliProcess.Result bad = cli("check", "--profile", "no-such-profile", "good.odt");
        assertEquals(2, bad.exit, bad.toString());
        assertTrue(bad.err.contains("no-such-profile"), bad.err);
    }

    @Test
    void aCorrectReportPassesWithItsValues() throws Exception {
        CliProcess.Result text = cli("check", "good.odt");
        assertEquals(0, text.exit, text.toString());
        assertEquals(List.of("good.odt：" + AGENCY + " 2023 — 0 个错误，0 个警告，0 条提示"), text.outLines());
        assertEquals("", text.err, "no progress lines for a single file");

        CliProcess.Result c = cli("check", "--format", "json", "good.odt");
        assertEquals(0, c.exit, c.toString());
        Map<String, Object> j = json(c.out);
        assertEquals(AGENCY, j.get("agency"));
        assertEquals(2023, j.get("year"));
        assertEquals(Map.of("t2", true, "t3", true, "t4", true), j.get("tables"));
        assertEquals(List.of(), j.get("findings"));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) j.get("values");
        assertEquals(ReportSchema.get().cells().size(), values.size());
        for (CellDef cell : ReportSchema.get().cells()) {
            assertEquals(0, new BigDecimal(good.get(cell.key)).compareTo(new BigDecimal(String.valueOf(values.get(cell.key)))),
                    cell.key + ": " + values.get(cell.key) + " vs " + good.get(cell.key));
        }
    }

    @Test
    void aTotalOffByOneIsNamedInWordsAndInJson() throws Exception {
        long total = n(good, TOTAL_NP);
        long forward = n(good, FORWARD_NP);
        write("off-by-one.odt", with(good, TOTAL_NP, Long.toString(total + 1)));

        CliProcess.Result text = cli("check", "off-by-one.odt");
        assertEquals(1, text.exit, text.toString());
        assertEquals(List.of(
                "off-by-one.odt：" + AGENCY + " 2023 — 2 个错误，0 个警告，0 条提示",
                "  [错误] R-IMP-2 表三 （七）总计 / 自然人：应为 " + total + "，实为 " + (total + 1) + "。应等于本列各项办理结果之和。"),
                text.outLines().subList(0, 2));
        assertTrue(text.outLines().get(2).startsWith("  [错误] R-OFF-1 表三 四、结转下年度继续办理 / 自然人：应为 " + (forward - 1)
                + "，实为 " + forward + "。"), text.out);
        assertEquals(3, text.outLines().size(), text.out);

        CliProcess.Result c = cli("check", "--format", "json", "off-by-one.odt");
        assertEquals(1, c.exit, c.toString());
        Map<String, Object> j = json(c.out);
        assertEquals(List.of("R-IMP-2@" + TOTAL_NP, "R-OFF-1@" + FORWARD_NP), ruleAtKey(j));
        Map<String, Object> f = finding(j, "R-IMP-2", TOTAL_NP);
        assertEquals("error", f.get("severity"));
        assertNumber(total, f.get("expected"));
        assertNumber(total + 1, f.get("actual"));
        assertTrue(((String) f.get("message")).startsWith("表三 （七）总计 / 自然人：应为 " + total + "，实为 " + (total + 1)));
        Map<String, Object> balance = finding(j, "R-OFF-1", FORWARD_NP);
        assertEquals("error", balance.get("severity"));
        assertNumber(forward - 1, balance.get("expected"));
        assertNumber(forward, balance.get("actual"));
    }

    @Test
    void aChangedLeafBreaksItsRowAndColumnTotals() throws Exception {
        String leaf = "apply.results.granted.commercial";
        write("leaf.odt", with(good, leaf, Long.toString(n(good, leaf) + 3)));
        CliProcess.Result c = cli("check", "--format", "json", "leaf.odt");
        assertEquals(1, c.exit, c.toString());
        Map<String, Object> j = json(c.out);
        assertEquals(List.of("R-IMP-1@apply.results.granted.total", "R-IMP-2@apply.results.total.commercial",
                "R-IMP-1@apply.results.total.total"), ruleAtKey(j));
        Map<String, Object> row = finding(j, "R-IMP-1", "apply.results.granted.total");
        assertNumber(n(good, "apply.results.granted.total") + 3, row.get("expected"));
        assertNumber(n(good, "apply.results.granted.total"), row.get("actual"));
        Map<String, Object> column = finding(j, "R-IMP-2", "apply.results.total.commercial");
        assertNumber(n(good, "apply.results.total.commercial") + 3, column.get("expected"));
        assertNumber(n(good, "apply.results.total.commercial"), column.get("actual"));
    }

    @Test
    void aBlankCellIsAWarningOnlyAndExitsZero() throws Exception {
        String key = "appeal.review.other";
        Map<String, String> zero = FilledReports.balanced(new Random(12), 40, Map.of(key, 0L));
        write("blank-cell.odt", with(zero, key, ""));
        CliProcess.Result c = cli("check", "--format", "json", "blank-cell.odt");
        assertEquals(0, c.exit, c.toString());
        Map<String, Object> j = json(c.out);
        assertEquals(List.of("P-6@" + key), ruleAtKey(j));
        assertEquals("warning", finding(j, "P-6", key).get("severity"));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) j.get("values");
        assertTrue(values.containsKey(key));
        assertNull(values.get(key));

        CliProcess.Result text = cli("check", "blank-cell.odt");
        assertEquals(0, text.exit, text.toString());
        assertEquals("  [警告] P-6 表四 行政复议 其他结果：单元格为空白。没有发生的请填 0。", text.outLines().get(1));
    }

    @Test
    void textInACellIsAnError() throws Exception {
        String key = "apply.new.research";
        write("text-cell.odt", with(good, key, "若干"));
        CliProcess.Result c = cli("check", "--format", "json", "text-cell.odt");
        assertEquals(1, c.exit, c.toString());
        Map<String, Object> j = json(c.out);
        assertEquals(List.of("R-IMP-4@" + key), ruleAtKey(j));
        Map<String, Object> f = finding(j, "R-IMP-4", key);
        assertEquals("error", f.get("severity"));
        assertNull(f.get("expected"));
        assertEquals("若干", f.get("actual"));
        CliProcess.Result text = cli("check", "text-cell.odt");
        assertTrue(text.out.contains("[错误] R-IMP-4 表三 一、本年新收政府信息公开申请数量 / 科研机构：“若干”不是数字。"), text.out);
    }

    // ------------------------------------------------------------------ batches

    @Test
    void aDirectoryIsCheckedInPathOrderWithOneLineForAnUnreadableFile() throws Exception {
        Path batch = dir.resolve("batch");
        // written in an order unlike the sorted one: the output order must not depend on the file system
        Files.createDirectories(batch.resolve("b/sub"));
        Files.write(batch.resolve("broken.odt"), "this is not a zip at all".getBytes(StandardCharsets.UTF_8));
        filler2023.fill(with(good, "apply.new.research", "若干"), batch.resolve("b/sub/text.odt"));
        filler2023.fill(with(good, TOTAL_NP, Long.toString(n(good, TOTAL_NP) + 1)), batch.resolve("a-off.odt"));
        Files.createDirectories(batch.resolve("a"));
        filler2023.fill(good, batch.resolve("a/good.odt"));
        Files.writeString(batch.resolve("a/notes.txt"), "not a report: listed as not checked");

        CliProcess.Result first = cli("check", "batch");
        assertEquals(2, first.exit, first.toString());
        List<String> summaries = first.outLines().stream().filter(l -> !l.startsWith("  ")).collect(Collectors.toList());
        assertEquals(List.of(
                "batch/a/notes.txt：未检查：不是报告格式（.odt、.docx、.html、.pdf、.doc、.wps、.rtf）",
                "batch/a-off.odt：" + AGENCY + " 2023 — 2 个错误，0 个警告，0 条提示",
                "batch/a/good.odt：" + AGENCY + " 2023 — 0 个错误，0 个警告，0 条提示",
                "batch/b/sub/text.odt：" + AGENCY + " 2023 — 1 个错误，0 个警告，0 条提示",
                "batch/broken.odt：无法读取：" + notAZip("zh")), summaries);
        assertEquals(summaries.get(4), first.outLines().get(first.outLines().size() - 1), "one line for the unreadable file");
        assertEquals(List.of("已检查 1/4", "已检查 2/4", "已检查 3/4", "已检查 4/4"), first.errLines().subList(0, 4));
        assertTrue(first.errLines().get(4).matches("共检查 4 个文件，用时 [0-9.]+ 秒：2 个有错误，1 个无法读取"), first.err);

        CliProcess.Result again = cli("check", "--threads", "1", "batch");
        assertEquals(first.out, again.out, "same output on a second run, whatever the parallelism");
        CliProcess.Result wide = cli("check", "--threads", "4", "batch");
        assertEquals(first.out, wide.out);

        CliProcess.Result j = cli("check", "--format", "json", "--lang", "en", "batch");
        assertEquals(2, j.exit, j.toString());
        List<Map<String, Object>> objects = j.outLines().stream().map(CliIT::json).collect(Collectors.toList());
        assertEquals(List.of("batch/a/notes.txt", "batch/a-off.odt", "batch/a/good.odt", "batch/b/sub/text.odt", "batch/broken.odt"),
                objects.stream().map(o -> o.get("file")).collect(Collectors.toList()));
        assertTrue(objects.get(0).containsKey("not_checked"));
        assertEquals(notAZip("en"), objects.get(4).get("error"));
        assertFalse(objects.get(4).containsKey("findings"));
        assertEquals(List.of("1/4 checked", "2/4 checked", "3/4 checked", "4/4 checked"), j.errLines().subList(0, 4));
    }

    @Test
    void aDocumentWithoutReportContentIsOneLine() throws Exception {
        Path letter = dir.resolve("letter.odt");
        OdfComposer.create(FontSet.open()).paragraph("关于报送年度报告的函").paragraph("请查收。").save(letter);
        CliProcess.Result c = cli("check", "letter.odt", "good.odt");
        assertEquals(2, c.exit, c.toString());
        assertEquals(List.of("letter.odt：无法读取：不是年度报告：未找到 2021 年格式的标题、各部分标题或表格",
                "good.odt：" + AGENCY + " 2023 — 0 个错误，0 个警告，0 条提示"), c.outLines());
    }

    // ------------------------------------------------------------------ last year's report

    @Test
    void carryOverAgainstLastYear() throws Exception {
        Random rnd = new Random(21);
        Map<String, String> last = FilledReports.balanced(rnd, 40);
        FilledReports.filler(AGENCY, 2022, FilledReports.OVERVIEW, LAST_YEARS_PROBLEMS, FilledReports.OTHER)
                .fill(last, dir.resolve("last-2022.odt"));
        long lastForward = n(last, FORWARD_NP);
        write("follows.odt", FilledReports.followingYear(last, rnd, 40));
        write("does-not-follow.odt", FilledReports.followingYear(last, rnd, 40,
                Map.of("apply.carried_over.natural_person", lastForward + 2)));

        CliProcess.Result fine = cli("check", "--format", "json", "--previous", "last-2022.odt", "follows.odt");
        assertEquals(0, fine.exit, fine.toString());
        // the generated texts are last year's word for word: Y-COPY says so for the whole text (issue 9)
        assertEquals(List.of("Y-COPY@document"), ruleAtKey(json(fine.out)), "P-1 and P-10 hold");

        CliProcess.Result off = cli("check", "--format", "json", "--previous", "last-2022.odt", "does-not-follow.odt");
        assertEquals(0, off.exit, off.toString()); // P-1 is a warning
        Map<String, Object> j = json(off.out);
        assertEquals(List.of("Y-COPY@document", "P-1@apply.carried_over.natural_person", "P-1@apply.carried_over.total"), ruleAtKey(j));
        Map<String, Object> f = finding(j, "P-1", "apply.carried_over.natural_person");
        assertEquals("warning", f.get("severity"));
        assertNumber(lastForward, f.get("expected"));
        assertNumber(lastForward + 2, f.get("actual"));

        CliProcess.Result without = cli("check", "--format", "json", "does-not-follow.odt");
        assertEquals(List.of(), ruleAtKey(json(without.out)), "no cross-year rule without --previous");

        CliProcess.Result text = cli("check", "--previous", "last-2022.odt", "does-not-follow.odt");
        assertTrue(text.outLines().get(1).startsWith("  [警告] Y-COPY "), text.out);
        assertTrue(text.outLines().get(2).startsWith("  [警告] P-1 表三 二、上年结转政府信息公开申请数量 / 自然人"), text.out);
    }

    @Test
    void inForceAgainstLastYear() throws Exception {
        Random rnd = new Random(22);
        Map<String, String> last = FilledReports.balanced(rnd, 40);
        FilledReports.filler(AGENCY, 2022).fill(last, dir.resolve("last-p10.odt"));
        Map<String, String> now = FilledReports.followingYear(last, rnd, 40);
        String key = "active.art20_1.rules.in_force";
        write("in-force-off.odt", with(now, key, Long.toString(n(now, key) + 5)));
        CliProcess.Result c = cli("check", "--format", "json", "--previous", "last-p10.odt", "in-force-off.odt");
        assertEquals(0, c.exit, c.toString());
        Map<String, Object> j = json(c.out);
        // and 五 is word for word last year's: P-7; the whole text too: Y-COPY
        assertEquals(List.of("Y-COPY@document", "P-10@" + key, "P-7@section.problems"), ruleAtKey(j));
        assertNumber(n(now, key), finding(j, "P-10", key).get("expected"));
    }

    @Test
    void anUnreadablePreviousReportKeepsTheReportsOwnResult() throws Exception {
        Files.write(dir.resolve("last-broken.odt"), new byte[] {1, 2, 3});
        CliProcess.Result c = cli("check", "--previous", "last-broken.odt", "good.odt");
        assertEquals(2, c.exit, c.toString());
        assertEquals("上年报告 last-broken.odt 无法读取（" + notAZip("zh") + "）：本次检查未做跨年规则 P-1、P-10", c.outLines().get(0));
        assertTrue(c.outLines().get(1).startsWith("good.odt："), c.out);
        assertEquals(List.of("上年报告 last-broken.odt 无法读取：" + notAZip("zh")), c.errLines());
        CliProcess.Result j = cli("check", "--format", "json", "--previous", "last-broken.odt", "good.odt");
        assertEquals(2, j.exit, j.toString());
        assertTrue(j.out.contains("\"previous_error\":\"last-broken.odt: " + notAZip("zh") + "\""), j.out);
    }

    // ------------------------------------------------------------------ English

    @Test
    void englishOutput() throws Exception {
        long total = n(good, TOTAL_NP);
        write("off-en.odt", with(good, TOTAL_NP, Long.toString(total + 1)));
        CliProcess.Result text = cli("check", "--lang", "en", "off-en.odt");
        assertEquals(1, text.exit, text.toString());
        assertEquals("off-en.odt: " + AGENCY + " 2023 — 2 error(s), 0 warning(s), 0 note(s)", text.outLines().get(0));
        assertEquals("  [error] R-IMP-2 Table 3 III.(7) Total / Natural persons: should be " + total + ", is " + (total + 1)
                + ". It must equal the sum of the column's result rows.", text.outLines().get(1));
        CliProcess.Result j = cli("check", "--lang", "en", "--format", "json", "off-en.odt");
        String message = (String) finding(json(j.out), "R-IMP-2", TOTAL_NP).get("message");
        assertTrue(message.startsWith("Table 3 III.(7) Total / Natural persons: should be " + total), message);
        CliProcess.Result missing = cli("check", "--lang", "en", "nowhere.odt");
        assertEquals(List.of("nowhere.odt: cannot be read: no such file"), missing.outLines());
    }

    // ------------------------------------------------------------------ usage

    @Test
    void usageErrorsExitTwoWithAClearMessage() throws Exception {
        CliProcess.Result unknown = cli("check", "--bogus", "good.odt");
        assertEquals(2, unknown.exit, unknown.toString());
        assertEquals("", unknown.out);
        assertEquals("nianbao：未知的选项或参数：--bogus", unknown.errLines().get(0));
        assertTrue(unknown.err.contains("用法见：nianbao check --help"), unknown.err);

        CliProcess.Result none = cli("check");
        assertEquals(2, none.exit, none.toString());
        assertTrue(none.errLines().get(0).startsWith("nianbao：缺少：FILE|DIR"), none.err);

        CliProcess.Result format = cli("check", "--format", "xml", "good.odt");
        assertEquals(2, format.exit, format.toString());
        assertTrue(format.errLines().get(0).startsWith("nianbao：“xml” 不是 --format 的有效取值"), format.err);

        CliProcess.Result timeout = cli("check", "--timeout", "0", "good.odt");
        assertEquals(2, timeout.exit, timeout.toString());
        assertEquals(List.of("nianbao：--timeout and --threads must be at least 1"), timeout.errLines());

        CliProcess.Result missing = cli("check", "missing.odt");
        assertEquals(2, missing.exit, missing.toString());
        assertEquals(List.of("missing.odt：无法读取：文件不存在"), missing.outLines());

        CliProcess.Result noCommand = cli();
        assertEquals(2, noCommand.exit, noCommand.toString());
        assertTrue(noCommand.err.contains("用法： nianbao"), noCommand.err);

        CliProcess.Result noOutput = cli("template");
        assertEquals(2, noOutput.exit, noOutput.toString());
        assertTrue(noOutput.errLines().get(0).startsWith("nianbao：缺少：--output"), noOutput.err);

        CliProcess.Result badDir = cli("template", "-o", "no/such/dir/t.odt");
        assertEquals(2, badDir.exit, badDir.toString());
        assertEquals(1, badDir.errLines().size(), "one line, no stack trace: " + badDir.err);

        CliProcess.Result extractMissing = cli("extract", "missing.odt");
        assertEquals(2, extractMissing.exit, extractMissing.toString());
        assertEquals(List.of("missing.odt：无法读取：文件不存在"), extractMissing.errLines());
    }

    @Test
    void helpIsUtf8WhateverTheLocale() throws Exception {
        CliProcess.Result help = CliProcess.run(dir, List.of(), Map.of("LANG", "C", "LC_ALL", "C"), 60, "check", "--help");
        assertEquals(0, help.exit, help.toString());
        assertTrue(help.out.contains("万元"), help.out);
        CliProcess.Result c = CliProcess.run(dir, List.of(), Map.of("LANG", "C", "LC_ALL", "C"), 60, "check", "good.odt");
        assertEquals("good.odt：" + AGENCY + " 2023 — 0 个错误，0 个警告，0 条提示", c.outLines().get(0));
    }

    // ------------------------------------------------------------------ extract

    @Test
    void extractJsonAndCsv() throws Exception {
        CliProcess.Result j = cli("extract", "--format", "json", "good.odt");
        assertEquals(0, j.exit, j.toString());
        Map<String, Object> o = json(j.out);
        assertEquals(AGENCY, o.get("agency"));
        assertEquals(2023, o.get("year"));
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) o.get("values");
        assertEquals(good.keySet(), values.keySet());
        for (Map.Entry<String, String> e : good.entrySet()) {
            assertEquals(0, new BigDecimal(e.getValue()).compareTo(new BigDecimal(String.valueOf(values.get(e.getKey())))), e.getKey());
        }

        write("extract-text.odt", with(good, "apply.new.research", "若干"));
        CliProcess.Result csv = cli("extract", "--format", "csv", "extract-text.odt");
        assertEquals(0, csv.exit, csv.toString());
        List<String> lines = csv.outLines();
        assertEquals("key,value,text,label", lines.get(0));
        List<CellDef> cells = ReportSchema.get().cells();
        assertEquals(cells.size() + 1, lines.size());
        for (int i = 0; i < cells.size(); i++) {
            CellDef c = cells.get(i);
            String text = c.key.equals("apply.new.research") ? "若干" : good.get(c.key);
            String value = c.key.equals("apply.new.research") ? "" : new BigDecimal(good.get(c.key)).stripTrailingZeros().toPlainString();
            assertEquals(c.key + "," + value + ",\"" + text + "\",\"" + c.displayZh() + "\"", lines.get(i + 1));
        }
    }
}
