package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nianbao.core.aggregate.Aggregation;
import org.nianbao.core.aggregate.Aggregator;
import org.nianbao.core.aggregate.UnitReport;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.bench.FilledReports;
import org.nianbao.launch.SampleReport;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * 汇总下级报告 in Writer (issue 11), headless through its dispatch URL: two balanced unit reports (one in a
 * subfolder) and one of another year in a folder, with a UNITS.txt naming a fourth unit that sent nothing;
 * {@code nianbao:aggregate?dir=…} on an inserted report fills its cells with the sums the core's aggregator
 * (the CLI's {@code nianbao aggregate}) computes from the same files, refuses the other year, names the
 * missing unit, closes the units again, and one undo restores the blank cells.
 */
class AggregateIT {
    private static final int YEAR = 2024;

    @Test
    void aggregateFillsTheSumsOfAFolderOfUnitsAsOneUndoStep() throws Exception {
        Path dir = Paths.get("target", "it-output", "汇总 下级").toAbsolutePath();
        Files.createDirectories(dir);
        try (var old = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) old.sorted(java.util.Comparator.reverseOrder())::iterator) if (!p.equals(dir)) Files.delete(p);
        }
        Files.createDirectories(dir.resolve("二级单位"));
        Random rnd = new Random(11);
        List<Path> units = List.of(unit(dir, "甲局.odt", "示例市甲局", YEAR, FilledReports.balanced(rnd, 40)),
                unit(dir.resolve("二级单位"), "乙局.odt", "示例市乙局", YEAR, FilledReports.balanced(rnd, 40)),
                unit(dir, "丙局 2023.odt", "示例市丙局", YEAR - 1, FilledReports.balanced(rnd, 40)));

        // what the command line's aggregate computes from the same files (the core's Aggregator)
        List<UnitReport> read = new ArrayList<>();
        for (Path p : units) {
            Report r = DocumentReader.read(OdfDocumentReader.read(p));
            read.add(new UnitReport(p.toString(), r, Checker.check(r, null, Profile.national())));
        }
        List<String> listed = List.of("示例市甲局", "示例市乙局", "示例市丙局", "示例市丁局");
        Files.writeString(dir.resolve("UNITS.txt"), "# 应报送的单位\n" + String.join("\n", listed) + "\n");
        Aggregation expected = Aggregator.aggregate(read, YEAR, false, listed);
        assertEquals(2, expected.summedCount(), "the 2023 report is refused by the core too");
        assertEquals(List.of("示例市丁局"), expected.missing);

        OfficeRunner office = OfficeRunner.shared();
        XTextDocument doc = office.newWriterDocument();
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
            ReportInfo.setAgency(doc, "示例市人民政府办公室");
            ReportInfo.setYear(doc, YEAR);
            XUndoManager undo = UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager();
            undo.clear();
            int open = openDocuments(office);

            DispatchResultEvent r = office.dispatch(doc, "nianbao:aggregate?dir=" + dir.toUri());

            assertEquals(DispatchResultState.SUCCESS, r.State, String.valueOf(r.Result));
            String said = String.valueOf(r.Result);
            assertTrue(said.matches("(已汇总 2 个下级报告|Aggregated 2 unit reports).*"), said);
            assertTrue(said.contains("未汇总 1 个文件") || said.contains("1 files not aggregated"), "the 2023 report refused: " + said);
            assertTrue(said.contains("1 个单位未报送：示例市丁局") || said.contains("1 units of UNITS.txt sent no report: 示例市丁局"),
                    "the unit of the list without a report: " + said);
            assertEquals(1, undo.getAllUndoActionTitles().length, "one undo step");
            assertEquals(open, openDocuments(office), "the units were closed again");
            Report after = DocumentReader.read(UnoDocumentAdapter.read(doc));
            int compared = 0;
            for (CellDef c : ReportSchema.get().cells()) {
                if (after.location(c.key) == null) continue;
                BigDecimal want = expected.values.get(c.key);
                assertEquals(0, want.compareTo(new BigDecimal(after.cellText(c.key).strip())),
                        c.key + ": " + after.cellText(c.key) + " ≠ " + want);
                compared++;
            }
            assertEquals(ReportSchema.get().cells().size(), compared, "every cell, inputs and totals");

            undo.undo();
            Report undone = DocumentReader.read(UnoDocumentAdapter.read(doc));
            for (CellDef c : ReportSchema.get().cells()) {
                assertEquals("", undone.cellText(c.key).strip(), "one undo restores the blank " + c.key);
            }
        } finally {
            office.close(doc);
        }
    }

    private static Path unit(Path dir, String file, String agency, int year, Map<String, String> values) throws IOException {
        Path p = dir.resolve(file);
        Files.write(p, SampleReport.filler(agency, year).fill(values));
        return p;
    }

    private static int openDocuments(OfficeRunner office) throws Exception {
        com.sun.star.container.XEnumeration e = office.desktop().getComponents().createEnumeration();
        int n = 0;
        while (e.hasMoreElements()) {
            e.nextElement();
            n++;
        }
        return n;
    }
}
