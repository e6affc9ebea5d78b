package org.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.bench.FilledReports;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.SampleReportFixture;
import org.nianbao.odf.VariantFixtures;

/**
 * PDFs printed by LibreOffice ({@code soffice --convert-to pdf}) from filled reports, the sample report and a split
 * table 三 (over several pages): tables rebuilt from their borders read the same values and findings as the .odt.
 */
class PdfFromLibreOfficeIT {

    @Test
    void libreOfficePdfReadsTheSameAsItsOdt(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, String> values = FilledReports.balanced(new Random(8), 40);
        values.put("apply.results.total.natural_person", "1");
        FilledReports.filler("某县交通运输局", 2024).fill(values, in.resolve("filled.odt"));
        Files.write(in.resolve("sample.odt"), SampleReportFixture.bytes());
        Files.write(in.resolve("split.odt"), VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, true, false));
        String[] names = {"filled", "sample", "split"};
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString()));
        for (String n : names) cmd.add(in.resolve(n + ".odt").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "soffice did not finish");
        for (String n : names) {
            Report odt = DocumentReader.read(OdfDocumentReader.read(in.resolve(n + ".odt")));
            Report pdf = DocumentReader.read(PdfDocumentReader.read(out.resolve(n + ".pdf")));
            assertEquals(odt.agency(), pdf.agency(), n);
            assertEquals(odt.year(), pdf.year(), n);
            if (n.equals("filled")) {
                assertEquals(cells(odt), cells(pdf), n);
                assertEquals(findings(odt), findings(pdf), n);
                continue;
            }
            // Where a page break splits a merged group cell (（六）其他处理 in the sample), the continued rows' group
            // is not certain: those cells read nothing and T-LAYOUT names them; every other cell reads the same.
            Map<String, String> a = cells(odt);
            Map<String, String> b = cells(pdf);
            List<String> layout = Checker.check(pdf, null, null).findings().stream().filter(f -> f.rule.equals("T-LAYOUT"))
                    .map(f -> f.key).collect(Collectors.toList());
            int unread = 0;
            for (Map.Entry<String, String> e : a.entrySet()) {
                String got = b.get(e.getKey());
                if (got == null) unread++;
                else assertEquals(e.getValue(), got, n + " " + e.getKey());
            }
            assertTrue(unread == 0 || !layout.isEmpty(), n + ": cells unread without T-LAYOUT");
            assertTrue(unread <= 14, n + ": " + unread + " cells unread"); // seen: sample 7 (one row), split 14 (two rows)
        }
    }

    private static Map<String, String> cells(Report r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CellDef c : ReportSchema.get().cells()) out.put(c.key, r.cellText(c.key));
        return out;
    }

    private static List<String> findings(Report r) {
        return Checker.check(r, null, null).findings().stream().map(f -> f.rule + "@" + f.key + "=" + f.actual)
                .collect(Collectors.toList());
    }
}
