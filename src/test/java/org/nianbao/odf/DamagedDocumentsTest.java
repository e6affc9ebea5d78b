package org.nianbao.odf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/**
 * Issue 4, damaged or unusual documents, checker side: each {@link DamagedDocuments} file read with the
 * ODF reader and checked. Expected: a clear finding where the damage is, everything else read as before,
 * no exception, no hang.
 */
class DamagedDocumentsTest {
    private static final ReportSchema SCHEMA = ReportSchema.get();
    private static final Map<String, String> BALANCED = VariantFixtures.balancedValues();

    static final class Checked {
        final Report report;
        final Evaluation evaluation;

        Checked(Report report, Evaluation evaluation) {
            this.report = report;
            this.evaluation = evaluation;
        }

        /** Errors and warnings as "rule@key". */
        Set<String> problems() {
            return evaluation.findings().stream().filter(f -> f.severity != Severity.INFO)
                    .map(f -> f.rule + "@" + f.key).collect(Collectors.toCollection(TreeSet::new));
        }

        Set<String> tableRuleProblems() {
            return problems().stream().filter(p -> p.startsWith("R-")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static Checked check(byte[] odt) throws Exception {
        Report r = DocumentReader.read(OdfDocumentReader.read(odt));
        return new Checked(r, Checker.check(r, null, Profile.national()));
    }

    /** Every cell of the table bound, with the balanced report's values. */
    private static void assertAllBound(Report r, TableId t) {
        for (CellDef c : SCHEMA.cells(t)) assertEquals(BALANCED.get(c.key), r.cellText(c.key), c.key);
    }

    private static void assertRowBound(Report r, String row, boolean bound) {
        for (var col : SCHEMA.t3Columns()) {
            String key = "apply." + row + "." + col.key;
            assertEquals(bound, r.hasCell(key), key);
            if (bound) assertEquals(BALANCED.get(key), r.cellText(key), key);
        }
    }

    @Test
    void theCompleteReportHasNoTableProblems() throws Exception {
        Checked c = check(DamagedDocuments.complete());
        for (TableId t : TableId.values()) assertAllBound(c.report, t);
        assertTrue(c.problems().stream().noneMatch(p -> p.startsWith("T-") || p.startsWith("R-")), c.problems()::toString);
    }

    @Test
    void rowDeletedFromTable3() throws Exception {
        Checked c = check(DamagedDocuments.t3RowDeleted());
        assertTrue(c.problems().contains("T-LAYOUT@apply." + DamagedDocuments.DELETED_ROW + ".natural_person"), c.problems()::toString);
        assertRowBound(c.report, DamagedDocuments.DELETED_ROW, false);
        assertRowBound(c.report, "results.denied.internal_affairs", true);
        assertRowBound(c.report, "carry_forward", true);
        // the column totals cannot be known without the row: not reported as wrong, and a recompute leaves them
        assertNull(c.evaluation.computed("apply.results.total.natural_person"));
        assertEquals(Set.of(), c.tableRuleProblems());
    }

    @Test
    void columnDeletedFromTable3() throws Exception {
        Checked c = check(DamagedDocuments.t3ColumnDeleted());
        assertTrue(c.report.hasTable(TableId.T3), "still recognised by its labels");
        assertTrue(c.problems().contains("T-LAYOUT@apply.new.natural_person"), c.problems()::toString);
        for (CellDef d : SCHEMA.cells(TableId.T3)) assertFalse(c.report.hasCell(d.key), "a row of six values is not guessed: " + d.key);
        assertAllBound(c.report, TableId.T4);
        assertEquals(Set.of(), c.tableRuleProblems());
    }

    @Test
    void cellsMergedInTable3() throws Exception {
        Checked c = check(DamagedDocuments.t3CellsMerged());
        assertTrue(c.problems().contains("T-LAYOUT@apply." + DamagedDocuments.MERGED_ROW + ".natural_person"), c.problems()::toString);
        assertRowBound(c.report, DamagedDocuments.MERGED_ROW, false);
        assertRowBound(c.report, "results.partial", true);
    }

    @Test
    void cellSplitInTable3IsReportedNotShifted() throws Exception {
        Checked c = check(DamagedDocuments.t3CellSplit());
        assertTrue(c.problems().contains("T-LAYOUT@apply." + DamagedDocuments.SPLIT_ROW + ".natural_person"), c.problems()::toString);
        // eight value cells: binding the last seven would put 商业企业's number under 自然人 … silently
        assertRowBound(c.report, DamagedDocuments.SPLIT_ROW, false);
        assertRowBound(c.report, "results.granted", true);
    }

    @Test
    void table3SplitIntoTwoTables() throws Exception {
        Checked c = check(DamagedDocuments.t3SplitInTwo());
        assertAllBound(c.report, TableId.T3);
        assertTrue(c.problems().stream().noneMatch(p -> p.startsWith("T-") || p.startsWith("R-")), c.problems()::toString);
    }

    @Test
    void table3ConvertedToText() throws Exception {
        Checked c = check(DamagedDocuments.t3AsText());
        assertTrue(c.problems().contains("T-MISSING@table.t3"), c.problems()::toString);
        assertFalse(c.report.hasTable(TableId.T3));
        assertAllBound(c.report, TableId.T2);
        assertAllBound(c.report, TableId.T4);
        assertEquals(Set.of(), c.tableRuleProblems());
    }

    @Test
    void table3NestedInALayoutTable() throws Exception {
        Checked c = check(DamagedDocuments.t3NestedInLayoutTable());
        assertAllBound(c.report, TableId.T3);
        assertTrue(c.problems().stream().noneMatch(p -> p.startsWith("T-") || p.startsWith("R-")), c.problems()::toString);
    }

    @Test
    void tablePastedIntoAValueCell() throws Exception {
        Checked c = check(DamagedDocuments.tableInValueCell());
        String key = DamagedDocuments.NESTED_KEY;
        Finding f = c.evaluation.findings(key).stream().filter(x -> x.rule.equals("R-IMP-4")).findFirst().orElse(null);
        assertTrue(f != null, "the cell reads as the pasted table's text, not a number: " + c.evaluation.findings(key));
        assertTrue(f.actual.contains(DamagedDocuments.NESTED_TEXTS[0]) && f.actual.contains(DamagedDocuments.NESTED_TEXTS[1]), f.actual);
        assertAllBound(c.report, TableId.T4);
    }

    @Test
    void twoCopiesOfTable3() throws Exception {
        Checked c = check(DamagedDocuments.t3Twice());
        assertTrue(c.problems().contains("T-DUPLICATE@table.t3"), c.problems()::toString);
        assertEquals(Severity.WARNING, c.evaluation.findings("table.t3").get(0).severity);
        assertAllBound(c.report, TableId.T3); // the first copy
        assertAllBound(c.report, TableId.T4);
    }

    @Test
    void onlySomeTablesPresent() throws Exception {
        Checked c = check(DamagedDocuments.onlyTable3());
        assertTrue(c.problems().containsAll(Set.of("T-MISSING@table.t2", "T-MISSING@table.t4")), c.problems()::toString);
        assertFalse(c.problems().contains("T-MISSING@table.t3"));
        assertAllBound(c.report, TableId.T3);
        assertEquals(Set.of(), c.tableRuleProblems());
    }

    @Test
    void emptyDocument() throws Exception {
        Checked c = check(DamagedDocuments.empty());
        assertEquals(3, c.problems().stream().filter(p -> p.startsWith("T-MISSING@")).count(), c.problems()::toString);
        assertEquals(6, c.problems().stream().filter(p -> p.startsWith("S-MISSING@")).count(), c.problems()::toString);
        assertTrue(c.evaluation.values().isEmpty());
    }

    @Test
    void twoHundredPagesWithTheTablesAtTheEnd() throws Exception {
        byte[] odt = DamagedDocuments.longDocument(1_500);
        Checked c = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            long t0 = System.nanoTime();
            Checked r = check(odt);
            System.out.printf("[damaged] 1,500 paragraphs (over 200 pages, %d KB .odt) then the tables: read and checked in %.0f ms%n",
                    odt.length / 1024, (System.nanoTime() - t0) / 1e6);
            return r;
        }, "a long document must not hang the checker");
        for (TableId t : TableId.values()) assertAllBound(c.report, t);
        assertTrue(c.problems().stream().noneMatch(p -> p.startsWith("T-") || p.startsWith("R-")), c.problems()::toString);
    }

    @Test
    void trackedChangesReadAsTheCurrentText() throws Exception {
        Checked c = check(DamagedDocuments.trackedChange());
        String key = DamagedDocuments.TRACKED_KEY;
        assertEquals("7", c.report.cellText(key), "the deleted “3” is not read, the inserted “7” is");
        assertEquals(0, new BigDecimal("7").compareTo(c.evaluation.value(key)));
        assertTrue(c.problems().contains("R-IMP-1@apply.new.total"), "the row total is checked against 7: " + c.problems());
    }

    @Test
    void readOnlyFileIsReadAndLeftAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("read-only.odt");
        byte[] odt = DamagedDocuments.complete();
        Files.write(file, odt);
        assertTrue(file.toFile().setReadOnly());
        Report r = DocumentReader.read(OdfDocumentReader.read(file));
        Checker.check(r, null, Profile.national());
        assertAllBound(r, TableId.T3);
        assertArrayEquals(odt, Files.readAllBytes(file));
    }

    @Test
    void editedInAnotherOfficeSuiteTheTablesWin() throws Exception {
        // a balanced report whose 一、本年新收 / 自然人 is the unique number 4711
        Map<String, String> values = new LinkedHashMap<>(BALANCED);
        long delta = 4711 - Long.parseLong(values.get("apply.new.natural_person"));
        for (String key : new String[] {"apply.new.natural_person", "apply.new.total", "apply.carry_forward.natural_person",
                "apply.carry_forward.total"}) {
            values.put(key, Long.toString(Long.parseLong(values.get(key)) + delta));
        }
        byte[] saved = VariantFixtures.report(values, Map.of());
        byte[] edited = DamagedDocuments.editContent(saved, xml -> {
            assertEquals(xml.indexOf(">4711<"), xml.lastIndexOf(">4711<"), "the value is unique in content.xml");
            return xml.replace(">4711<", ">4712<");
        });
        Checked before = check(saved);
        assertEquals(Set.of(), before.tableRuleProblems());
        Checked after = check(edited);
        assertEquals("4712", after.report.cellText("apply.new.natural_person"), "what the tables hold is read");
        Set<String> added = new TreeSet<>(after.problems());
        added.removeAll(before.problems());
        assertEquals(Set.of("R-IMP-1@apply.new.total", "R-OFF-1@apply.carry_forward.natural_person"), added,
                "the edit shows up as the findings it causes, nothing else changes");
    }
}
