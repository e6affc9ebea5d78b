package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.FilledReports;
import org.nianbao.odf.HostileFiles;
import org.nianbao.odf.LoopbackListener;
import org.nianbao.odf.OdfTableFiller;
import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Issue 4, hostile files through the command line: every file of {@link HostileFiles} (not a zip,
 * truncated, zip bombs, XXE in every XML part with file: and http: URLs, billion laughs, huge tables,
 * ../ entries, encrypted, .docx renamed, …) in one batch with two good reports, in a JVM with a 256 MB
 * heap that exits on any OutOfMemoryError. Each hostile file gets one line with its reason (exit code
 * 2), within the 10 s time limit per file; the good reports are still checked; the order is the
 * sorted path order on every run. Each file is also checked alone: exit code 2, one line, under 10 s
 * including the JVM start.
 */
class CliHostileFilesIT {
    private static final String SECRET = "NIANBAO-SECRET-CLI-4b1e";
    private static final List<String> HEAP = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");

    @TempDir
    static Path work;
    private static Path dir;
    private static LoopbackListener server;
    /** File name → the reason's message (zh, without detail) expected in its line. */
    private static final Map<String, String> expected = new TreeMap<>();
    private static long goodForward;

    @BeforeAll
    static void setUp() throws Exception {
        server = new LoopbackListener();
        dir = Files.createDirectories(work.resolve("inbox"));
        Path secret = work.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        for (Map.Entry<Path, Reason> c : HostileFiles.all(dir, secret, server.port()).entrySet()) {
            String reason = c.getValue() == null
                    ? new CliText("zh").get("not.report") // read safely, but nothing of a report in it
                    : new UnreadableDocumentException(c.getValue(), null).message("zh");
            expected.put(c.getKey().getFileName().toString(), reason);
        }
        OdfTableFiller filler = FilledReports.filler("某某市司法局", 2023);
        Map<String, String> good = FilledReports.balanced(new Random(5), 30, Map.of("apply.carry_forward.natural_person", 4L));
        filler.fill(good, dir.resolve("good-a.odt"));
        Map<String, String> off = new java.util.LinkedHashMap<>(good);
        off.put("apply.results.total.natural_person",
                Long.toString(Long.parseLong(good.get("apply.results.total.natural_person")) + 1));
        filler.fill(off, dir.resolve("good-b-with-mistake.odt"));
        goodForward = Long.parseLong(good.get("apply.carry_forward.natural_person"));
        assertTrue(expected.size() >= 30, "hostile cases: " + expected.keySet());
    }

    @AfterAll
    static void tearDown() throws IOException {
        server.close();
    }

    private static String line(String name) {
        return "inbox/" + name + "：无法读取：";
    }

    @Test
    void aBatchOfHostileFilesIn256MegabytesGivesOneLineEachAndStillChecksTheGoodOnes() throws Exception {
        CliProcess.Result r = CliProcess.run(work, HEAP, Map.of(), 300, "check", "--timeout", "10", "inbox");
        assertEquals(2, r.exit, r.toString());
        List<String> lines = r.outLines();

        // one line per hostile file, with its reason; none timed out, none ran out of memory
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<String> mine = lines.stream().filter(l -> l.startsWith("inbox/" + e.getKey() + "：")).collect(Collectors.toList());
            if (mine.size() != 1 || !mine.get(0).startsWith(line(e.getKey()) + e.getValue())) {
                failures.add(e.getKey() + ": " + mine);
            }
        }
        assertEquals(List.of(), failures, r.out);
        assertFalse(r.out.contains("未在 10 秒内完成"), r.out);
        assertFalse(r.out.contains("内存不足"), r.out);

        // the good reports are checked, with their findings
        int a = lines.indexOf("inbox/good-a.odt：某某市司法局 2023 — 0 个错误，0 个警告，0 条提示");
        int b = lines.indexOf("inbox/good-b-with-mistake.odt：某某市司法局 2023 — 2 个错误，0 个警告，0 条提示");
        assertTrue(a >= 0 && b >= 0, r.out);
        assertTrue(lines.get(b + 1).startsWith("  [错误] R-IMP-2 表三 （七）总计 / 自然人："), r.out);
        assertTrue(lines.get(b + 2).startsWith("  [错误] R-OFF-1 表三 四、结转下年度继续办理 / 自然人：应为 " + (goodForward - 1)), r.out);
        assertEquals(expected.size() + 2 + 2, lines.size(), "one line per file plus the two findings:\n" + r.out);

        // sorted by path
        List<String> files = lines.stream().filter(l -> !l.startsWith("  ")).map(l -> l.substring(0, l.indexOf('：')))
                .collect(Collectors.toList());
        List<String> sorted = new ArrayList<>(files);
        sorted.sort(null);
        assertEquals(sorted, files);
        assertTrue(r.err.contains("个无法读取"), r.err);

        // nothing read from the local file, nothing fetched over http
        assertFalse(r.out.contains(SECRET) || r.err.contains(SECRET));
        assertEquals(0, server.connections(), "connections to the XXE http URL");

        // the same output on another run, with another degree of parallelism
        CliProcess.Result again = CliProcess.run(work, HEAP, Map.of(), 300, "check", "--timeout", "10", "--threads", "3", "inbox");
        assertEquals(r.out, again.out);
        assertEquals(2, again.exit);
    }

    @Test
    void jsonGivesTheReasonAsAnErrorField() throws Exception {
        CliProcess.Result r = CliProcess.run(work, HEAP, Map.of(), 300, "check", "--timeout", "10", "--format", "json",
                "--lang", "en", "inbox");
        assertEquals(2, r.exit, r.toString());
        assertEquals(expected.size() + 2, r.outLines().size(), r.out);
        for (String l : r.outLines()) {
            boolean good = l.startsWith("{\"file\":\"inbox/good-");
            assertEquals(!good, l.contains(",\"error\":\""), l);
            assertEquals(good, l.contains("\"findings\":"), l);
        }
        assertEquals(0, server.connections());
    }

    @Test
    void eachHostileFileAloneEndsWithExitCodeTwoAndOneLineWithinTenSeconds() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder times = new StringBuilder();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            CliProcess.Result r = CliProcess.run(work, HEAP, Map.of(), 60, "check", "inbox/" + e.getKey());
            times.append(e.getKey()).append(' ').append(r.millis).append(" ms\n");
            boolean ok = r.exit == 2 && r.outLines().size() == 1 && r.outLines().get(0).startsWith(line(e.getKey()) + e.getValue())
                    && r.err.isEmpty() && r.millis < 10_000;
            if (!ok) failures.add(e.getKey() + ": " + r);
        }
        System.out.print("CLI wall time per hostile file (JVM start included, -Xmx256m):\n" + times);
        assertEquals(List.of(), failures, times.toString());
        assertEquals(0, server.connections());
    }
}
