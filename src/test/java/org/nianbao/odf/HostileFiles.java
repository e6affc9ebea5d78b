package org.nianbao.odf;

import org.nianbao.read.UnreadableDocumentException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Generates the hostile files of issue 4 into a directory (nothing binary is committed). Public so
 * that the command-line tests can check the same files end with exit code 2. Each file is named
 * after its case; {@link #all} ({@link #fast} plus {@link #heavy}) returns them with the {@link UnreadableDocumentException.Reason}
 * expected from {@link OdfDocumentReader}, or null where a safe, bounded read is the expected outcome.
 */
public final class HostileFiles {
    /** Uncompressed size of the zip bombs: past 1 GiB. */
    public static final long BOMB_BYTES = 1100L << 20;

    private HostileFiles() {
    }

    /**
     * Writes every case: {@link #fast} and {@link #heavy}. {@code secretFile} is a local file the XXE cases
     * point at; {@code httpPort} is a loopback port the XXE cases point at (a test listens there and expects
     * no connection).
     */
    public static Map<Path, UnreadableDocumentException.Reason> all(Path dir, Path secretFile, int httpPort) throws IOException {
        Map<Path, UnreadableDocumentException.Reason> out = fast(dir, secretFile, httpPort);
        out.putAll(heavy(dir));
        return out;
    }

    /** The cases that are small to write and quick to read (the unit phase): one of every kind of reason. */
    public static Map<Path, UnreadableDocumentException.Reason> fast(Path dir, Path secretFile, int httpPort) throws IOException {
        Map<Path, UnreadableDocumentException.Reason> out = new LinkedHashMap<>();
        String fileUrl = secretFile.toUri().toString();
        String httpUrl = "http://127.0.0.1:" + httpPort + "/xxe";
        out.put(write(dir, "not-a-zip.odt", notAZip()), UnreadableDocumentException.Reason.NOT_ZIP);
        out.put(write(dir, "empty.odt", new byte[0]), UnreadableDocumentException.Reason.NOT_ZIP);
        out.put(write(dir, "pdf-renamed.odt", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)),
                UnreadableDocumentException.Reason.NOT_ZIP);
        out.put(write(dir, "truncated.odt", truncated()), UnreadableDocumentException.Reason.DAMAGED_ZIP);
        out.put(write(dir, "corrupt-deflate.odt", corruptDeflate()), UnreadableDocumentException.Reason.DAMAGED_ZIP);
        for (String part : new String[] {"content.xml", "styles.xml", "meta.xml", "manifest.rdf", "settings.xml", "META-INF/manifest.xml"}) {
            String tag = part.replace("META-INF/", "").replace('.', '-');
            out.put(write(dir, "xxe-file-" + tag + ".odt", xxe(part, fileUrl)), UnreadableDocumentException.Reason.UNSAFE_XML);
            out.put(write(dir, "xxe-http-" + tag + ".odt", xxe(part, httpUrl)), UnreadableDocumentException.Reason.UNSAFE_XML);
        }
        out.put(write(dir, "xxe-parameter-entity.odt", withContent(parameterEntity(httpUrl))), UnreadableDocumentException.Reason.UNSAFE_XML);
        out.put(write(dir, "external-dtd-http.odt", withContent(externalDtd(httpUrl))), UnreadableDocumentException.Reason.UNSAFE_XML);
        out.put(write(dir, "billion-laughs.odt", withContent(billionLaughs())), UnreadableDocumentException.Reason.UNSAFE_XML);
        out.put(write(dir, "repeated-rows-and-columns.odt", withContent(repeatedPadding())), null);
        out.put(write(dir, "deep-nesting.odt", withContent(deepNesting(100_000))), UnreadableDocumentException.Reason.TOO_LARGE);
        out.put(write(dir, "dotdot-entry.odt", extraEntry("../../evil.txt")), UnreadableDocumentException.Reason.UNSAFE_PATH);
        out.put(write(dir, "absolute-entry.odt", extraEntry("/tmp/evil.txt")), UnreadableDocumentException.Reason.UNSAFE_PATH);
        out.put(write(dir, "backslash-entry.odt", extraEntry("..\\..\\evil.txt")), UnreadableDocumentException.Reason.UNSAFE_PATH);
        out.put(write(dir, "encrypted.odt", encrypted()), UnreadableDocumentException.Reason.ENCRYPTED);
        out.put(write(dir, "docx-renamed.odt", docx()), UnreadableDocumentException.Reason.NOT_ODF_TEXT);
        out.put(write(dir, "ods-renamed.odt", spreadsheet()), UnreadableDocumentException.Reason.NOT_ODF_TEXT);
        return out;
    }

    /**
     * The cases that take seconds to write or read (integration phase, {@code HostileFilesHeavyIT} and
     * {@code CliHostileFilesIT}): three zip bombs past 1 GiB, tables of 100,000 and 300,000 cells, a 30 MiB attribute.
     */
    public static Map<Path, UnreadableDocumentException.Reason> heavy(Path dir) throws IOException {
        Map<Path, UnreadableDocumentException.Reason> out = new LinkedHashMap<>();
        out.put(zipBomb(dir.resolve("zip-bomb-text.odt"), false, -1), UnreadableDocumentException.Reason.TOO_LARGE);
        out.put(zipBomb(dir.resolve("zip-bomb-text-lying-size.odt"), false, 10_000), UnreadableDocumentException.Reason.TOO_LARGE);
        out.put(zipBomb(dir.resolve("zip-bomb-paragraphs-lying-size.odt"), true, 10_000), UnreadableDocumentException.Reason.TOO_LARGE);
        out.put(write(dir, "table-100000-cells.odt", withContent(bigTable(10_000, 10))), null);
        out.put(write(dir, "table-300000-cells.odt", withContent(bigTable(30_000, 10))), UnreadableDocumentException.Reason.TOO_LARGE);
        out.put(hugeAttribute(dir.resolve("huge-attribute.odt"), 30), null);
        return out;
    }

    private static Path write(Path dir, String name, byte[] data) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, data);
        return p;
    }

    static byte[] notAZip() {
        byte[] b = new byte[4096];
        new Random(42).nextBytes(b);
        b[0] = 'X';
        return b;
    }

    static byte[] valid() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 200; i++) body.append("<text:p>段落").append(i).append("：政府信息公开工作年度报告</text:p>");
        return TestOdt.builder().content(TestOdt.content(body.toString())).part("meta.xml", TestOdt.meta("t")).bytes();
    }

    static byte[] truncated() throws IOException {
        byte[] v = valid();
        return Arrays.copyOf(v, v.length / 2);
    }

    /** content.xml's deflate data overwritten with garbage after its first bytes. */
    static byte[] corruptDeflate() throws IOException {
        byte[] v = valid();
        byte[] name = "content.xml".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(v, name, 0) + name.length; // first occurrence: the local header
        for (int i = at + 16; i < at + 400 && i < v.length; i++) v[i] = (byte) 0xFF;
        return v;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new IllegalStateException("not found");
    }

    /**
     * content.xml of {@link #BOMB_BYTES}: one text run of 'a's, or ever more paragraphs; written streaming
     * (the 1 MiB chunk is compressed once and its compressed bytes repeated; the file is about 1 MB).
     * {@code declaredSize} ≥ 0 makes the zip headers lie about the uncompressed size.
     */
    public static Path zipBomb(Path file, boolean paragraphs, long declaredSize) throws IOException {
        byte[] head = (TestOdt.content("<text:p>").replace("<text:p></office:text></office:body></office:document-content>", "<text:p>"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</text:p></office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1 << 20];
        if (paragraphs) {
            byte[] unit = "</text:p><text:p>a".getBytes(StandardCharsets.US_ASCII);
            int n = chunk.length / unit.length;
            chunk = new byte[n * unit.length];
            for (int i = 0; i < n; i++) System.arraycopy(unit, 0, chunk, i * unit.length, unit.length);
        } else {
            Arrays.fill(chunk, (byte) 'a');
        }
        long times = BOMB_BYTES / chunk.length + 1;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16); RawZip z = new RawZip(os)) {
            z.stored("mimetype", TestOdt.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
            z.deflated("META-INF/manifest.xml", TestOdt.MANIFEST);
            z.deflatedRepeated("content.xml", head, chunk, times, tail, declaredSize);
            z.finish();
        }
        return file;
    }

    /** A 30 MiB attribute value (under the content limit): the parser must hold it within a small heap. */
    static Path hugeAttribute(Path file, int mebibytes) throws IOException {
        byte[] head = TestOdt.content("<text:p text:style-name=\"").replace("<text:p text:style-name=\"</office:text></office:body></office:document-content>",
                "<text:p text:style-name=\"").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\">x</text:p></office:text></office:body></office:document-content>".getBytes(StandardCharsets.UTF_8);
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16); RawZip z = new RawZip(os)) {
            z.stored("mimetype", TestOdt.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
            z.deflated("META-INF/manifest.xml", TestOdt.MANIFEST);
            z.deflatedRepeated("content.xml", head, chunk, mebibytes, tail);
            z.finish();
        }
        return file;
    }

    /** A package whose {@code part} carries a DOCTYPE declaring an external entity, used in the text. */
    static byte[] xxe(String part, String url) throws IOException {
        String dtd = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + url + "\">]>";
        TestOdt.Builder b = TestOdt.builder();
        String content = TestOdt.content("<text:p>&xxe;</text:p>");
        String safeContent = TestOdt.content("<text:p>正文</text:p>");
        switch (part) {
            case "content.xml":
                return b.content(content.replace("?><office:document-content", "?>" + dtd + "<office:document-content")).bytes();
            case "META-INF/manifest.xml":
                return b.manifest(TestOdt.MANIFEST.replace("?><manifest:manifest", "?>" + dtd + "<manifest:manifest")
                        .replace("manifest:version=\"1.2\">", "manifest:version=\"1.2\"><!-- &xxe; -->")).content(safeContent).bytes();
            default:
                String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + dtd
                        + "<office:document-styles" + TestOdt.NS + "><office:styles><style:style style:name=\"&xxe;\"/></office:styles></office:document-styles>";
                return b.content(safeContent).part(part, xml).bytes();
        }
    }

    static String parameterEntity(String url) {
        return TestOdt.content("<text:p>x</text:p>").replace("?><office:document-content",
                "?><!DOCTYPE r [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]><office:document-content");
    }

    static String externalDtd(String url) {
        return TestOdt.content("<text:p>x</text:p>").replace("?><office:document-content",
                "?><!DOCTYPE office:document-content SYSTEM \"" + url + "\"><office:document-content");
    }

    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            for (int j = 0; j < 10; j++) dtd.append("&l").append(i - 1).append(';');
            dtd.append("\">");
        }
        dtd.append("]>");
        return TestOdt.content("<text:p>&l9;</text:p>").replace("?><office:document-content", "?>" + dtd + "<office:document-content");
    }

    /** One table of {@code rows} × {@code columns} numeric cells. */
    static String bigTable(int rows, int columns) {
        StringBuilder sb = new StringBuilder(rows * columns * 50);
        sb.append("<table:table table:name=\"Big\">");
        for (int r = 0; r < rows; r++) {
            sb.append("<table:table-row>");
            for (int c = 0; c < columns; c++) sb.append("<table:table-cell><text:p>").append(r + c).append("</text:p></table:table-cell>");
            sb.append("</table:table-row>");
        }
        sb.append("</table:table>");
        return TestOdt.content(sb.toString());
    }

    /** Spreadsheet-style padding: a million repeated empty rows and 16384 repeated empty columns. */
    static String repeatedPadding() {
        return TestOdt.content("<table:table table:name=\"Pad\"><table:table-column table:number-columns-repeated=\"16384\"/>"
                + "<table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"16383\"/></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell table:number-columns-repeated=\"16384\"/>"
                + "</table:table-row></table:table>");
    }

    static String deepNesting(int depth) {
        StringBuilder sb = new StringBuilder(depth * 25);
        sb.append("<text:p>");
        for (int i = 0; i < depth; i++) sb.append("<text:span>");
        sb.append('x');
        for (int i = 0; i < depth; i++) sb.append("</text:span>");
        sb.append("</text:p>");
        return TestOdt.content(sb.toString());
    }

    static byte[] withContent(String content) throws IOException {
        return TestOdt.builder().content(content).bytes();
    }

    static byte[] extraEntry(String name) throws IOException {
        return TestOdt.builder().content(TestOdt.content("<text:p>x</text:p>")).part(name, "evil").bytes();
    }

    /** ODF 1.2 encryption as LibreOffice writes it: the manifest describes it, the parts are ciphertext. */
    static byte[] encrypted() throws IOException {
        String entry = "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\""
                + " manifest:checksum=\"AAAA\"><manifest:algorithm manifest:algorithm-name=\"http://www.w3.org/2001/04/xmlenc#aes256-cbc\""
                + " manifest:initialisation-vector=\"AAAA\"/><manifest:start-key-generation manifest:start-key-generation-name=\"http://www.w3.org/2000/09/xmldsig#sha256\""
                + " manifest:key-size=\"32\"/><manifest:key-derivation manifest:key-derivation-name=\"PBKDF2\" manifest:key-size=\"32\""
                + " manifest:iteration-count=\"100000\" manifest:salt=\"AAAA\"/></manifest:encryption-data>";
        String manifest = TestOdt.MANIFEST.replace(
                "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>",
                "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" manifest:size=\"5000\">"
                        + entry + "</manifest:file-entry>");
        byte[] cipher = new byte[3000];
        new Random(7).nextBytes(cipher);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (RawZip z = new RawZip(b)) {
            z.stored("mimetype", TestOdt.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
            z.deflated("META-INF/manifest.xml", manifest);
            z.stored("content.xml", cipher);
            z.stored("styles.xml", cipher);
            z.finish();
        }
        return b.toByteArray();
    }

    static byte[] docx() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try (RawZip z = new RawZip(b)) {
            z.deflated("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            z.deflated("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");
            z.deflated("word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t>报告</w:t></w:r></w:p></w:body></w:document>");
            z.finish();
        }
        return b.toByteArray();
    }

    static byte[] spreadsheet() throws IOException {
        String content = TestOdt.content("").replace("<office:text></office:text>",
                "<office:spreadsheet><table:table table:name=\"S\"/></office:spreadsheet>");
        return TestOdt.builder().mimetype("application/vnd.oasis.opendocument.spreadsheet")
                .manifest(TestOdt.MANIFEST.replace(TestOdt.MIMETYPE, "application/vnd.oasis.opendocument.spreadsheet"))
                .content(content).bytes();
    }
}
