package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.FilledReports;

/** .doc and .rtf through the installed LibreOffice (issue 11): the same values as the .odt they were saved from. */
class LegacyFormatsIT {
    @TempDir
    Path dir;

    /** With the installed LibreOffice: the .odt saved as .doc and .rtf by soffice, checked through the conversion. */
    @Test
    void docAndRtfAreCheckedThroughLibreOffice() throws Exception {
                Path out = Files.createDirectories(dir.resolve("legacy"));
        Path odt = dir.resolve("a.odt");
        FilledReports.filler("某县司法局", 2024).fill(FilledReports.balanced(new Random(21), 20), odt);
        for (String fmt : new String[] {"doc", "rtf"}) {
            Process p = new ProcessBuilder(OfficeConverter.find().toString(), "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                    "--headless", "--convert-to", fmt, "--outdir", out.toString(), odt.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS));
        }
        CheckFormatsTest.Run a = CheckFormatsTest.run("check", "--format", "json", odt.toString());
        CheckFormatsTest.Run b = CheckFormatsTest.run("check", "--format", "json", "--threads", "2", out.resolve("a.doc").toString(), out.resolve("a.rtf").toString());
        assertEquals(0, b.exit, b.out + b.err);
        Object values = a.json().get(0).get("values");
        assertEquals(values, b.json().get(0).get("values"));
        assertEquals(values, b.json().get(1).get("values"));
    }
}
