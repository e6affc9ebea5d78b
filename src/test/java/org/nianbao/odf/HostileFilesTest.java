package org.nianbao.odf;

import org.nianbao.read.UnreadableDocumentException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.read.UnreadableDocumentException.Reason;

/** Issue 4, hostile files: each ends with a one-line UnreadableDocumentException, or a safe bounded read. */
class HostileFilesTest {
    private static final String SECRET = "NIANBAO-SECRET-7f3a";

    @TempDir
    static Path dir;
    private static LoopbackListener server;
    private static Map<Path, Reason> cases;

    @BeforeAll
    static void setUp() throws Exception {
        server = new LoopbackListener();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        cases = HostileFiles.all(dir, secret, server.port());
    }

    @AfterAll
    static void tearDown() throws IOException {
        server.close();
    }

    @Test
    void everyCaseEndsWithItsReasonOrASafeReadWithinSeconds() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<Path, Reason> c : cases.entrySet()) {
            String name = c.getKey().getFileName().toString();
            long t0 = System.nanoTime();
            Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    return OdfDocumentReader.read(c.getKey());
                } catch (UnreadableDocumentException e) {
                    return e;
                }
            }, name);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (c.getValue() == null) {
                if (!(outcome instanceof DocumentContent)) failures.add(name + ": expected a read, got " + outcome);
            } else if (!(outcome instanceof UnreadableDocumentException)) {
                failures.add(name + ": expected " + c.getValue() + ", read it");
            } else {
                UnreadableDocumentException e = (UnreadableDocumentException) outcome;
                if (e.reason() != c.getValue()) failures.add(name + ": expected " + c.getValue() + ", got " + e.reason() + " " + e.getMessage());
                for (String lang : new String[] {"en", "zh"}) {
                    String m = e.message(lang);
                    if (m.contains("\n") || m.contains("\r") || m.length() > 400) failures.add(name + ": not one line: " + m);
                    if (m.contains(SECRET)) failures.add(name + ": message leaks the secret file");
                }
            }
            if (ms > 5000) failures.add(name + ": took " + ms + " ms");
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(0, server.connections(), "an XXE case reached the loopback http server");
    }

    @Test
    void theHundredThousandCellTableIsReadCompletely() throws Exception {
        DocumentContent d = OdfDocumentReader.read(dir.resolve("table-100000-cells.odt"));
        assertEquals(100_000, Grids.cellCount(d.blocks.get(0).table));
        assertEquals("9999,9:10008", Grids.cell(d.blocks.get(0).table.row(9999).get(9)));
    }

    @Test
    void spreadsheetPaddingIsBounded() throws Exception {
        DocumentContent d = OdfDocumentReader.read(dir.resolve("repeated-rows-and-columns.odt"));
        assertEquals("0,0:1\n", Grids.dump(d.blocks.get(0).table));
    }

    @Test
    void theBombsAreRealAndSmallOnDisk() throws Exception {
        for (String n : new String[] {"zip-bomb-text.odt", "zip-bomb-text-lying-size.odt", "zip-bomb-paragraphs-lying-size.odt"}) {
            Path p = dir.resolve(n);
            assertTrue(Files.size(p) < 20L << 20, n + " is " + Files.size(p));
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(p.toFile());
                 java.io.InputStream in = z.getInputStream(z.getEntry("content.xml"))) {
                long total = 0;
                byte[] buf = new byte[1 << 16];
                for (int r; (r = in.read(buf)) > 0; ) total += r;
                assertTrue(total > 1L << 30, n + " expands to " + total);
            }
        }
    }

    @Test
    void messagesAreOneLineInBothLanguages() throws Exception {
        UnreadableDocumentException e = expect(dir.resolve("encrypted.odt"));
        assertEquals(Reason.ENCRYPTED, e.reason());
        assertTrue(e.message("zh").startsWith("文档设有密码"), e.message("zh"));
        assertTrue(e.message("en").startsWith("Password-protected"), e.message("en"));
        assertEquals(e.getMessage(), e.message("en"));
        UnreadableDocumentException docx = expect(dir.resolve("docx-renamed.odt"));
        assertTrue(docx.getMessage().contains("Office Open XML"), docx.getMessage());
    }

    /**
     * Runs the reader over every case in a separate JVM limited to 256 MB of heap: no case may exhaust
     * the memory (an OutOfMemoryError would end the child with a non-zero status).
     */
    @Test
    void allCasesInA256MegabyteHeap() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                HostileReadMain.class.getName()));
        for (Path p : cases.keySet()) cmd.add(p.toString());
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = proc.getInputStream().readAllBytes();
        assertTrue(proc.waitFor(120, TimeUnit.SECONDS), "child did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, proc.exitValue(), text);
        for (Map.Entry<Path, Reason> c : cases.entrySet()) {
            String expected = c.getKey().getFileName() + "\t" + (c.getValue() == null ? "READ" : c.getValue().name());
            assertTrue(text.contains(expected + "\t"), "missing line " + expected + " in\n" + text);
        }
        assertFalse(text.contains(SECRET));
    }

    private static UnreadableDocumentException expect(Path p) {
        try {
            OdfDocumentReader.read(p);
        } catch (UnreadableDocumentException e) {
            assertNotNull(e.reason());
            return e;
        }
        return fail(p + " was read");
    }
}
