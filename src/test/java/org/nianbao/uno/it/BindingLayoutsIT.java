package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.BindingFixtures;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.VariantFixtures;

/**
 * The layouts of issue 7 in Writer: open the .odt, check (nianbao:check) and recompute, save (the save path
 * recomputes again), close, reopen: every input cell holds what the file had, and the extension's findings
 * equal the command-line checker's on the same file.
 */
class BindingLayoutsIT {
    private static final Path DIR = Paths.get("target", "it-output", "binding");
    private static final Map<String, String> VALUES = VariantFixtures.balancedValues();
    private OfficeRunner office;

    @BeforeEach
    void office() throws Exception {
        office = OfficeRunner.shared();
        Files.createDirectories(DIR);
    }

    private static Set<String> problems(Evaluation ev) {
        return ev.findings().stream().filter(f -> f.severity != Severity.INFO).map(f -> f.rule + "@" + f.key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Open, check, recompute, save, reopen; returns the findings after reopening. */
    private Set<String> roundTrip(String name, byte[] odt) throws Exception {
        Path file = DIR.resolve(name + ".odt").toAbsolutePath();
        Files.write(file, odt);
        Report cli = DocumentReader.read(OdfDocumentReader.read(odt));
        Set<String> cliProblems = problems(Checker.check(cli, null, Profile.national()));
        XTextDocument doc = office.open(file);
        try {
            LiveCheck before = LiveCheck.of(doc);
            assertEquals(cliProblems, problems(before.evaluation), name + ": extension vs command line");
            LiveCheck.assertSucceeded(office.dispatch(doc, "nianbao:check"), name + " check");
            office.dispatch(doc, "nianbao:recompute");
            UnoRuntime.queryInterface(XStorable.class, doc).store();
        } finally {
            office.close(doc);
        }
        XTextDocument again = office.open(file);
        try {
            LiveCheck after = LiveCheck.of(again);
            for (CellDef c : ReportSchema.get().cells()) {
                if (c.computed || !cli.hasCell(c.key)) continue;
                assertEquals(cli.cellText(c.key), after.report.cellText(c.key), name + ": input " + c.key + " changed by the save");
            }
            Report stored = DocumentReader.read(OdfDocumentReader.read(Files.readAllBytes(file)));
            assertEquals(problems(Checker.check(stored, null, Profile.national())), problems(after.evaluation),
                    name + ": after saving, extension vs command line");
            return problems(after.evaluation);
        } finally {
            office.close(again);
        }
    }

    private static void assertEveryValue(Report r, String name) {
        for (CellDef c : ReportSchema.get().cells()) assertEquals(VALUES.get(c.key), r.cellText(c.key), name + ": " + c.key);
    }

    @Test
    void table3ColumnsReordered() throws Exception {
        Set<String> p = roundTrip("t3-columns-reordered", BindingFixtures.t3ColumnsReordered());
        assertTrue(p.stream().noneMatch(s -> s.startsWith("R-") || s.startsWith("T-")), p::toString);
    }

    @Test
    void table3WithSubtotalColumn() throws Exception {
        Set<String> p = roundTrip("t3-subtotal", BindingFixtures.t3WithSubtotal(5));
        assertTrue(p.contains("R-IMP-1@apply.new.legal_subtotal"), p::toString);
        assertTrue(p.stream().noneMatch(s -> s.startsWith("T-")), p::toString);
    }

    @Test
    void table3FullLabelsWithoutMerges() throws Exception {
        Set<String> p = roundTrip("t3-full-labels", BindingFixtures.t3FullLabels());
        assertTrue(p.stream().noneMatch(s -> s.startsWith("R-") || s.startsWith("T-")), p::toString);
    }

    @Test
    void reportInALayoutFrame() throws Exception {
        byte[] odt = BindingFixtures.inLayoutFrame();
        Set<String> p = roundTrip("layout-frame", odt);
        assertTrue(p.stream().noneMatch(s -> s.startsWith("S-MISSING") || s.startsWith("T-")), p::toString);
        XTextDocument doc = office.open(DIR.resolve("layout-frame.odt").toAbsolutePath());
        try {
            Report r = LiveCheck.of(doc).report;
            assertEveryValue(r, "layout frame");
            assertEquals(DocumentReader.read(OdfDocumentReader.read(odt)).sectionTexts(), r.sectionTexts());
        } finally {
            office.close(doc);
        }
    }

    @Test
    void table2NormativeDocs() throws Exception {
        Set<String> p = roundTrip("t2-normative-docs", BindingFixtures.t2NormativeDocs());
        assertFalse(p.contains("T-2019@table.t2"), p::toString);
        assertTrue(p.stream().noneMatch(s -> s.startsWith("T-")), p::toString);
    }

    @Test
    void table3AsPicture() throws Exception {
        Set<String> p = roundTrip("t3-picture", BindingFixtures.t3AsPicture());
        assertTrue(p.contains("T-IMAGE@table.t3"), p::toString);
        assertFalse(p.contains("T-MISSING@table.t3"), p::toString);
    }
}
