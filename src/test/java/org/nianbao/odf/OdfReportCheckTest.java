package org.nianbao.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/** ODF documents through the whole path: odfdom reader → recogniser → checker. */
class OdfReportCheckTest {
    private static byte[] template;

    @BeforeAll
    static void writeTemplate() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OdfTemplateWriter.write(out, "某某县人民政府办公室", 2024);
        template = out.toByteArray();
    }

    private static Report read(byte[] odt) throws Exception {
        return DocumentReader.read(OdfDocumentReader.read(odt));
    }

    private static byte[] filled(Map<String, String> values) throws Exception {
        return OdfTableFiller.of(template).fill(values);
    }

    /** Errors and warnings as "rule@key", the notes (label variants) left out. */
    private static Set<String> problems(Evaluation ev) {
        return ev.findings().stream().filter(f -> f.severity != Severity.INFO)
                .map(f -> f.rule + "@" + f.key).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> cellProblems(Evaluation ev) {
        return problems(ev).stream().filter(p -> !p.contains("@section.")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void templateFilledAndReadGivesTheSameModel() throws Exception {
        Map<String, String> values = VariantFixtures.balancedValues();
        Report r = read(filled(values));
        assertEquals("某某县人民政府办公室", r.agency());
        assertEquals(2024, r.year());
        for (CellDef c : ReportSchema.get().cells()) assertEquals(values.get(c.key), r.cellText(c.key), c.key);
        Evaluation ev = Checker.check(r, null, null);
        assertEquals(Set.of(), cellProblems(ev));
        for (CellDef c : ReportSchema.get().cells()) {
            assertEquals(0, new BigDecimal(values.get(c.key)).compareTo(ev.values().get(c.key)), c.key);
        }
    }

    @Test
    void blankTemplateWarnsPerCellAndNamesTheGuidance() throws Exception {
        Evaluation ev = Checker.check(read(template), null, null);
        assertEquals(0, ev.errorCount(), () -> ev.findings().toString());
        // one grouped P-6 per table (issue 9), listing every blank cell
        long groups = ev.findings().stream().filter(f -> f.rule.equals("P-6")).count();
        long blanks = ev.findings().stream().filter(f -> f.rule.equals("P-6")).mapToLong(f -> f.keys.size()).sum();
        assertEquals(3, groups);
        assertEquals(ReportSchema.get().cells().size(), blanks);
    }

    @Test
    void sampleReportFixtureReadsBackFully() throws Exception {
        Report r = read(SampleReportFixture.bytes());
        assertEquals(SampleReportFixture.AGENCY, r.agency());
        assertEquals(SampleReportFixture.YEAR, r.year());
        for (CellDef c : ReportSchema.get().cells()) assertEquals("0", r.cellText(c.key), c.key);
        Evaluation ev = Checker.check(r, null, null);
        assertEquals(Set.of(), problems(ev));
        Set<String> notes = ev.findings().stream().map(f -> f.rule + "@" + f.key).collect(Collectors.toSet());
        assertTrue(notes.contains("L-LABEL@apply.new.social_welfare"), notes::toString);
        // the real sample's “社会社会关注” is a doubled word (D-TERM, info); its all-zero tables prompt T-ZERO (info)
        assertTrue(notes.containsAll(Set.of("D-TERM@section.overview", "T-ZERO@table.t3")), notes::toString);
        assertEquals(4, ev.profile().amountDecimals);
    }

    @Test
    void sampleReportWithOutlineHeadingsReadsItsSections() throws Exception {
        Report r = read(SampleReportFixture.bytes(true));
        for (String s : List.of("overview", "problems", "other")) assertFalse(r.sectionText(s) == null, s);
    }

    @Test
    void variantsAllBindEveryCell() throws Exception {
        Map<String, String> values = VariantFixtures.balancedValues();
        Map<String, byte[]> variants = new LinkedHashMap<>();
        variants.put("t2AsFourTables", VariantFixtures.t2AsFourTables());
        variants.put("t3SplitRepeatHeader", VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, true, false));
        variants.put("t3SplitNoHeader", VariantFixtures.t3Split(VariantFixtures.SAMPLE_SPLIT_ROW, false, true));
        variants.put("noisyLabels", VariantFixtures.noisyLabels());
        for (Map.Entry<String, byte[]> v : variants.entrySet()) {
            Report r = read(v.getValue());
            for (CellDef c : ReportSchema.get().cells()) assertEquals(values.get(c.key), r.cellText(c.key), v.getKey() + " " + c.key);
            Evaluation ev = Checker.check(r, null, null);
            assertEquals(Set.of(), cellProblems(ev), v.getKey());
        }
    }

    @Test
    void ideographicSpaceCellsAreBlanks() throws Exception {
        Evaluation ev = Checker.check(read(VariantFixtures.ideographicSpaceCells()), null, null);
        assertTrue(ev.findings("apply.carried_over.natural_person").stream().anyMatch(f -> f.rule.equals("P-6")));
        assertTrue(ev.findings("appeal.review.total").stream().anyMatch(f -> f.rule.equals("P-6")));
    }

    @Test
    void format2019TablesAreReportedNotMisread() throws Exception {
        Report r = read(VariantFixtures.format2019());
        Evaluation ev = Checker.check(r, null, null);
        Set<String> found = problems(ev);
        assertTrue(found.contains("T-2019@table.t2"), found::toString);
        assertTrue(found.contains("T-2019@table.t3"), found::toString);
        assertFalse(r.hasTable(TableId.T2));
        assertFalse(r.hasTable(TableId.T3));
        assertTrue(r.hasTable(TableId.T4));
    }

    @Test
    void mergedValueColumnsReadTotals() throws Exception {
        Report r = read(VariantFixtures.t3MergedValueColumns());
        assertTrue(r.hasCell("apply.new.total"));
        assertFalse(r.hasCell("apply.new.natural_person"));
        assertTrue(problems(Checker.check(r, null, null)).contains("T-LAYOUT@apply.new.natural_person"));
    }

    // ------------------------------------------------------------------ injected mistakes

    private static Set<String> mistake(String key, String text) throws Exception {
        Map<String, String> values = new LinkedHashMap<>(VariantFixtures.balancedValues());
        values.put(key, text);
        return cellProblems(Checker.check(read(filled(values)), null, null));
    }

    private static String plus(String key, int delta) {
        return new BigDecimal(VariantFixtures.balancedValues().get(key)).add(BigDecimal.valueOf(delta)).toPlainString();
    }

    @Test
    void totalOffByOneIsFoundAtThatCell() throws Exception {
        assertEquals(Set.of("R-IMP-2@apply.results.total.natural_person", "R-OFF-1@apply.carry_forward.natural_person"),
                mistake("apply.results.total.natural_person", plus("apply.results.total.natural_person", 1)));
    }

    @Test
    void leafChangedFlagsItsRowColumnAndGrandTotal() throws Exception {
        assertEquals(Set.of("R-IMP-1@apply.results.granted.total", "R-IMP-2@apply.results.total.natural_person",
                        "R-IMP-1@apply.results.total.total"),
                mistake("apply.results.granted.natural_person", plus("apply.results.granted.natural_person", 1)));
    }

    @Test
    void blankCellIsAWarning() throws Exception {
        assertEquals(Set.of("P-6@appeal.review.upheld", "R-IMP-3@appeal.review.total"), mistake("appeal.review.upheld", ""));
    }

    @Test
    void textInACellIsAnError() throws Exception {
        Set<String> found = mistake("active.art20_5.licensing.decisions", "见附件");
        assertEquals(Set.of("R-IMP-4@active.art20_5.licensing.decisions"), found);
    }

    @Test
    void findingsComeInDocumentOrder() throws Exception {
        Map<String, String> values = new LinkedHashMap<>(VariantFixtures.balancedValues());
        values.put("appeal.review.upheld", "x");
        values.put("active.art20_1.rules.issued", "y");
        List<Finding> f = Checker.check(read(filled(values)), null, null).findings();
        List<Integer> orders = f.stream().map(x -> x.order).collect(Collectors.toList());
        List<Integer> sorted = orders.stream().sorted().collect(Collectors.toList());
        assertEquals(sorted, orders);
    }
}
