package org.nianbao.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Severity;
import org.nianbao.core.parse.ParsedCell.Kind;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;

class CellParserTest {
    static final String COUNT = "apply.new.natural_person";
    static final String T2_COUNT = "active.art20_1.rules.issued";
    static final String AMOUNT = "active.art20_8.admin_fees.amount";
    static final String TOTAL = "apply.results.total.total";
    static final String T4_TOTAL = "appeal.review.total";
    static final String LONG = "本单位本年度没有收到任何政府信息公开申请，因此本栏不填写数字，特此说明，以免误解。"
            + "如有疑问请联系办公室，电话见报告末尾。本栏确实无数据。本栏确实无数据。";

    /** cell, text, kind, value (null = none), rule of the main finding (null = none), its expected field. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // plain numbers: no finding
                c(COUNT, "12", Kind.VALUE, "12", null, null),
                c(COUNT, "１２", Kind.VALUE, "12", null, null),
                c(COUNT, "  12  ", Kind.VALUE, "12", null, null),
                c(COUNT, "\u00A012\u00A0", Kind.VALUE, "12", null, null),
                c(COUNT, "\u300012\u3000", Kind.VALUE, "12", null, null),
                c(COUNT, "\t12\n", Kind.VALUE, "12", null, null),
                c(COUNT, "\r\n12\r\n", Kind.VALUE, "12", null, null),
                c(COUNT, "\u200B12\uFEFF", Kind.VALUE, "12", null, null),
                c(COUNT, "1,234", Kind.VALUE, "1234", null, null),
                c(COUNT, "1，234", Kind.VALUE, "1234", null, null),
                c(COUNT, "１，２３４", Kind.VALUE, "1234", null, null),
                c(COUNT, "12,345,678", Kind.VALUE, "12345678", null, null),
                c(COUNT, "1２", Kind.VALUE, "12", null, null),
                c(COUNT, "0", Kind.VALUE, "0", null, null),
                c(COUNT, "3000000000", Kind.VALUE, "3000000000", null, null),
                c(COUNT, "123456789012345678901234567890", Kind.VALUE, "123456789012345678901234567890", null, null),
                // malformed grouping, text, formulas, notes, units of the wrong kind: INVALID
                c(COUNT, "1,23", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "1,2345", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "12,", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "abc", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "不详", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "N/A", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "12abc", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "1 2", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "12\n34", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "=1+2", Kind.INVALID, null, "R-IMP-4", "3"),
                c(COUNT, "＝ 10 + 20 + 3", Kind.INVALID, null, "R-IMP-4", "33"),
                c(COUNT, "=SUM(B2:G2)", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, LONG, Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "12（含上年结转3）", Kind.INVALID, null, "R-IMP-4", "12"),
                c(COUNT, "12(含上年结转3)", Kind.INVALID, null, "R-IMP-4", "12"),
                c(COUNT, "12件（其中3件已办结）", Kind.INVALID, null, "R-IMP-4", "12"),
                c(COUNT, "3.5万元", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "1e400", Kind.INVALID, null, "R-IMP-4", null),
                c(COUNT, "一般", Kind.INVALID, null, "R-IMP-4", null),
                // blank and placeholders: P-6, type 0
                c(COUNT, "", Kind.BLANK, null, "P-6", "0"),
                c(COUNT, "\u3000", Kind.BLANK, null, "P-6", "0"),
                c(COUNT, " \u3000\n\t ", Kind.BLANK, null, "P-6", "0"),
                c(COUNT, "/", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(COUNT, "／", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(COUNT, "—", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(COUNT, "——", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(COUNT, "-", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(COUNT, "－", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(COUNT, "无", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(COUNT, " 暂无 ", Kind.PLACEHOLDER, null, "P-6", "0"),
                // readable, not plain: C-NUM warning with the number to type
                c(COUNT, "0.0", Kind.VALUE, "0", "C-NUM", "0"),
                c(COUNT, "12.0", Kind.VALUE, "12", "C-NUM", "12"),
                c(COUNT, "12.", Kind.VALUE, "12", "C-NUM", "12"),
                c(COUNT, "12件", Kind.VALUE, "12", "C-NUM", "12"),
                c(COUNT, "12 件", Kind.VALUE, "12", "C-NUM", "12"),
                c(COUNT, "12\n件", Kind.VALUE, "12", "C-NUM", "12"),
                c(COUNT, "１2件", Kind.VALUE, "12", "C-NUM", "12"),
                c(COUNT, "十二", Kind.VALUE, "12", "C-NUM", "12"),
                c(COUNT, "二十三", Kind.VALUE, "23", "C-NUM", "23"),
                c(COUNT, "一百零五", Kind.VALUE, "105", "C-NUM", "105"),
                c(COUNT, "〇", Kind.VALUE, "0", "C-NUM", "0"),
                c(COUNT, "零", Kind.VALUE, "0", "C-NUM", "0"),
                c(COUNT, "十二件", Kind.VALUE, "12", "C-NUM", "12"),
                c(COUNT, "1e3", Kind.VALUE, "1000", "C-NUM", "1000"),
                c(COUNT, "1.2E+3", Kind.VALUE, "1200", "C-NUM", "1200"),
                c(COUNT, "007", Kind.VALUE, "7", "C-NUM", "7"),
                c(COUNT, "+5", Kind.VALUE, "5", "C-NUM", "5"),
                // not a non-negative integer: R-IMP-4 error, value as written
                c(COUNT, "1.5", Kind.VALUE, "1.5", "R-IMP-4", null),
                c(COUNT, "-3", Kind.VALUE, "-3", "R-IMP-4", null),
                c(COUNT, "－3", Kind.VALUE, "-3", "R-IMP-4", null),
                c(COUNT, "−3", Kind.VALUE, "-3", "R-IMP-4", null),
                c(COUNT, "-3件", Kind.VALUE, "-3", "R-IMP-4", null),
                c(COUNT, "1e-3", Kind.VALUE, "0.001", "R-IMP-4", null),
                // table 二 counts and table 四 totals read the same way
                c(T2_COUNT, "二", Kind.VALUE, "2", "C-NUM", "2"),
                c(T2_COUNT, " 0", Kind.VALUE, "0", null, null),
                c(T2_COUNT, "20 ", Kind.VALUE, "20", null, null),
                c(T4_TOTAL, "1.5", Kind.VALUE, "1.5", "R-IMP-4", null),
                c(T4_TOTAL, "", Kind.BLANK, null, "P-6", "0"),
                // totals
                c(TOTAL, "3441", Kind.VALUE, "3441", null, null),
                c(TOTAL, "", Kind.BLANK, null, "P-6", "0"),
                c(TOTAL, "/", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(TOTAL, "3,050", Kind.VALUE, "3050", null, null),
                c(TOTAL, "=SUM(<D7:D27>)", Kind.INVALID, null, "R-IMP-4", null),
                // amounts in 万元
                c(AMOUNT, "96171.6", Kind.VALUE, "96171.6", null, null),
                c(AMOUNT, "0.3940", Kind.VALUE, "0.394", null, null),
                c(AMOUNT, "96,171.6", Kind.VALUE, "96171.6", null, null),
                c(AMOUNT, "１２．５", Kind.VALUE, "12.5", null, null),
                c(AMOUNT, "12.0", Kind.VALUE, "12", null, null),
                c(AMOUNT, "0", Kind.VALUE, "0", null, null),
                c(AMOUNT, "3.5万元", Kind.VALUE, "3.5", "C-NUM", "3.5"),
                c(AMOUNT, "3.5 万", Kind.VALUE, "3.5", "C-NUM", "3.5"),
                c(AMOUNT, "3940元", Kind.VALUE, "0.394", "R-OFF-3", "0.394"),
                c(AMOUNT, "3,940 元", Kind.VALUE, "0.394", "R-OFF-3", "0.394"),
                c(AMOUNT, "-1.2", Kind.VALUE, "-1.2", "R-IMP-4", null),
                c(AMOUNT, "12件", Kind.INVALID, null, "R-IMP-4", null),
                c(AMOUNT, "", Kind.BLANK, null, "P-6", "0"),
                c(AMOUNT, "/", Kind.PLACEHOLDER, null, "P-6", "0"),
                c(AMOUNT, "约3万元", Kind.INVALID, null, "R-IMP-4", null),
                c(AMOUNT, "0.5（暂估）", Kind.INVALID, null, "R-IMP-4", "0.5"));
    }

    static Arguments c(String key, String text, Kind kind, String value, String rule, String expected) {
        return Arguments.of(key, text, kind, value, rule, expected);
    }

    @ParameterizedTest(name = "[{index}] {0} «{1}» -> {2} {3} {4}")
    @MethodSource("cases")
    void parses(String key, String text, Kind kind, String value, String rule, String expected) {
        CellDef def = ReportSchema.get().cell(key);
        ParsedCell p = CellParser.parse(def, text, null);
        assertEquals(kind, p.kind, "kind");
        if (value == null) assertNull(p.value, "value");
        else assertEquals(0, new BigDecimal(value).compareTo(p.value), "value " + p.value);
        Finding f = p.finding();
        if (rule == null) {
            assertTrue(p.findings().isEmpty(), () -> "no finding expected: " + p.findings());
            return;
        }
        assertNotNull(f, "finding");
        assertEquals(rule, f.rule);
        assertEquals(key, f.key);
        assertEquals(expected, f.expected, "expected");
        assertEquals(CellParser.actual(text), f.actual, "actual is the text as typed");
        Severity severity = rule.startsWith("R-") ? Severity.ERROR : Severity.WARNING;
        assertEquals(severity, f.severity);
        assertTrue(f.messageZh.startsWith(def.displayZh() + "："), f.messageZh);
        assertTrue(f.messageEn.startsWith(def.displayEn() + ": "), f.messageEn);
        if (expected != null) {
            assertTrue(f.messageZh.contains(expected), f.messageZh);
            assertTrue(f.messageEn.contains(expected), f.messageEn);
        }
        if (kind == Kind.INVALID) assertNull(p.valueForTotals());
        if (kind == Kind.BLANK || kind == Kind.PLACEHOLDER) assertEquals(BigDecimal.ZERO, p.valueForTotals());
    }

    @Test
    void caseMatrixIsLarge() {
        assertTrue(cases().count() >= 40);
    }

    @Test
    void nullIsBlank() {
        ParsedCell p = CellParser.parse(COUNT, null, null);
        assertEquals(Kind.BLANK, p.kind);
        assertEquals("P-6", p.finding().rule);
        assertEquals("", p.text);
    }

    @Test
    void exactMessagesForAFewCases() {
        assertEquals("表三 一、本年新收政府信息公开申请数量 / 自然人：“12件”带有单位，请只填数字 12。",
                CellParser.parse(COUNT, "12件", null).finding().messageZh);
        assertEquals("表二 第二十条第（八）项 行政事业性收费 / 本年收费金额（单位：万元）：“3940元”以元为单位，本栏单位为万元，应填 0.394。",
                CellParser.parse(AMOUNT, "3940元", null).finding().messageZh);
        assertEquals("Table 3 III.(7) Total / Total: the cell is blank. Type 0 where nothing happened.",
                CellParser.parse(TOTAL, "\u3000", null).finding().messageEn);
    }

    @Test
    void longTextIsShortenedInTheMessage() {
        Finding f = CellParser.parse(COUNT, LONG, null).finding();
        assertTrue(f.messageZh.contains("“" + LONG.substring(0, CellParser.QUOTE_LENGTH) + "…”"), f.messageZh);
        assertTrue(f.messageZh.length() < LONG.length() + 40);
        String huge = "字".repeat(100_000);
        Finding g = CellParser.parse(COUNT, huge, null).finding();
        assertEquals(CellParser.ACTUAL_LENGTH + 1, g.actual.length());
        assertTrue(g.messageZh.length() < 200);
    }

    @Test
    void lineBreaksInTextAreOneLineInTheMessage() {
        Finding f = CellParser.parse(COUNT, "见\n附件", null).finding();
        assertTrue(f.messageZh.contains("“见 附件”"), f.messageZh);
    }

    @Test
    void profileDecimals() {
        Profile four = new Profile(4);
        Finding f = CellParser.parse(AMOUNT, "0.39401", four).finding();
        assertEquals("L-DEC", f.rule);
        assertEquals(Severity.WARNING, f.severity);
        assertEquals("0.3940", f.expected);
        assertEquals("1.2346", CellParser.parse(AMOUNT, "1.23456789", four).finding().expected);
        assertTrue(CellParser.parse(AMOUNT, "0.3940", four).findings().isEmpty());
        assertTrue(CellParser.parse(AMOUNT, "0.394000", four).findings().isEmpty(), "trailing zeros need no decimals");
        assertTrue(CellParser.parse(AMOUNT, "0", four).findings().isEmpty());
        assertTrue(CellParser.parse(AMOUNT, "96171.6", four).findings().isEmpty());
        assertTrue(CellParser.parse(AMOUNT, "0.39401", null).findings().isEmpty(), "no profile: any decimals");
        assertTrue(CellParser.parse(AMOUNT, "0.39401", Profile.national()).findings().isEmpty());
        assertEquals("0", CellParser.parse(AMOUNT, "0.4", new Profile(0)).finding().expected);
        // 3940.5元 = 0.39405 万元: wrong unit (error) and, under 4 decimals, too many decimals
        ParsedCell yuan = CellParser.parse(AMOUNT, "3940.5元", four);
        assertEquals("R-OFF-3", yuan.findings().get(0).rule);
        assertEquals("L-DEC", yuan.findings().get(1).rule);
        // counts are not affected by the amount profile
        assertTrue(CellParser.parse(COUNT, "12", four).findings().isEmpty());
    }

    @Test
    void noteSuggestionOnlyWhenTheNumberIsUsable() {
        assertNull(CellParser.parse(COUNT, "1.5（估）", null).finding().expected);
        assertNull(CellParser.parse(COUNT, "-2（退回）", null).finding().expected);
        assertEquals("12", CellParser.parse(COUNT, "十二（含上年结转3）", null).finding().expected);
    }

    @Test
    void neverThrows() {
        Random random = new Random(20240131);
        String alphabet = "0123456789０１２３４５６７８９,，.．-－—/／+eE元万件（）()十百千零一二 \u3000\u00A0\n\t=abc无"
                + "\uD83D\uDE00\u0000\u200B";
        CellDef[] defs = {ReportSchema.get().cell(COUNT), ReportSchema.get().cell(AMOUNT), ReportSchema.get().cell(TOTAL)};
        for (int i = 0; i < 20_000; i++) {
            int len = random.nextInt(12);
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < len; j++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            for (CellDef def : defs) {
                ParsedCell p = CellParser.parse(def, text, i % 2 == 0 ? null : new Profile(4));
                assertNotNull(p.kind);
                if (p.kind == Kind.VALUE) assertNotNull(p.value, text);
                else assertNull(p.value, text);
                if (p.kind != Kind.VALUE || p.value.signum() < 0) assertNotNull(p.finding(), text);
            }
        }
        String[] odd = {"\uD800", "\uDC00", "9".repeat(64), "9".repeat(65), "1e999999", "1e", "e3", ".", "..", "1..2",
                "--3", "+", "+-1", "1,,234", ",123", "一二三四五六七八九十", "十十", "百", "一亿二千万", "万", "两万三",
                "零零", "〇〇七"};
        for (String s : odd) {
            for (CellDef def : defs) assertNotNull(CellParser.parse(def, s, new Profile(4)).kind, s);
        }
    }

    /** The plain-digits shortcut reads as the number pattern does: the same digits typed full-width take the pattern. */
    @Test
    void plainDigitsReadAsTheirFullWidthFormsRead() {
        Random random = new Random(20261203);
        for (String key : new String[] {COUNT, AMOUNT, TOTAL}) {
            CellDef def = ReportSchema.get().cell(key);
            for (int i = 0; i < 2000; i++) {
                StringBuilder digits = new StringBuilder();
                int n = 1 + random.nextInt(i < 1000 ? 4 : 21);
                for (int d = 0; d < n; d++) digits.append((char) ('0' + random.nextInt(random.nextInt(4) == 0 ? 2 : 10)));
                String ascii = digits.toString();
                StringBuilder wide = new StringBuilder();
                for (char c : ascii.toCharArray()) wide.append((char) (c + 0xFEE0));
                ParsedCell fast = CellParser.parse(def, ascii, null);
                ParsedCell pattern = CellParser.parse(def, wide.toString(), null);
                assertEquals(pattern.kind, fast.kind, ascii);
                assertEquals(pattern.value, fast.value, ascii);
                assertEquals(summary(pattern), summary(fast), ascii);
            }
        }
    }

    private static String summary(ParsedCell p) {
        StringBuilder b = new StringBuilder();
        for (Finding f : p.findings()) b.append(f.rule).append(' ').append(f.severity).append(' ').append(f.expected).append(';');
        return b.toString();
    }
}
