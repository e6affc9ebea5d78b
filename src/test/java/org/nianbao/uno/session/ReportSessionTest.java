package org.nianbao.uno.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.Block;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.ExtensionFindings;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.VariantFixtures;

/** Every action of a {@link ReportSession} on an in-memory document: the save path's stages, faults, undo, snapshot. */
class ReportSessionTest {
    private static final String UNDO = "Recompute totals";

    private static Map<String, String> inputs() {
        return FakeDocument.balancedInputs();
    }

    private static Map<String, String> totals() {
        Map<String, String> t = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : VariantFixtures.balancedValues().entrySet()) {
            if (ReportSchema.get().cell(e.getKey()).computed) t.put(e.getKey(), e.getValue());
        }
        return t;
    }

    private static Report read(FakeDocument doc) {
        return DocumentReader.read(doc.read(new java.util.ArrayList<>()));
    }

    private static CellLocation at(FakeDocument doc, String key) {
        return read(doc).location(key);
    }

    private static List<String> rules(ActionResult r) {
        return r.result.evaluation.findings().stream().map(f -> f.rule).collect(Collectors.toList());
    }

    @Test
    void saveWritesTheTotalsAsOneUndoStepAndStoresTheSnapshot() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        ReportSession s = new ReportSession(doc);
        ActionResult run = s.save(UNDO);

        assertNull(run.failedStage, run.stages());
        assertTrue(run.stages().matches(" binding [\\d.]+ ms recompute [\\d.]+ ms rules [\\d.]+ ms snapshot [\\d.]+ ms"), run.stages());
        assertEquals(totals().keySet(), run.written.keySet());
        assertEquals(List.of(UNDO), doc.undoTitles, "one undo step");
        assertTrue(run.overwritten.isEmpty(), "blank totals are not overwritten values");
        Report stored = read(doc);
        for (Map.Entry<String, String> e : totals().entrySet()) assertEquals(e.getValue(), stored.cellText(e.getKey()), e.getKey());
        assertFalse(rules(run).stream().anyMatch(r -> r.startsWith("R-IMP")), rules(run)::toString);
        assertNotNull(doc.snapshot);
        assertEquals(stored.cellTexts(), Snapshot.fromJson(doc.snapshot).values(), "the snapshot is what is stored");
        assertSame(run.result, s.latest());
        assertEquals(1, doc.laterReleases, "table objects released after the save, while the file is written");
        assertEquals(0, doc.releases, "not before the store (the collection costs 15-120 ms, issue 8)");
        s.check();
        assertEquals(1, doc.releases, "a command releases before it returns (a table split may follow at once)");

        doc.undoLast();
        assertEquals("", read(doc).cellText(totals().keySet().iterator().next()).strip(), "undo takes the totals back");
    }

    @Test
    void aSecondSaveKeepsTheTotalsItWroteAsOurs() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        ReportSession s = new ReportSession(doc);
        s.save(UNDO);
        String input = "apply.new.natural_person";
        doc.write(Map.of(at(doc, input), String.valueOf(Integer.parseInt(inputs().get(input)) + 4))); // the user types
        ActionResult second = s.save(UNDO);

        assertFalse(second.written.isEmpty(), "the totals that depend on it are written again");
        assertTrue(second.overwritten.isEmpty(), "totals stored by the last save are not values the user typed");
        assertFalse(rules(second).contains(ExtensionFindings.OVERWRITTEN), rules(second)::toString);
    }

    @Test
    void aTotalTheUserTypedIsReportedOldToNew() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        ReportSession s = new ReportSession(doc);
        s.save(UNDO);
        String total = totals().keySet().iterator().next();
        doc.write(Map.of(at(doc, total), "999"));
        ActionResult r = s.recompute(UNDO);

        assertEquals(1, r.overwritten.size());
        assertEquals(total, r.overwritten.get(0).key);
        assertEquals("999", r.overwritten.get(0).typed);
        assertEquals(totals().get(total), r.overwritten.get(0).computed);
        assertTrue(rules(r).contains(ExtensionFindings.OVERWRITTEN));
    }

    @Test
    void recordingChangesTheSaveReportsTheTotalsAndWritesNone() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        doc.recording = true;
        ActionResult run = new ReportSession(doc).save(UNDO);

        assertTrue(run.recording);
        assertEquals(totals().size(), run.totalsNotWritten);
        assertTrue(run.written.isEmpty());
        assertEquals(0, doc.writes);
        assertTrue(rules(run).stream().anyMatch(r -> r.startsWith("R-IMP")), "the totals that differ are errors");
        assertNotNull(doc.snapshot, "the snapshot is still stored");
    }

    @Test
    void aFaultHalfWayThroughTheTotalsLeavesTheDocumentAsItWas() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        List<Block> before = doc.body();
        ReportSession s = new ReportSession(doc);
        s.faults().arm(SaveStage.RECOMPUTE);
        ActionResult run = s.save(UNDO);

        assertEquals(SaveStage.RECOMPUTE, run.failedStage);
        assertTrue(run.failure instanceof FaultPoints.InjectedFault, String.valueOf(run.failure));
        assertTrue(doc.writes >= 1, "a table was written before the fault");
        assertEquals(before, doc.body(), "the partial write was rolled back");
        assertTrue(doc.undoTitles.isEmpty(), "no undo step left");
        assertTrue(run.written.isEmpty());
        assertNotNull(run.result, "the rules still ran, on the document as it is");
        assertNotNull(doc.snapshot, "and the snapshot was stored");
        ActionResult next = s.save(UNDO);
        assertNull(next.failedStage, "armed once: " + next.stages());
        assertFalse(next.written.isEmpty());
    }

    @Test
    void aWriterFailureWhileWritingIsAFailedStageNotAnException() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        doc.failNextWrite = new IllegalStateException("disposed");
        ActionResult run = new ReportSession(doc).save(UNDO);
        assertEquals(SaveStage.RECOMPUTE, run.failedStage);
        assertTrue(run.stages().contains("recompute FAILED"), run.stages());
    }

    private static ActionResult saveWithFault(ReportSession s, SaveStage stage) {
        s.faults().arm(stage);
        ActionResult run = s.save(UNDO);
        assertEquals(stage, run.failedStage, run.stages());
        assertTrue(run.failure instanceof FaultPoints.InjectedFault, String.valueOf(run.failure));
        return run;
    }

    @Test
    void aFaultInBindingSkipsEverythingThatNeedsIt() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        ReportSession s = new ReportSession(doc);
        ActionResult run = saveWithFault(s, SaveStage.BINDING);

        assertEquals(" binding FAILED recompute skipped rules skipped snapshot skipped", run.stages());
        assertNull(run.result);
        assertNull(doc.snapshot);
        assertEquals(0, doc.writes);
    }

    @Test
    void aFaultInTheRulesStillStoresTheSnapshot() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        ReportSession s = new ReportSession(doc);
        ActionResult run = saveWithFault(s, SaveStage.RULES);
        assertNull(run.result, "no result to show");
        assertNull(s.latest());
        assertNotNull(doc.snapshot);
        assertFalse(run.written.isEmpty(), "the totals were written before");
    }

    @Test
    void aFaultInTheSnapshotKeepsTheResult() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        ReportSession s = new ReportSession(doc);
        ActionResult run = saveWithFault(s, SaveStage.SNAPSHOT);
        assertNotNull(run.result);
        assertNull(doc.snapshot);
    }

    @Test
    void cellsChangedByAnotherProgramAreReportedUntilTheNextSave() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        new ReportSession(doc).save(UNDO);
        String key = "apply.new.natural_person";
        doc.changeOutside(at(doc, key), "77");
        doc.modified = false; // opened afresh

        ReportSession reopened = new ReportSession(doc);
        reopened.opened();
        assertEquals(1, reopened.changedOutside());
        List<Finding> outside = reopened.check().result.evaluation.findings().stream()
                .filter(f -> f.rule.equals(ExtensionFindings.SNAPSHOT)).collect(Collectors.toList());
        assertEquals(1, outside.size(), outside::toString);
        assertEquals(key, outside.get(0).key);

        ActionResult save = reopened.save(UNDO);
        assertEquals(1, save.changedOutside);
        assertEquals(0, reopened.changedOutside(), "the save stores a new snapshot: the tables win");
        assertFalse(rules(reopened.check()).contains(ExtensionFindings.SNAPSHOT));
    }

    @Test
    void aDamagedSnapshotIsAFindingNotAFailure() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        doc.snapshot = "{\"nianbao\":1,";
        ReportSession s = new ReportSession(doc);
        s.opened();
        assertTrue(rules(s.check()).contains(ExtensionFindings.SNAPSHOT));
    }

    @Test
    void recomputeWritesOnlyTotalsAndRefusesReadOnly() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs());
        ReportSession s = new ReportSession(doc);
        ActionResult r = s.recompute(UNDO);
        Report after = read(doc);
        for (CellDef c : ReportSchema.get().cells()) {
            if (!c.computed && inputs().containsKey(c.key)) assertEquals(inputs().get(c.key), after.cellText(c.key).strip(), c.key);
        }
        assertEquals(totals().keySet(), r.written.keySet());
        assertEquals(List.of(UNDO), doc.undoTitles);
        assertTrue(s.recompute(UNDO).written.isEmpty(), "nothing left to write");
        assertEquals(List.of(UNDO), doc.undoTitles, "and no empty undo step");

        FakeDocument ro = FakeDocument.report(inputs());
        ro.readOnly = true;
        ReportSession.Refused refused = assertThrows(ReportSession.Refused.class, () -> new ReportSession(ro).recompute(UNDO));
        assertEquals("recompute.readOnly", refused.messageKey);
        assertEquals(0, ro.writes);
    }

    @Test
    void lastYearsReportIsUsedByEveryLaterCheckAndFillsTheCarriedOverRow() throws Exception {
        Map<String, String> in = inputs();
        for (String k : List.copyOf(in.keySet())) if (k.startsWith("apply.carried_over.")) in.put(k, "");
        FakeDocument doc = FakeDocument.report(in);
        ReportSession s = new ReportSession(doc);
        assertEquals("previous.none", assertThrows(ReportSession.Refused.class, () -> s.fillCarriedOver("Fill")).messageKey);

        Report lastYear = read(FakeDocument.report(VariantFixtures.balancedValues()));
        ActionResult used = s.useLastYear("file:///tmp/2023.odt", lastYear);
        assertEquals(ActionResult.Kind.PREVIOUS, used.kind);
        assertEquals("2023.odt", used.lastYear.fileName());
        assertEquals(lastYear.cellTexts(), s.lastYearReport().cellTexts(), "as kept in the document (LastYearStoreTest)");

        ActionResult filled = s.fillCarriedOver("Fill");
        assertEquals(List.of("Fill"), doc.undoTitles, "one undo step");
        Map<String, String> expected = CarriedOver.carriedOver(lastYear, org.nianbao.core.model.Profile.national());
        Report now = read(doc);
        for (Map.Entry<String, String> e : expected.entrySet()) assertEquals(e.getValue(), now.cellText(e.getKey()), e.getKey());
        assertTrue(filled.written.containsKey(CarriedOver.carriedOverTotalKey()), "and the row's total");
        assertTrue(filled.replaced.isEmpty(), "blank cells are not replaced values");
    }

    @Test
    void aLetterIsNotAReport() throws Exception {
        assertFalse(ReportSession.isReport(FakeDocument.letter()));
        assertTrue(ReportSession.isReport(FakeDocument.report(inputs())));
    }

    @Test
    void theFormatWarningIsDueOnce() {
        ReportSession s = new ReportSession(FakeDocument.letter());
        assertTrue(s.formatWarningDue());
        assertFalse(s.formatWarningDue());
        assertEquals(1, s.formatWarnings());
    }

    @Test
    void fillBlanksWritesZeroIntoBlankInputCellsAsOneUndoStep() throws Exception {
        Map<String, String> in = inputs();
        List<String> blanked = List.of("apply.new.commercial", "apply.new.research");
        for (String k : blanked) in.put(k, "");
        FakeDocument doc = FakeDocument.report(in);
        ReportSession s = new ReportSession(doc);
        ActionResult r = s.fillBlanks("Fill blanks");
        assertTrue(r.written.keySet().containsAll(blanked), r.written::toString);
        for (String k : r.written.keySet()) assertFalse(ReportSchema.get().cell(k).computed, "never a total: " + k);
        assertEquals(List.of("Fill blanks"), doc.undoTitles, "one undo step");
        for (String k : blanked) assertEquals("0", read(doc).cellText(k));
        assertFalse(r.result.evaluation.findings().stream().anyMatch(Worklist::isBlank), "no blank cell left");
        assertEquals("worklist.noBlanks", assertThrows(ReportSession.Refused.class, () -> s.fillBlanks("again")).messageKey);
    }

    @Test
    void nextProblemStepsThroughErrorsFirstAndWraps() throws Exception {
        Map<String, String> in = inputs();
        in.put("apply.new.commercial", "");
        FakeDocument doc = FakeDocument.report(in);
        ReportSession s = new ReportSession(doc);
        assertEquals("worklist.notChecked", assertThrows(ReportSession.Refused.class, () -> s.step(1)).messageKey);
        doc.write(Map.of(at(doc, "apply.new.natural_person"), "abc")); // an unreadable number: an error
        ActionResult check = s.check();
        List<Finding> problems = Worklist.problems(check.result.evaluation);
        assertTrue(problems.size() >= 2, problems::toString);
        assertTrue(problems.get(0).isError(), "errors first: " + problems);
        ActionResult first = s.step(1);
        assertSame(problems.get(0), first.finding);
        assertEquals(1, first.position);
        assertEquals(problems.size(), first.count);
        assertSame(problems.get(1), s.step(1).finding);
        assertSame(problems.get(0), s.step(-1).finding);
        assertSame(problems.get(problems.size() - 1), s.step(-1).finding, "wraps around");
    }

    // ------------------------------------------------------------------ 汇总下级报告 (issue 11)

    private static final String AGGREGATE = "汇总下级报告";

    /** The balanced values (inputs and totals) times a factor: still balanced, other figures than the fixture's. */
    private static Map<String, String> balancedTimes(int factor) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : VariantFixtures.balancedValues().entrySet()) {
            out.put(e.getKey(), new java.math.BigDecimal(e.getValue()).multiply(java.math.BigDecimal.valueOf(factor))
                    .stripTrailingZeros().toPlainString());
        }
        return out;
    }

    /** Unit reports by URL, read from in-memory documents (the seam Writer fills with hidden loads). */
    private static UnitAggregation.Reader units(Map<String, FakeDocument> byUrl) {
        return url -> {
            FakeDocument d = byUrl.get(url);
            if (d == null) throw new java.io.IOException("no such file: " + url);
            return read(d);
        };
    }

    /** A folder of these reports, no other files, no list of units. */
    private static UnitFolder.Listing folder(java.util.Collection<String> urls) {
        return new UnitFolder.Listing(List.copyOf(urls), List.of(), List.of());
    }

    private static java.math.BigDecimal number(String text) {
        return new java.math.BigDecimal(text.strip());
    }

    @Test
    void aggregateWritesTheSumsOfTwoBalancedUnitsAsOneUndoStep() throws Exception {
        Map<String, String> a = balancedTimes(1);
        Map<String, String> b = balancedTimes(3);
        Map<String, FakeDocument> files = new LinkedHashMap<>();
        files.put("file:///u/a.odt", FakeDocument.report(a, "甲局", 2024));
        files.put("file:///u/b.odt", FakeDocument.report(b, "乙局", 2024));
        FakeDocument doc = FakeDocument.report(Map.of());
        ReportSession s = new ReportSession(doc);

        ActionResult r = s.aggregateUnits(folder(files.keySet()), units(files), false, AGGREGATE);

        assertEquals(List.of(AGGREGATE), doc.undoTitles, "one undo step");
        assertEquals(1, doc.writes, "one bulk write");
        assertEquals(2, r.units.aggregation.summedCount());
        assertEquals(0, r.units.refusedCount());
        Report now = read(doc);
        for (CellDef c : ReportSchema.get().cells()) {
            if (!a.containsKey(c.key)) continue;
            java.math.BigDecimal expected = number(a.get(c.key)).add(number(b.get(c.key)));
            assertEquals(0, expected.compareTo(number(now.cellText(c.key))), c.key + ": " + now.cellText(c.key));
        }
        assertEquals(0, r.result.evaluation.errorCount(), rules(r)::toString);
        assertEquals(2, rules(r).stream().filter(UnitAggregation.UNIT_RULE::equals).count(), "each unit used is a line");
        assertSame(r.result, s.latest());

        doc.undoLast();
        Report undone = read(doc);
        for (String key : a.keySet()) assertEquals("", undone.cellText(key).strip(), "undo restores the blank " + key);
    }

    @Test
    void aggregateRefusesAUnitWithTableErrorsUnlessForced() throws Exception {
        Map<String, String> broken = balancedTimes(1);
        String total = totals().keySet().iterator().next();
        broken.put(total, number(broken.get(total)).add(java.math.BigDecimal.ONE).toPlainString()); // a total off by one
        Map<String, FakeDocument> files = new LinkedHashMap<>();
        files.put("file:///u/a.odt", FakeDocument.report(balancedTimes(1), "甲局", 2024));
        files.put("file:///u/broken.odt", FakeDocument.report(broken, "乙局", 2024));
        FakeDocument doc = FakeDocument.report(Map.of());
        ReportSession s = new ReportSession(doc);

        ActionResult r = s.aggregateUnits(folder(files.keySet()), units(files), false, AGGREGATE);

        assertEquals(1, r.units.aggregation.summedCount());
        assertEquals(org.nianbao.core.aggregate.Aggregation.Status.REFUSED_ERRORS, r.units.aggregation.units.get(1).status);
        Report now = read(doc);
        for (String key : inputs().keySet()) {
            assertEquals(0, number(inputs().get(key)).compareTo(number(now.cellText(key))), "only the good unit: " + key);
        }
        assertTrue(r.result.evaluation.findings().stream().anyMatch(f -> f.rule.equals(UnitAggregation.REFUSED_RULE)
                && f.messageZh.contains("乙局")), rules(r)::toString);

        ActionResult forced = new ReportSession(FakeDocument.report(Map.of()))
                .aggregateUnits(folder(files.keySet()), units(files), true, AGGREGATE);
        assertEquals(2, forced.units.aggregation.summedCount(), "forced: both summed");
    }

    @Test
    void aggregateRefusesAnotherYearAndAnUnreadableFileAndSkipsTheReportItself() throws Exception {
        Map<String, FakeDocument> files = new LinkedHashMap<>();
        files.put("file:///u/a.odt", FakeDocument.report(balancedTimes(1), "甲局", 2024));
        files.put("file:///u/old.odt", FakeDocument.report(balancedTimes(2), "乙局", 2023));
        FakeDocument doc = FakeDocument.report(Map.of());
        doc.url = "file:///u/summary.odt";
        ReportSession s = new ReportSession(doc);

        ActionResult r = s.aggregateUnits(folder(List.of("file:///u/a.odt", "file:///u/old.odt", "file:///u/gone.odt", doc.url)),
                units(files), false, AGGREGATE);

        assertEquals(org.nianbao.core.aggregate.Aggregation.Status.REFUSED_YEAR, r.units.aggregation.units.get(1).status);
        assertEquals(2, r.units.aggregation.units.size(), "the report itself is not one of its units");
        assertEquals(List.of("file:///u/gone.odt"), List.copyOf(r.units.unreadable.keySet()));
        assertEquals(2, r.units.refusedCount());
        String first = inputs().keySet().iterator().next();
        assertEquals(0, number(inputs().get(first)).compareTo(number(read(doc).cellText(first))), "the 2023 report not summed");
    }

    @Test
    void aggregateWithNoUnitSummedWritesNothing() throws Exception {
        Map<String, FakeDocument> files = Map.of("file:///u/old.odt", FakeDocument.report(balancedTimes(1), "乙局", 2023));
        FakeDocument doc = FakeDocument.report(Map.of());
        ReportSession.Refused no = assertThrows(ReportSession.Refused.class, () -> new ReportSession(doc)
                .aggregateUnits(folder(List.of("file:///u/old.odt")), units(files), false, AGGREGATE));
        assertEquals("aggregate.noneSummed", no.messageKey);
        assertTrue(doc.undoTitles.isEmpty());
        assertEquals(0, doc.writes);
    }

    @Test
    void aggregateNamesTheUnitsOfTheListWithoutAReportAsMissing() throws Exception {
        Map<String, FakeDocument> files = new LinkedHashMap<>();
        files.put("file:///u/a.odt", FakeDocument.report(balancedTimes(1), "示例市甲局", 2024));
        // matched by its file name (percent-encoded in the URL, as LibreOffice and Java write it): 示例市乙局
        files.put("file:///u/%E4%BA%8C%E7%BA%A7/%E7%A4%BA%E4%BE%8B%E5%B8%82%E4%B9%99%E5%B1%80.odt",
                FakeDocument.report(balancedTimes(2), "乙局办公室", 2024));
        FakeDocument doc = FakeDocument.report(Map.of());
        UnitFolder.Listing folder = new UnitFolder.Listing(List.copyOf(files.keySet()), List.of(),
                List.of("示例市甲局", "示例市 乙局", "示例市丙局", "示例市丁局"));

        ActionResult r = new ReportSession(doc).aggregateUnits(folder, units(files), false, AGGREGATE);

        assertEquals(2, r.units.aggregation.summedCount());
        assertEquals(List.of("示例市丙局", "示例市丁局"), r.units.aggregation.missing);
        List<Finding> missing = r.result.evaluation.findings().stream()
                .filter(f -> f.rule.equals(org.nianbao.core.rules.Rule.A_MISSING.id)).collect(java.util.stream.Collectors.toList());
        assertEquals(2, missing.size(), rules(r)::toString);
        assertEquals(org.nianbao.core.model.Severity.WARNING, missing.get(0).severity);
        assertTrue(missing.get(0).messageZh.contains("示例市丙局") && missing.get(1).messageZh.contains("示例市丁局"),
                missing.get(0).messageZh + " / " + missing.get(1).messageZh);
        assertEquals(0, r.units.refusedCount(), "a missing unit is not a refused file");
    }

    @Test
    void aggregateRefusesADocumentThatIsNotAReportAndListsTheFilesNotRead() throws Exception {
        Map<String, FakeDocument> files = new LinkedHashMap<>();
        files.put("file:///u/a.odt", FakeDocument.report(balancedTimes(1), "甲局", 2024));
        files.put("file:///u/letter.docx", FakeDocument.letter());
        FakeDocument doc = FakeDocument.report(Map.of());
        UnitFolder.Listing folder = new UnitFolder.Listing(List.copyOf(files.keySet()), List.of("file:///u/%E8%A1%A8.pdf"), List.of());

        ActionResult r = new ReportSession(doc).aggregateUnits(folder, units(files), false, AGGREGATE);

        assertEquals(1, r.units.aggregation.summedCount());
        assertEquals(1, r.units.aggregation.units.size(), "the letter is no unit at all");
        assertEquals(List.of("file:///u/letter.docx"), r.units.notReports);
        assertEquals(2, r.units.refusedCount(), "the letter and the PDF");
        List<String> refused = r.result.evaluation.findings().stream().filter(f -> f.rule.equals(UnitAggregation.REFUSED_RULE))
                .map(f -> f.messageZh).collect(java.util.stream.Collectors.toList());
        assertEquals(2, refused.size(), refused::toString);
        assertTrue(refused.get(0).contains("letter.docx") && refused.get(0).contains("不是年度报告"), refused.get(0));
        assertTrue(refused.get(1).contains("表.pdf") && refused.get(1).contains("未读取"), refused.get(1));
    }
}
