package org.nianbao.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The hostile files that take seconds ({@link HostileFiles#heavy}: zip bombs past 1 GiB, 100,000- and
 * 300,000-cell tables, a 30 MiB attribute) read in this JVM, and every case in a JVM with a 256 MB heap.
 * The quick cases are the unit test {@link HostileFilesTest}.
 */
class HostileFilesHeavyIT {
    private static final String SECRET = HostileFilesTest.SECRET;

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
    void everyHeavyCaseEndsWithItsReasonOrASafeReadWithinSeconds() throws IOException {
        List<String> failures = HostileFilesTest.failuresOf(HostileFiles.heavy(dir));
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theHundredThousandCellTableIsReadCompletely() throws Exception {
        DocumentContent d = OdfDocumentReader.read(dir.resolve("table-100000-cells.odt"));
        assertEquals(100_000, Grids.cellCount(d.blocks.get(0).table));
        assertEquals("9999,9:10008", Grids.cell(d.blocks.get(0).table.row(9999).get(9)));
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

}
