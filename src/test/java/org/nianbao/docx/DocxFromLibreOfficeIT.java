package org.nianbao.docx;

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
import org.nianbao.odf.DamagedDocuments;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.SampleReportFixture;
import org.nianbao.odf.VariantFixtures;

/**
 * .docx written by another producer: LibreOffice's own Word export ({@code soffice --headless --convert-to docx})
 * of filled reports, the sample report, a split table 三 and merged cells; each reads back with the same
 * agency, year, values and findings as the .odt it was made from.
 */
class DocxFromLibreOfficeIT {

    @Test
    void libreOfficeDocxReadsTheSameAsItsOdt(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, String> values = FilledReports.balanced(new Random(5), 30);
        values.put("apply.carried_over.legal_service", "3件");
        FilledReports.filler("某县交通运输局", 2024).fill(values, in.resolve("filled.odt"));
        Files.write(in.resolve("sample.odt"), SampleReportFixture.bytes());
        Files.write(in.resolve("split.odt"), VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, true, false));
        Files.write(in.resolve("merged.odt"), DamagedDocuments.t3CellsMerged());
        String[] names = {"filled", "sample", "split", "merged"};
        Path out = dir.resolve("out");
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "docx", "--outdir", out.toString()));
        for (String n : names) cmd.add(in.resolve(n + ".odt").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(240, TimeUnit.SECONDS), "soffice did not finish");
        for (String n : names) {
            Report odt = DocumentReader.read(OdfDocumentReader.read(in.resolve(n + ".odt")));
            Report docx = DocumentReader.read(DocxDocumentReader.read(out.resolve(n + ".docx")));
            assertEquals(odt.agency(), docx.agency(), n);
            assertEquals(odt.year(), docx.year(), n);
            assertEquals(cells(odt), cells(docx), n);
            assertEquals(findings(odt), findings(docx), n);
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
