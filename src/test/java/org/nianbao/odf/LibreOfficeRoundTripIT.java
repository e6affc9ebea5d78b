package org.nianbao.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.GridCell;
import org.nianbao.launch.Installation;

/**
 * Documents written by LibreOffice itself (not by odfdom) read the same: our fixtures re-saved by
 * soffice as .odt, and converted to .docx and back (as the official .docx template would be). The office
 * is the one the ITs run against ({@link Installation}: the system's, or -Dnianbao.office); a throw-away profile.
 */
class LibreOfficeRoundTripIT {

    @Test
    void resavedAndDocxConvertedDocumentsGiveTheSameBlocks(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("sample.odt"), SampleReportFixture.bytes());
        Files.write(in.resolve("split.odt"), VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, true, false));
        Files.write(in.resolve("noisy.odt"), VariantFixtures.noisyLabels());
        Path profile = dir.resolve("profile");
        Path odt = dir.resolve("odt");
        Path docx = dir.resolve("docx");
        Path back = dir.resolve("back");
        String[] names = {"sample", "split", "noisy"};
        convert(profile, "odt", odt, in, names, ".odt");
        convert(profile, "docx", docx, in, names, ".odt");
        convert(profile, "odt", back, docx, names, ".docx");
        for (String n : names) {
            String original = dump(OdfDocumentReader.read(in.resolve(n + ".odt")), true);
            assertEquals(original, dump(OdfDocumentReader.read(odt.resolve(n + ".odt")), true), n + " re-saved");
            // through .docx, Writer renames the tables (Table1, …): compare without names
            assertEquals(dump(OdfDocumentReader.read(in.resolve(n + ".odt")), false),
                    dump(OdfDocumentReader.read(back.resolve(n + ".odt")), false), n + " via docx");
        }
    }

    private static void convert(Path profile, String format, Path outDir, Path inDir, String[] names, String ext) throws Exception {
        Installation office = Installation.chosen();
        List<String> cmd = new ArrayList<>(List.of(office.soffice().toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", format, "--outdir", outDir.toString()));
        for (String n : names) cmd.add(inDir.resolve(n + ext).toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        office.prepare(pb.environment());
        Process p = pb.start();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish");
        }
        for (String n : names) assertTrue(Files.exists(outDir.resolve(n + "." + format)), n + "." + format + " not written");
    }

    private static String dump(DocumentContent d, boolean withNames) {
        StringBuilder sb = new StringBuilder();
        for (Block b : d.blocks) {
            if (!b.isTable()) {
                sb.append('P').append(b.outlineLevel).append(' ').append(b.text).append('\n');
                continue;
            }
            sb.append("T ").append(withNames ? b.table.name : "").append('\n');
            for (List<GridCell> row : b.table.rows) {
                for (GridCell c : row) sb.append(Grids.cell(c)).append(" | ");
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
