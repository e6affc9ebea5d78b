package org.nianbao.odf;

import org.nianbao.read.UnreadableDocumentException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.read.HostileOutcomes;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Issue 4, hostile files: each ends with a one-line UnreadableDocumentException, or a safe bounded read. The
 * unit phase reads {@link HostileFiles#fast} (one case of every reason); the zip bombs, huge tables and the
 * 256 MB heap run are in {@link HostileFilesHeavyIT}, and every case goes through the CLI in CliHostileFilesIT.
 */
class HostileFilesTest {
    static final String SECRET = "NIANBAO-SECRET-7f3a";

    @TempDir
    static Path dir;
    private static LoopbackListener server;
    private static Map<Path, Reason> cases;

    @BeforeAll
    static void setUp() throws Exception {
        server = new LoopbackListener();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        cases = HostileFiles.fast(dir, secret, server.port());
    }

    @AfterAll
    static void tearDown() throws IOException {
        server.close();
    }

    @Test
    void everyCaseEndsWithItsReasonOrASafeReadWithinSeconds() {
        List<String> failures = failuresOf(cases);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(0, server.connections(), "an XXE case reached the loopback http server");
    }

    /** Reads each case in this JVM: what differs from its expected reason (or safe read), or took over 5 s. */
    static List<String> failuresOf(Map<Path, Reason> cases) {
        return HostileOutcomes.failures(cases, OdfDocumentReader::read, SECRET);
    }

    @Test
    void spreadsheetPaddingIsBounded() throws Exception {
        DocumentContent d = OdfDocumentReader.read(dir.resolve("repeated-rows-and-columns.odt"));
        assertEquals("0,0:1\n", Grids.dump(d.blocks.get(0).table));
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
