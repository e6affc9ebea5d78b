package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.table.XCell;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.uno.UnoRuntime;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Report;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.rules.Totals;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.VariantFixtures;
import org.nianbao.reliability.CellInputCases;
import org.nianbao.reliability.CellInputCases.Case;
import org.nianbao.reliability.CellInputCases.Kind;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * Issue 4, bad cell input, extension side, in a real LibreOffice: every case of {@link CellInputCases}
 * typed (setString) into the corresponding kind of cell of an inserted report — all cases of a kind at
 * once, one cell each — then nianbao:check and nianbao:recompute by dispatch. Asserted: the value and
 * findings at each cell (read as the extension reads), the command's answer, no error in the extension's
 * log, and that recompute never replaces a typed value without naming the cell in its message. Also
 * numbers typed as numbers (setValue) and real Writer formula cells (setFormula).
 */
class CellInputIT {
    private static final ReportSchema SCHEMA = ReportSchema.get();

    private OfficeRunner office;
    private final List<XTextDocument> open = new ArrayList<>();

    @BeforeEach
    void office() throws Exception {
        office = OfficeRunner.shared();
    }

    @AfterEach
    void close() {
        for (XTextDocument d : open) office.close(d);
    }

    private XTextDocument report() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        open.add(doc);
        LiveCheck.assertSucceeded(office.dispatch(doc, "nianbao:insert?part=report"), "insert");
        return doc;
    }

    private static Map<String, String> inputsOnly() {
        Map<String, String> values = new LinkedHashMap<>(VariantFixtures.balancedValues());
        for (CellDef c : SCHEMA.cells()) if (c.computed) values.remove(c.key);
        return values;
    }

    @Test
    void countCells() throws Exception {
        for (Map<String, Case> placement : CellInputCases.documents(Kind.COUNT)) typeCheckAndRecompute(Kind.COUNT, placement, inputsOnly());
    }

    @Test
    void computedTotals() throws Exception {
        for (Map<String, Case> placement : CellInputCases.documents(Kind.TOTAL)) {
            typeCheckAndRecompute(Kind.TOTAL, placement, VariantFixtures.balancedValues());
        }
    }

    /** One report: base values and the cases typed in bulk, checked and recomputed by dispatch. */
    private void typeCheckAndRecompute(Kind kind, Map<String, Case> placement, Map<String, String> base) throws Exception {
        XTextDocument doc = report();
        Map<String, String> texts = new LinkedHashMap<>(base);
        for (Map.Entry<String, Case> e : placement.entrySet()) texts.put(e.getKey(), e.getValue().text);
        Report blank = LiveCheck.of(doc).report;
        assertEquals(texts.size(), UnoDocumentAdapter.writeByKey(doc, blank, texts));

        long mark = LiveCheck.logMark(office);
        LiveCheck before = LiveCheck.of(doc);
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Case> e : placement.entrySet()) {
            checks.add(() -> CellInputCases.assertCell(kind, e.getValue(), e.getKey(), before.evaluation));
        }
        assertAll(kind + " cases as the extension reads them", checks);

        DispatchResultEvent check = office.dispatch(doc, "nianbao:check");
        LiveCheck.assertSucceeded(check, "check");
        assertEquals(before.summary(), check.Result, "the command reports what the checker finds");

        DispatchResultEvent recompute = office.dispatch(doc, "nianbao:recompute");
        LiveCheck.assertSucceeded(recompute, "recompute");
        System.out.println("[cell-input] " + kind + ", " + placement.size() + " cases: check “" + check.Result + "”; recompute “"
                + shorten(String.valueOf(recompute.Result)) + "” (" + String.valueOf(recompute.Result).length() + " characters)");
        assertRecomputeKeptOrReported(before, LiveCheck.of(doc).report, String.valueOf(recompute.Result));
        LiveCheck.assertNoErrorsSince(office, mark);
    }

    /**
     * After a recompute: inputs untouched; a total either as it was, or the computed sum — and then, if the
     * cell held anything, named in the command's message.
     */
    static void assertRecomputeKeptOrReported(LiveCheck before, Report after, String message) {
        List<Executable> checks = new ArrayList<>();
        for (String key : before.report.cellTexts().keySet()) {
            String old = before.report.cellText(key);
            String now = after.cellText(key);
            if (java.util.Objects.equals(old, now)) continue;
            checks.add(() -> {
                assertTrue(Totals.computedKeys().contains(key), "recompute changed an input cell " + key + ": “" + old + "” → “" + now + "”");
                BigDecimal sum = before.evaluation.computed(key);
                assertTrue(sum != null, "recompute wrote " + key + " though its inputs are unreadable");
                assertEquals(Numbers.plain(sum), now, key);
                if (!Numbers.isBlankText(old)) {
                    assertTrue(message.contains(SCHEMA.cell(key).displayEn()),
                            "“" + shorten(old) + "” in " + key + " was replaced without a word: " + message);
                }
            });
        }
        assertAll("recompute keeps or reports typed values", checks);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    @Test
    void amountCell() throws Exception {
        XTextDocument doc = report();
        Report blank = LiveCheck.of(doc).report;
        UnoDocumentAdapter.writeByKey(doc, blank, VariantFixtures.balancedValues());
        XText amount = cellText(doc, blank.location(CellInputCases.AMOUNT_KEY));
        long mark = LiveCheck.logMark(office);
        List<Executable> checks = new ArrayList<>();
        for (Case c : CellInputCases.all()) {
            amount.setString(c.text);
            LiveCheck live = LiveCheck.of(doc);
            checks.add(() -> CellInputCases.assertCell(Kind.AMOUNT, c, CellInputCases.AMOUNT_KEY, live.evaluation));
            DispatchResultEvent check = office.dispatch(doc, "nianbao:check");
            LiveCheck.assertSucceeded(check, "check “" + c.name + "”");
            checks.add(() -> assertEquals(live.summary(), check.Result, c.name));
        }
        assertAll("amount cases", checks);
        String last = amount.getString();
        LiveCheck.assertSucceeded(office.dispatch(doc, "nianbao:recompute"), "recompute");
        assertEquals(last, amount.getString(), "recompute leaves the amount alone");
        LiveCheck.assertNoErrorsSince(office, mark);
    }

    /**
     * Numbers typed as numbers (XCell.setValue, as number recognition stores them) are read as Writer shows
     * them; a Writer formula in a total is read as its result: a right one stays through recompute, a wrong
     * one is replaced by the sum and reported.
     */
    @Test
    void numbersAndFormulaCells() throws Exception {
        XTextDocument doc = report();
        Report blank = LiveCheck.of(doc).report;
        UnoDocumentAdapter.writeByKey(doc, blank, VariantFixtures.balancedValues());
        Map<String, Double> numbers = new LinkedHashMap<>();
        numbers.put("apply.results.granted.natural_person", 12d);
        numbers.put("apply.results.granted.commercial", 3e9);
        numbers.put("apply.results.partial.research", 1.5);
        numbers.put("apply.results.partial.other_org", -3d);
        numbers.put("apply.results.unable.not_held.commercial", 0d);
        numbers.put("apply.results.unable.need_creation.legal_service", 1e20);
        numbers.put("apply.carried_over.social_welfare", 1234d);
        for (Map.Entry<String, Double> e : numbers.entrySet()) cell(doc, blank.location(e.getKey())).setValue(e.getValue());

        String[] review = {"appeal.review.upheld", "appeal.review.corrected", "appeal.review.other", "appeal.review.pending"};
        String[] suit = {"appeal.suit_direct.upheld", "appeal.suit_direct.corrected", "appeal.suit_direct.other", "appeal.suit_direct.pending"};
        double[] reviewValues = {2, 3, 4, 5};
        for (int i = 0; i < 4; i++) {
            cell(doc, blank.location(review[i])).setValue(reviewValues[i]);
            cell(doc, blank.location(suit[i])).setValue(i + 1);
        }
        XCell rightFormula = cell(doc, blank.location("appeal.review.total"));
        rightFormula.setFormula(sumOf(blank, review, 4));
        XCell wrongFormula = cell(doc, blank.location("appeal.suit_direct.total"));
        wrongFormula.setFormula(sumOf(blank, suit, 2)); // forgets two of the four

        long mark = LiveCheck.logMark(office);
        LiveCheck before = LiveCheck.of(doc);
        Map<String, String[]> expected = new LinkedHashMap<>(); // key -> {value, rules}
        expected.put("apply.results.granted.natural_person", new String[] {"12", ""});
        expected.put("apply.results.granted.commercial", new String[] {"3000000000", ""});
        expected.put("apply.results.partial.research", new String[] {"1.5", "R-IMP-4"});
        expected.put("apply.results.partial.other_org", new String[] {"-3", "R-IMP-4"});
        expected.put("apply.results.unable.not_held.commercial", new String[] {"0", ""});
        expected.put("apply.results.unable.need_creation.legal_service", new String[] {"100000000000000000000", "C-NUM"});
        expected.put("apply.carried_over.social_welfare", new String[] {"1234", ""});
        expected.put("appeal.review.total", new String[] {"14", ""});
        expected.put("appeal.suit_direct.total", new String[] {"3", "R-IMP-3"});
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, String[]> e : expected.entrySet()) {
            checks.add(() -> {
                String key = e.getKey();
                BigDecimal v = before.evaluation.value(key);
                assertTrue(v != null && v.compareTo(new BigDecimal(e.getValue()[0])) == 0,
                        key + " shown as “" + before.report.cellText(key) + "” read as " + v);
                List<String> rules = new ArrayList<>();
                before.evaluation.findings(key).forEach(f -> rules.add(f.rule));
                assertEquals(e.getValue()[1].isEmpty() ? List.of() : List.of(e.getValue()[1]), rules, key + ": " + before.evaluation.findings(key));
            });
        }
        assertAll("numbers and formulas as read", checks);
        assertEquals("10", before.evaluation.findings("appeal.suit_direct.total").get(0).expected, "the wrong formula's finding gives the sum");

        DispatchResultEvent check = office.dispatch(doc, "nianbao:check");
        LiveCheck.assertSucceeded(check, "check");
        assertEquals(before.summary(), check.Result);
        DispatchResultEvent recompute = office.dispatch(doc, "nianbao:recompute");
        LiveCheck.assertSucceeded(recompute, "recompute");
        Report after = LiveCheck.of(doc).report;
        assertRecomputeKeptOrReported(before, after, String.valueOf(recompute.Result));
        assertFalse(rightFormula.getFormula().isEmpty(), "a right formula total is left as it is");
        assertEquals("10", after.cellText("appeal.suit_direct.total"));
        assertTrue(String.valueOf(recompute.Result).contains(SCHEMA.cell("appeal.suit_direct.total").displayEn()), recompute.Result::toString);
        LiveCheck.assertNoErrorsSince(office, mark);
    }

    /** "=<D4>+<E4>…" over the cells of the first {@code n} keys. */
    private static String sumOf(Report r, String[] keys, int n) {
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) refs.add("<" + r.location(keys[i]).cellId + ">");
        return "=" + String.join("+", refs);
    }

    private static XTextTable table(XTextDocument doc, CellLocation loc) throws Exception {
        return UnoRuntime.queryInterface(XTextTable.class,
                UnoRuntime.queryInterface(XTextTablesSupplier.class, doc).getTextTables().getByName(loc.tableName));
    }

    private static XCell cell(XTextDocument doc, CellLocation loc) throws Exception {
        return table(doc, loc).getCellByName(loc.cellId);
    }

    private static XText cellText(XTextDocument doc, CellLocation loc) throws Exception {
        return UnoRuntime.queryInterface(XText.class, cell(doc, loc));
    }
}
