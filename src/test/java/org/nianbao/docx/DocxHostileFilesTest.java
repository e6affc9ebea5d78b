package org.nianbao.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.odf.HostileFiles;
import org.nianbao.odf.LoopbackListener;
import org.nianbao.odf.RawZip;
import org.nianbao.read.HostileOutcomes;
import org.nianbao.read.UnreadableDocumentException.Reason;

/** The hostile-file cases of the ODF reader, as .docx: each a one-line reason or a bounded read, nothing fetched. */
class DocxHostileFilesTest {
    private static final String SECRET = "NIANBAO-SECRET-docx-91c";

    @TempDir
    static Path dir;
    private static LoopbackListener server;
    private static final Map<Path, Reason> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void setUp() throws Exception {
        server = new LoopbackListener();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        String file = secret.toUri().toString();
        String http = "http://127.0.0.1:" + server.port() + "/x";
        add("not-a-zip.docx", "plain text, not a zip".getBytes(StandardCharsets.UTF_8), Reason.NOT_ZIP);
        add("empty.docx", new byte[0], Reason.NOT_ZIP);
        add("ole2-encrypted.docx", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, Reason.NOT_ZIP);
        byte[] valid = TestDocx.withBody(TestDocx.p("正文"));
        add("valid.docx", valid, null);
        add("truncated.docx", Arrays.copyOf(valid, valid.length / 2), Reason.DAMAGED_ZIP);
        add("odt-renamed.docx", org.nianbao.odf.DamagedDocuments.complete(), Reason.NOT_WORD_TEXT);
        add("xlsx-renamed.docx", TestDocx.zip(Map.of("[Content_Types].xml", TestDocx.CONTENT_TYPES, "xl/workbook.xml", "<workbook/>")),
                Reason.NOT_WORD_TEXT);
        for (String url : new String[] {file, http}) {
            String tag = url.startsWith("http") ? "http" : "file";
            String dtd = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + url + "\">]>";
            add("xxe-document-" + tag + ".docx", TestDocx.withDocument(TestDocx.document("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>")
                    .replace("?><w:document", "?>" + dtd + "<w:document")), Reason.UNSAFE_XML);
            for (String part : new String[] {"word/styles.xml", "docProps/core.xml", "word/_rels/document.xml.rels", "[Content_Types].xml"}) {
                String xml = "<?xml version=\"1.0\"?>" + dtd + "<r>&xxe;</r>";
                add("xxe-" + part.replaceAll("[^a-z]", "") + "-" + tag + ".docx", TestDocx.withPart(part, xml), Reason.UNSAFE_XML);
            }
            add("xxe-rels-" + tag + ".docx", TestDocx.withPart("_rels/.rels", "<?xml version=\"1.0\"?>" + dtd + "<Relationships>&xxe;</Relationships>"),
                    Reason.UNSAFE_XML);
            add("external-dtd-" + tag + ".docx", TestDocx.withDocument(TestDocx.document(TestDocx.p("x"))
                    .replace("?><w:document", "?><!DOCTYPE w:document SYSTEM \"" + url + "\"><w:document")), Reason.UNSAFE_XML);
            add("parameter-entity-" + tag + ".docx", TestDocx.withDocument(TestDocx.document(TestDocx.p("x"))
                    .replace("?><w:document", "?><!DOCTYPE r [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><w:document")), Reason.UNSAFE_XML);
        }
        StringBuilder laughs = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"");
            for (int j = 0; j < 10; j++) laughs.append("&l").append(i - 1).append(';');
            laughs.append("\">");
        }
        laughs.append("]>");
        add("billion-laughs.docx", TestDocx.withDocument(TestDocx.document("<w:p><w:r><w:t>&l9;</w:t></w:r></w:p>")
                .replace("?><w:document", "?>" + laughs + "<w:document")), Reason.UNSAFE_XML);
        add("absolute-path.docx", TestDocx.withPart("/etc/evil.xml", "<r/>"), Reason.UNSAFE_PATH);
        add("dotdot-path.docx", TestDocx.withPart("word/../../evil.xml", "<r/>"), Reason.UNSAFE_PATH);
        add("backslash-path.docx", TestDocx.withPart("word\\evil.xml", "<r/>"), Reason.UNSAFE_PATH);
        add("malformed.docx", TestDocx.withDocument(TestDocx.document("<w:p><w:r><w:t>x</w:r></w:p>")), Reason.MALFORMED_XML);
        add("not-a-document.docx", TestDocx.withDocument("<?xml version=\"1.0\"?><x:root xmlns:x=\"urn:x\"/>"), Reason.NOT_WORD_TEXT);
        StringBuilder deep = new StringBuilder("<w:p>");
        for (int i = 0; i < 100_000; i++) deep.append("<w:ins>");
        deep.append("<w:r><w:t>x</w:t></w:r>");
        for (int i = 0; i < 100_000; i++) deep.append("</w:ins>");
        add("deep-nesting.docx", TestDocx.withBody(deep.append("</w:p>").toString()), Reason.TOO_LARGE);
        add("table-100000-cells.docx", TestDocx.withBody(bigTable(10_000, 10)), null);
        add("table-300000-cells.docx", TestDocx.withBody(bigTable(30_000, 10)), Reason.TOO_LARGE);
        add("table-1000-columns.docx", TestDocx.withBody(bigTable(100, 1000)), null); // columns beyond 64 dropped
        add("wide-spans.docx", TestDocx.withBody("<w:tbl><w:tr>" + TestDocx.tc("<w:gridSpan w:val=\"2147483647\"/>", "a")
                + TestDocx.tc("<w:gridSpan w:val=\"-5\"/>", "b") + TestDocx.tc("", "c") + "</w:tr></w:tbl>"), null);
        CASES.put(bomb(dir.resolve("zip-bomb.docx")), Reason.TOO_LARGE);
    }

    private static String bigTable(int rows, int columns) {
        StringBuilder big = new StringBuilder(rows * columns * 50).append("<w:tbl>");
        for (int r = 0; r < rows; r++) {
            big.append("<w:tr>");
            for (int c = 0; c < columns; c++) big.append("<w:tc><w:p><w:r><w:t>").append(r + c).append("</w:t></w:r></w:p></w:tc>");
            big.append("</w:tr>");
        }
        return big.append("</w:tbl>").toString();
    }

    private static void add(String name, byte[] data, Reason expected) throws IOException {
        CASES.put(TestDocx.write(dir, name, data), expected);
    }

    /** document.xml of 1.1 GiB: one w:t of 'a's, compressed to about 1 MB. */
    private static Path bomb(Path file) throws IOException {
        String doc = TestDocx.document("<w:p><w:r><w:t>@</w:t></w:r></w:p>");
        int at = doc.indexOf('@');
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16); RawZip z = new RawZip(os)) {
            z.deflated("[Content_Types].xml", TestDocx.CONTENT_TYPES);
            z.deflated("_rels/.rels", TestDocx.RELS);
            z.deflatedRepeated("word/document.xml", doc.substring(0, at).getBytes(StandardCharsets.UTF_8), chunk,
                    HostileFiles.BOMB_BYTES / chunk.length + 1, doc.substring(at + 1).getBytes(StandardCharsets.UTF_8));
            z.finish();
        }
        return file;
    }

    @AfterAll
    static void tearDown() throws IOException {
        server.close();
    }

    @Test
    void everyCaseEndsWithItsReasonOrASafeReadWithinSeconds() {
        List<String> failures = HostileOutcomes.failures(CASES, DocxDocumentReader::read, SECRET);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(0, server.connections(), "an XXE case reached the loopback http server");
    }
}
