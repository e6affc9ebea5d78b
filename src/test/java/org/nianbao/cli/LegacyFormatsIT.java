package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.FilledReports;

/**
 * .doc, .wps and .rtf through the installed LibreOffice (issue 11): the same values as the .odt they were saved
 * from. The .wps is the .doc renamed: WPS Writer's own format is an OLE2 Word-like file, and a .wps saved by
 * WPS is not available here, so this proves the CLI's path for the extension (conversion by soffice, its
 * filter detection by content), not LibreOffice's import of a real WPS file.
 */
class LegacyFormatsIT {
    @TempDir
    Path dir;

    /** With the installed LibreOffice: the .odt saved as .doc and .rtf by soffice, checked through the conversion. */
    @Test
    void docWpsAndRtfAreCheckedThroughLibreOffice() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(OfficeConverter.find() != null,
                "no LibreOffice (soffice) on the PATH or in the usual folders: .doc/.wps/.rtf conversion not tested");
        Path out = Files.createDirectories(dir.resolve("legacy"));
        Path odt = dir.resolve("a.odt");
        FilledReports.filler("某县司法局", 2024).fill(FilledReports.balanced(new Random(21), 20), odt);
        for (String fmt : new String[] {"doc", "rtf"}) {
            Process p = new ProcessBuilder(OfficeConverter.find().toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                    "--headless", "--convert-to", fmt, "--outdir", out.toString(), odt.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS));
        }
        Path wps = Files.copy(out.resolve("a.doc"), out.resolve("某县司法局 年报.wps"));
        CheckFormatsTest.Run a = CheckFormatsTest.run("check", "--format", "json", odt.toString());
        // one soffice start per file: on a busy machine that is longer than the default 20 s limit per file
        CheckFormatsTest.Run b = CheckFormatsTest.run("check", "--format", "json", "--threads", "2", "--timeout", "180", out.resolve("a.doc").toString(),
                wps.toString(), out.resolve("a.rtf").toString());
        assertEquals(0, b.exit, b.out + b.err);
        Object values = a.json().get(0).get("values");
        assertEquals(3, b.json().size(), b.out);
        for (int i = 0; i < 3; i++) assertEquals(values, b.json().get(i).get("values"), String.valueOf(b.json().get(i).get("file")));
        assertEquals(wps.toString(), b.json().get(1).get("file"), "the .wps, checked as itself");
    }
}
