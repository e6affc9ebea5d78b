package org.nianbao.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nianbao.core.model.Finding;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.rules.Totals;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.ValueType;

/**
 * The bad-cell-input matrix of issue 4, shared by the checker's test (through ODF) and the extension's
 * (through UNO in a real LibreOffice): what a clerk may type into a cell, and what the checker must make
 * of it in a count cell (件), in the amount cell (万元) and in a computed total. Each case says the value
 * read (null: no number) and the rules reported at that cell; for a total the cell is also compared with
 * the sum of its inputs ({@link #expectedRules}). Where the intended number is certain, the finding
 * carries it as {@code expected} ({@link Expect#hint}).
 *
 * <p>Placement ({@link #documents}): the cases of one kind are spread over many cells of one report (one
 * cell per case), so a test types them all at once; the amount has one cell, so one report per case.
 */
public final class CellInputCases {
    /** The three kinds of value cell. */
    public enum Kind { COUNT, AMOUNT, TOTAL }

    /** The amount cell of table 二 （八）. */
    public static final String AMOUNT_KEY = "active.art20_8.admin_fees.amount";

    /** What the checker must make of a text in one kind of cell. */
    public static final class Expect {
        /** The number read, or null for none (blank, placeholder, unreadable). */
        public final BigDecimal value;
        /** Rule ids reported at the cell by reading it (sorted). */
        public final Set<String> rules;
        /** The number the finding tells the user to type, or null when none is certain. */
        public final String hint;

        Expect(String value, String hint, String... rules) {
            this.value = value == null ? null : new BigDecimal(value);
            this.rules = Collections.unmodifiableSet(new TreeSet<>(List.of(rules)));
            this.hint = hint;
        }

        /** Blank or placeholder: counts as 0 in totals (but gets a finding). */
        boolean countsAsZero() {
            return value == null && rules.contains("P-6");
        }

        @Override
        public String toString() {
            return "value " + value + ", rules " + rules + (hint == null ? "" : ", hint " + hint);
        }
    }

    /** One input text and what it gives in a count cell (also a total) and in the amount cell. */
    public static final class Case {
        public final String name;
        public final String text;
        public final Expect count;
        public final Expect amount;

        Case(String name, String text, Expect count, Expect amount) {
            this.name = name;
            this.text = text;
            this.count = count;
            this.amount = amount;
        }

        public Expect expect(Kind kind) {
            return kind == Kind.AMOUNT ? amount : count;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Expect v(String value, String... rules) {
        return new Expect(value, null, rules);
    }

    private static Expect hinted(String value, String hint, String... rules) {
        return new Expect(value, hint, rules);
    }

    private static final Expect INVALID = v(null, "R-IMP-4");
    private static final Expect ZERO_PLEASE = hinted(null, "0", "P-6");

    private static Case same(String name, String text, Expect both) {
        return new Case(name, text, both, both);
    }

    private static final List<Case> CASES = List.of(
            same("ascii digits", "12", v("12")),
            same("full-width digits", "１２", v("12")),
            same("spaces around", " 12 ", v("12")),
            same("NBSP after", "12\u00A0", v("12")),
            same("U+3000 around", "\u300012\u3000", v("12")),
            same("tabs around", "\t12\t", v("12")),
            same("line break after", "12\n", v("12")),
            same("thousands comma", "1,234", v("1234")),
            same("full-width thousands comma", "1，234", v("1234")),
            same("full-width grouped", "１，２３４", v("1234")),
            same("misplaced grouping", "1,23", INVALID),
            same("space as grouping", "1 234", INVALID),
            same("blank", "", ZERO_PLEASE),
            same("spaces only", "   ", ZERO_PLEASE),
            same("U+3000 only", "\u3000", ZERO_PLEASE),
            same("slash", "/", ZERO_PLEASE),
            same("em dash", "—", ZERO_PLEASE),
            same("hyphen", "-", ZERO_PLEASE),
            same("无", "无", ZERO_PLEASE),
            new Case("0.0", "0.0", hinted("0", "0", "C-NUM"), v("0")),
            new Case("12.0", "12.0", hinted("12", "12", "C-NUM"), v("12")),
            new Case("12件", "12件", hinted("12", "12", "C-NUM"), INVALID),
            new Case("mixed-width 12件", "１2件", hinted("12", "12", "C-NUM"), INVALID),
            new Case("decimal", "1.5", v("1.5", "R-IMP-4"), v("1.5")),
            new Case("four decimals", "1.2345", v("1.2345", "R-IMP-4"), v("1.2345")),
            new Case("tiny decimal", "0.00001", v("0.00001", "R-IMP-4"), v("0.00001")),
            same("negative", "-3", v("-3", "R-IMP-4")),
            same("minus sign U+2212", "−3", v("-3", "R-IMP-4")),
            same("十二", "十二", hinted("12", "12", "C-NUM")),
            same("壹拾贰", "壹拾贰", hinted("12", "12", "C-NUM")),
            same("mixed numerals 十2", "十2", INVALID),
            same("latin text", "abc", INVALID),
            same("chinese text", "情况说明见正文", INVALID),
            same("digits and words", "12 twelve", INVALID),
            same("arabic-indic digits", "١٢", INVALID),
            new Case("万元 amount", "3.5万元", INVALID, hinted("3.5", "3.5", "C-NUM")),
            new Case("万元 with more decimals", "12.5678万元", INVALID, hinted("12.5678", "12.5678", "C-NUM")),
            new Case("元 amount", "3940元", INVALID, hinted("0.394", "0.394", "R-OFF-3")),
            same("very long text", "数".repeat(10_000), INVALID),
            same("very long number", "1".repeat(10_000), INVALID),
            same("two lines", "1\n2", INVALID),
            same("cell formula text", "=A1+B2", INVALID),
            same("sum formula text", "=3+4", hinted(null, "7", "R-IMP-4")),
            same("over 2^31", "3000000000", v("3000000000")),
            same("over 2^64", "99999999999999999999", v("99999999999999999999")),
            same("leading zeros", "007", hinted("7", "7", "C-NUM")),
            same("exponent", "1e3", hinted("1000", "1000", "C-NUM")),
            same("exponent too large", "1e400", INVALID),
            same("plus sign", "+5", hinted("5", "5", "C-NUM")),
            same("note in full-width brackets", "12（含结转3）", hinted(null, "12", "R-IMP-4")),
            same("note in ASCII brackets", "12(含结转3)", hinted(null, "12", "R-IMP-4")),
            same("percent", "12%", INVALID),
            same("zero", "0", v("0")));

    private CellInputCases() {
    }

    public static List<Case> all() {
        return CASES;
    }

    // ------------------------------------------------------------------ placement

    /**
     * The cells a kind of case goes into, in document order. Counts: every input count cell of the three
     * tables except table 三's row 四 (where R-OFF-1 reports the balance of each column). Totals: every
     * computed cell except 四's 总计 (same reason). Amount: the one amount cell.
     */
    public static List<String> cellsFor(Kind kind) {
        List<String> out = new ArrayList<>();
        for (CellDef c : ReportSchema.get().cells()) {
            if (c.key.startsWith("apply.carry_forward.")) continue;
            if (kind == Kind.AMOUNT && c.type == ValueType.AMOUNT
                    || kind == Kind.COUNT && c.type == ValueType.COUNT && !c.computed
                    || kind == Kind.TOTAL && c.computed) {
                out.add(c.key);
            }
        }
        return out;
    }

    /**
     * Reports to fill, each a map of cell key to case: the cases of the kind spread over its cells (one
     * cell per case, as far apart as the cells allow), as many reports as needed.
     */
    public static List<Map<String, Case>> documents(Kind kind) {
        List<String> cells = cellsFor(kind);
        List<Map<String, Case>> docs = new ArrayList<>();
        int perDoc = Math.min(cells.size(), CASES.size());
        for (int start = 0; start < CASES.size(); start += perDoc) {
            List<Case> batch = CASES.subList(start, Math.min(CASES.size(), start + perDoc));
            Map<String, Case> doc = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) doc.put(cells.get((int) ((long) i * cells.size() / batch.size())), batch.get(i));
            docs.add(doc);
        }
        return docs;
    }

    // ------------------------------------------------------------------ expectations

    /**
     * The rules reported at a cell holding the case: what reading it gives and, for a total, the total's
     * rule (R-IMP-1, -2 or -3) when what it shows (blank and placeholders as 0) differs from the sum of its
     * inputs; a blank total that is wrong gets only that rule (no “type 0” warning).
     */
    public static Set<String> expectedRules(Kind kind, Case c, String key, Evaluation ev) {
        Expect e = c.expect(kind);
        Set<String> rules = new TreeSet<>(e.rules);
        if (kind != Kind.TOTAL) return rules;
        BigDecimal computed = ev.computed(key);
        BigDecimal shown = e.countsAsZero() ? BigDecimal.ZERO : e.value;
        if (computed != null && shown != null && computed.compareTo(shown) != 0) {
            rules.add(totalRule(key));
            rules.remove("P-6");
        }
        return rules;
    }

    /** The arithmetic rule that checks a computed cell. */
    static String totalRule(String key) {
        CellDef def = ReportSchema.get().cell(key);
        if (def.table == TableId.T4) return "R-IMP-3";
        return Totals.isRowTotalColumn(def) ? "R-IMP-1" : "R-IMP-2";
    }

    /**
     * Asserts what the checker made of the case at the key: the value read, the rules reported there,
     * the number suggested, and that every finding there has a short message in both languages.
     */
    public static void assertCell(Kind kind, Case c, String key, Evaluation ev) {
        String where = kind + " " + key + " “" + c.name + "”";
        Expect e = c.expect(kind);
        BigDecimal read = ev.value(key);
        assertTrue(e.value == null ? read == null : read != null && e.value.compareTo(read) == 0,
                where + ": read " + read + ", expected " + e);
        List<Finding> at = ev.findings(key);
        Set<String> rules = new TreeSet<>();
        for (Finding f : at) {
            if (f.severity == org.nianbao.core.model.Severity.INFO) continue;
            rules.add(f.rule);
            assertFalse(f.messageZh == null || f.messageZh.isBlank() || f.messageEn == null || f.messageEn.isBlank(), where + ": " + f);
            assertTrue(f.messageZh.length() < 600 && f.messageEn.length() < 600, where + ": message too long: " + f.messageEn);
        }
        Set<String> expected = expectedRules(kind, c, key, ev);
        assertEquals(expected, rules, where + ": " + at);
        if (e.hint != null && expected.containsAll(e.rules)) {
            assertTrue(at.stream().anyMatch(f -> e.hint.equals(f.expected)), where + ": no finding suggests " + e.hint + ": " + at);
        }
        if (kind == Kind.TOTAL && expected.contains(totalRule(key))) {
            String sum = ev.computed(key).stripTrailingZeros().toPlainString();
            assertTrue(at.stream().anyMatch(f -> f.rule.equals(totalRule(key)) && sum.equals(f.expected)),
                    where + ": the total's finding does not give the sum " + sum + ": " + at);
        }
    }
}
