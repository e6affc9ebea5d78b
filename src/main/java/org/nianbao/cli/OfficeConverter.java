package org.nianbao.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.odf.OdfDocumentReader;

/**
 * .doc, .wps, .rtf: converted to .odt by a headless LibreOffice ({@code soffice --convert-to odt}) in a temporary
 * folder with a throw-away profile, then read like any .odt; the folder is deleted afterwards. The office is
 * the one given with {@code --office PATH}, else {@code soffice} on the PATH or in the usual install folders.
 */
final class OfficeConverter {
    /** A file that needs LibreOffice when none was found, or whose conversion failed: the message is the reason. */
    static final class ConversionFailed extends Exception {
        private static final long serialVersionUID = 1L;
        final String messageId;
        final String detail;

        ConversionFailed(String messageId, String detail) {
            super(messageId + ": " + detail);
            this.messageId = messageId;
            this.detail = detail;
        }
    }

    private static final long TIMEOUT_SECONDS = 120;
    private static volatile Path office;

    private OfficeConverter() {
    }

    /** The office chosen on the command line (null: look for one). */
    static void use(Path soffice) {
        office = soffice;
    }

    static Path find() {
        if (office != null) return Files.isExecutable(office) ? office : null;
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                candidates.add(Path.of(d, "soffice"));
                candidates.add(Path.of(d, "soffice.exe"));
                candidates.add(Path.of(d, "libreoffice"));
            }
        }
        candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
        candidates.add(Path.of("/opt/libreoffice/program/soffice"));
        candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        candidates.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
        for (Path p : candidates) if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        return null;
    }

    static DocumentContent read(Path file) throws Exception {
        Path soffice = find();
        if (soffice == null) throw new ConversionFailed("convert.no.office", office == null ? "soffice" : office.toString());
        Path tmp = Files.createTempDirectory("nianbao-convert-");
        try {
            Path in = Files.createDirectories(tmp.resolve("in"));
            String ext = DocumentFormats.extension(file);
            Path copy = in.resolve("report." + ext); // a plain name: no quoting issues, no clash between threads
            Files.copy(file, copy);
            Path out = Files.createDirectories(tmp.resolve("out"));
            Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + tmp.resolve("profile").toUri(),
                    "--headless", "--norestore", "--convert-to", "odt", "--outdir", out.toString(), copy.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ConversionFailed("convert.timeout", Long.toString(TIMEOUT_SECONDS));
            }
            Path odt = out.resolve("report.odt");
            if (!Files.isRegularFile(odt)) throw new ConversionFailed("convert.failed", soffice.toString());
            return OdfDocumentReader.read(odt);
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
