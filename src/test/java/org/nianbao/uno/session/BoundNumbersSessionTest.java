package org.nianbao.uno.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.bound.DataSentences;
import org.nianbao.core.doc.Block;
import org.nianbao.core.model.BoundNumber;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.VariantFixtures;

/** 插入数据句 and 绑定到表格数据 (issue 10) through the session, on the in-memory document. */
class BoundNumbersSessionTest {
    private static final String INSERT = "插入数据句";
    private static final String RECOMPUTE = "重新计算合计";

    private static Map<String, String> inputs() {
        return FakeDocument.balancedInputs();
    }

    private static Report read(FakeDocument doc) {
        return DocumentReader.read(doc.read(new java.util.ArrayList<>()));
    }

    private static List<String> rules(ActionResult r) {
        return r.result.evaluation.findings().stream().map(f -> f.rule).collect(Collectors.toList());
    }

    private static String key(String s) {
        return s;
    }

    @Test
    void dataSentencesAreOneUndoStepWithEveryNumberBoundAndEqualToTheTables() throws Exception {
        FakeDocument doc = FakeDocument.report(VariantFixtures.balancedValues());
        ReportSession s = new ReportSession(doc);
        ActionResult r = s.insertDataSentences(INSERT);

        assertEquals(List.of(INSERT), doc.undoTitles);
        assertEquals(DataSentences.keys().size(), r.bound);
        assertEquals(0, r.unknown);
        Report now = read(doc);
        assertEquals(DataSentences.keys(), now.boundNumbers().stream().map(b -> b.key).collect(Collectors.toList()));
        assertTrue(now.boundNumbers().stream().allMatch(b -> b.sectionKey.equals("overview")), now.boundNumbers().toString());
        assertTrue(now.sectionText("overview").contains("本年度共收到政府信息公开申请" + VariantFixtures.balancedValues().get("apply.new.total") + "件"),
                now.sectionText("overview"));
        assertFalse(rules(r).contains("X-BOUND"), rules(r)::toString);
        assertFalse(rules(r).contains("P-2"), rules(r)::toString);

        doc.undoLast();
        assertTrue(read(doc).boundNumbers().isEmpty(), "undo takes the sentences back");
    }

    @Test
    void aChangedInputMakesTheBoundNumberStaleUntilRecomputeWritesItWithTheTotals() throws Exception {
        FakeDocument doc = FakeDocument.report(VariantFixtures.balancedValues());
        ReportSession s = new ReportSession(doc);
        s.insertDataSentences(INSERT);
        String cell = "apply.new.natural_person";
        CellLocation at = read(doc).location(cell);
        int typed = Integer.parseInt(VariantFixtures.balancedValues().get(cell)) + 5;
        doc.write(Map.of(at, String.valueOf(typed))); // the clerk corrects one input
        String total = String.valueOf(Integer.parseInt(VariantFixtures.balancedValues().get("apply.new.total")) + 5);

        ActionResult checked = s.check();
        // the text still agrees with the total as printed; the total itself is wrong (R-IMP-1) until recomputed
        assertTrue(rules(checked).contains("R-IMP-1"), rules(checked)::toString);
        assertFalse(rules(checked).contains("X-BOUND"), rules(checked)::toString);
        assertFalse(rules(checked).contains("P-2"), "a bound number is not P-2's");

        ActionResult r = s.recompute(RECOMPUTE);
        assertEquals(List.of(INSERT, RECOMPUTE), doc.undoTitles, "the totals and the text in one step");
        assertTrue(r.written.containsKey("apply.new.total"));
        assertEquals(1, r.boundWritten.size(), r.boundWritten.toString());
        assertEquals(total, r.boundWritten.values().iterator().next());
        assertFalse(rules(r).contains("X-BOUND"), rules(r)::toString);
        BoundNumber received = read(doc).boundNumbers().get(0);
        assertEquals(total, received.text);
        assertTrue(read(doc).sectionText("overview").contains("申请" + total + "件，上年结转"));

        doc.undoLast();
        assertEquals(VariantFixtures.balancedValues().get("apply.new.total"), read(doc).boundNumbers().get(0).text);
    }

    @Test
    void theSaveUpdatesBoundNumbersToo() throws Exception {
        FakeDocument doc = FakeDocument.report(inputs()); // totals blank: the save computes them
        ReportSession s = new ReportSession(doc);
        ActionResult inserted = s.insertDataSentences(INSERT);
        assertEquals(0, inserted.unknown, "a total is known from its inputs before it is written");
        Report before = read(doc);
        assertEquals(VariantFixtures.balancedValues().get("appeal.review.total"),
                before.boundNumbers().stream().filter(b -> b.key.equals("appeal.review.total")).findFirst().orElseThrow().text);

        String cell = "appeal.review.upheld";
        CellLocation at = read(doc).location(cell);
        doc.write(Map.of(at, String.valueOf(Integer.parseInt(VariantFixtures.balancedValues().get(cell)) + 1)));
        ActionResult saved = s.save(RECOMPUTE);
        assertTrue(saved.failedStage == null, saved.stages());
        assertFalse(saved.boundWritten.isEmpty(), "the review count follows the table");
        assertFalse(rules(saved).contains("X-BOUND"), rules(saved)::toString);
        String expected = String.valueOf(Integer.parseInt(VariantFixtures.balancedValues().get("appeal.review.total")) + 1);
        assertEquals(expected, read(doc).boundNumbers().stream().filter(b -> b.key.equals("appeal.review.total")).findFirst().orElseThrow().text);
    }

    @Test
    void withoutTablesTheNumbersReadToBeFilledAndFollowOnceTheTablesExist() throws Exception {
        FakeDocument doc = FakeDocument.letter();
        ReportSession s = new ReportSession(doc);
        ActionResult r = s.insertDataSentences(INSERT);
        assertEquals(r.bound, r.unknown);
        assertTrue(doc.block(1).text.contains("收到政府信息公开申请" + DataSentences.UNKNOWN + "件"), doc.block(1).text);
        assertFalse(rules(r).contains("X-BOUND"), "nothing to compare with yet");
        assertEquals(List.of(INSERT), doc.undoTitles);
        ActionResult again = s.recompute(RECOMPUTE);
        assertTrue(again.boundWritten.isEmpty(), "never a guessed number");
    }

    @Test
    void refusedWhereWriterCannotInsertAndNothingIsRecorded() throws Exception {
        FakeDocument doc = FakeDocument.report(VariantFixtures.balancedValues());
        doc.insertRefusal = "msg.inTable";
        ReportSession s = new ReportSession(doc);
        ReportSession.Refused e = assertThrows(ReportSession.Refused.class, () -> s.insertDataSentences(INSERT));
        assertEquals("msg.inTable", e.messageKey);
        assertEquals(List.of(), doc.undoTitles);
        doc.insertRefusal = null;
        doc.readOnly = true;
        assertEquals("msg.readOnly", assertThrows(ReportSession.Refused.class, () -> s.insertDataSentences(INSERT)).messageKey);
    }

    @Test
    void aTypedNumberBoundByTheClerkFollowsTheTables() throws Exception {
        FakeDocument doc = FakeDocument.report(VariantFixtures.balancedValues());
        int heading = doc.paragraphWith("一、总体情况");
        doc.addParagraph(heading, "本机关被申请行政复议 99 件。");
        int p = heading + 1;
        ReportSession s = new ReportSession(doc);
        assertTrue(rules(s.check()).contains("P-2"), "an unbound wrong number is P-2");

        doc.selection = new int[] {p, 11, 13};
        ActionResult bound = s.bindSelection("appeal.review.total", "绑定");
        assertEquals(List.of("绑定"), doc.undoTitles);
        assertTrue(rules(bound).contains("X-BOUND"), rules(bound)::toString);
        assertFalse(rules(bound).contains("P-2"), rules(bound)::toString);
        ActionResult r = s.recompute(RECOMPUTE);
        assertEquals(VariantFixtures.balancedValues().get("appeal.review.total"), r.boundWritten.values().iterator().next());
        assertEquals("本机关被申请行政复议 " + VariantFixtures.balancedValues().get("appeal.review.total") + " 件。", doc.block(p).text);

        doc.selection = null;
        assertEquals("bind.noSelection", assertThrows(ReportSession.Refused.class, () -> s.bindSelection("appeal.review.total", "绑定")).messageKey);
        doc.selection = new int[] {p, 0, 2};
        assertEquals("bind.notANumber", assertThrows(ReportSession.Refused.class, () -> s.bindSelection("appeal.review.total", "绑定")).messageKey);
        assertEquals("bind.unknownKey", assertThrows(ReportSession.Refused.class, () -> s.bindSelection("no.such.key", "绑定")).messageKey);
        assertTrue(doc.block(p).bound.size() == 1 && doc.block(p).bound.get(0).name.startsWith("NB"), doc.block(p).bound.toString());
    }
}
