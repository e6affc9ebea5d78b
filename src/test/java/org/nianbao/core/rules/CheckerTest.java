package org.nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

class CheckerTest {

    static Evaluation check(Report r) {
        return Checker.check(r, null, null);
    }

    static List<Finding> of(Evaluation e, String rule) {
        // a grouped finding (P-6 per table) stands for its cells' own findings
        return e.findings().stream().filter(f -> f.rule.equals(rule))
                .flatMap(f -> f.members.isEmpty() ? java.util.stream.Stream.of(f) : f.members.stream()).collect(Collectors.toList());
    }

    static void add(Report r, String key, int delta) {
        r.cell(key, String.valueOf(Integer.parseInt(r.cellText(key)) + delta));
    }

    static int n(Report r, String key) {
        return Integer.parseInt(r.cellText(key));
    }

    // ------------------------------------------------------------------ clean reports

    @Test
    void workedExampleOfSpec42PassesCleanly() {
        Evaluation e = check(Fixtures.huaian2024());
        assertEquals(List.of(), e.findings());
        assertEquals(0, e.errorCount());
        assertEquals(0, e.warningCount());
        assertEquals(ReportSchema.get().cells().size(), e.values().size());
        assertEquals(34, e.computed().size());
        assertEquals(new BigDecimal(3119), e.value("apply.new.total"));
        assertEquals(new BigDecimal("96171.6"), e.value("active.art20_8.admin_fees.amount"));
        assertEquals(new BigDecimal(3050), e.computed("apply.results.total.total"));
        assertEquals(new BigDecimal(3153), e.computed("apply.new.total").add(e.computed("apply.carried_over.total")));
        assertEquals(new BigDecimal(351), e.computed("appeal.review.total"));
    }

    @Test
    void sampleReportAllZerosPassesCleanlyWithItsFourDecimals() {
        Evaluation e = check(Fixtures.zeros());
        // all of 表三 and 表四 are 0: only T-ZERO's prompt for a human (info)
        assertEquals(List.of("T-ZERO@table.t3"), Fixtures.rules(e));
        assertEquals(Severity.INFO, e.findings().get(0).severity);
        assertEquals(Integer.valueOf(4), e.profile().amountDecimals);
    }

    // ------------------------------------------------------------------ R-IMP-1

    static Stream<String> t3Rows() {
        return ReportSchema.get().t3Rows().stream().map(r -> r.key);
    }

    @ParameterizedTest(name = "R-IMP-1 fires on row {0}")
    @MethodSource("t3Rows")
    void rowTotalOffByOne(String row) {
        Report r = Fixtures.huaian2024();
        String key = "apply." + row + ".total";
        int printed = n(r, key);
        add(r, key, 1);
        Evaluation e = check(r);
        List<Finding> imp1 = of(e, "R-IMP-1");
        assertEquals(1, imp1.size(), e.findings().toString());
        Finding f = imp1.get(0);
        assertEquals(key, f.key);
        assertEquals(Severity.ERROR, f.severity);
        assertEquals(String.valueOf(printed), f.expected);
        assertEquals(String.valueOf(printed + 1), f.actual);
        assertTrue(f.messageZh.startsWith(ReportSchema.get().cell(key).displayZh() + "：应为 " + printed + "，实为 " + (printed + 1)),
                f.messageZh);
        // a printed 一/二/（七）/四 total also unbalances the 总计 column (R-OFF-1) and no longer matches the
        // figure the narrative quotes (P-2); nothing else fires
        for (Finding other : e.findings()) {
            if (other == f) continue;
            String at = other.rule + "@" + other.key;
            assertTrue(at.equals("R-OFF-1@apply.carry_forward.total") || at.equals("P-2@section.overview"), at);
        }
    }

    @Test
    void changedLeafFlagsItsRowTotalColumnTotalAndGrandTotal() {
        Report r = Fixtures.huaian2024();
        add(r, "apply.results.granted.natural_person", 1);
        Evaluation e = check(r);
        assertEquals(List.of("R-IMP-1@apply.results.granted.total", "R-IMP-2@apply.results.total.natural_person",
                "R-IMP-1@apply.results.total.total"), Fixtures.rules(e));
    }

    @Test
    void blankTotalWithValuesIsAnErrorNotABlankWarning() {
        Report r = Fixtures.huaian2024();
        String key = "apply.results.partial.total";
        r.cell(key, "\u3000");
        Evaluation e = check(r);
        assertEquals(List.of("R-IMP-1@" + key), Fixtures.rules(e));
        Finding f = e.findings().get(0);
        assertEquals("454", f.expected);
        assertEquals("\u3000", f.actual);
        assertTrue(f.messageZh.contains("应为 454，实为 空白"), f.messageZh);
        assertTrue(f.messageEn.contains("should be 454, is blank"), f.messageEn);
    }

    @Test
    void blankTotalOfAZeroRowIsOnlyABlankWarning() {
        Report r = Fixtures.huaian2024();
        r.cell("apply.results.not_processed.publication.total", "");
        Evaluation e = check(r);
        assertEquals(List.of("P-6@apply.results.not_processed.publication.total"), Fixtures.rules(e));
        assertEquals(Severity.WARNING, e.findings().get(0).severity);
    }

    @Test
    void onlyTotalFilledWithEmptyApplicantColumns() {
        Report r = Fixtures.huaian2024();
        for (String c : Fixtures.APPLICANT_COLUMNS) r.cell("apply.results.denied.state_secret." + c, "");
        Evaluation e = check(r);
        assertEquals(6, of(e, "P-6").size());
        Finding f = e.findings("apply.results.denied.state_secret.total").get(0);
        assertEquals("R-IMP-1", f.rule);
        assertEquals("0", f.expected);
        assertEquals("2", f.actual);
    }

    // ------------------------------------------------------------------ R-IMP-2

    @Test
    void columnTotalOffByOneWithTheBriefsMessage() {
        Report r = Fixtures.huaian2024();
        String key = "apply.results.total.natural_person";
        int printed = n(r, key);
        add(r, key, 1);
        Evaluation e = check(r);
        assertEquals(List.of("R-IMP-2@" + key, "R-OFF-1@apply.carry_forward.natural_person"), Fixtures.rules(e));
        Finding f = e.findings().get(0);
        assertTrue(f.messageZh.startsWith("表三 （七）总计 / 自然人：应为 " + printed + "，实为 " + (printed + 1) + "。"), f.messageZh);
        assertTrue(f.messageEn.startsWith("Table 3 III.(7) Total / Natural persons: should be " + printed + ", is " + (printed + 1)),
                f.messageEn);
        assertEquals(String.valueOf(printed), f.expected);
    }

    @Test
    void everyApplicantColumnTotalIsChecked() {
        for (String c : Fixtures.APPLICANT_COLUMNS) {
            Report r = Fixtures.huaian2024();
            add(r, "apply.results.total." + c, -1);
            assertEquals(1, of(check(r), "R-IMP-2").size(), c);
        }
    }

    // ------------------------------------------------------------------ R-OFF-1

    @Test
    void balancePerColumn() {
        for (String c : Fixtures.APPLICANT_COLUMNS) {
            Report r = Fixtures.huaian2024();
            add(r, "apply.new." + c, 1);
            add(r, "apply.new.total", 1);
            Evaluation e = check(r);
            // the narrative quotes 3119 received: P-2 as well
            assertEquals(List.of("R-OFF-1@apply.carry_forward." + c, "R-OFF-1@apply.carry_forward.total", "P-2@section.overview"),
                    Fixtures.rules(e), c);
            Finding f = e.findings().get(0);
            int cf = n(r, "apply.carry_forward." + c);
            assertEquals(String.valueOf(cf + 1), f.expected);
            assertEquals(String.valueOf(cf), f.actual);
            assertEquals(Severity.ERROR, f.severity);
            assertEquals("104", e.findings().get(1).expected);
            assertEquals("103", e.findings().get(1).actual);
        }
    }

    @Test
    void balanceMessageNamesTheFourItems() {
        Report r = Fixtures.huaian2024();
        add(r, "apply.carried_over.total", 1);
        add(r, "apply.carried_over.other_org", 1);
        Finding f = of(check(r), "R-OFF-1").get(1);
        assertEquals("apply.carry_forward.total", f.key);
        assertEquals("表三 四、结转下年度继续办理 / 总计：应为 104，实为 103。本列第一项加第二项之和（3119+35）应等于第三项（表三 （七）总计 / 总计：3050）加第四项之和。",
                f.messageZh);
    }

    @Test
    void resultsAboveReceivedAndCarriedOver() {
        Report r = Fixtures.huaian2024();
        int np = n(r, "apply.new.natural_person");
        r.cell("apply.new.natural_person", "0");
        add(r, "apply.new.total", -np);
        Finding f = of(check(r), "R-OFF-1").get(0);
        assertEquals("apply.carry_forward.natural_person", f.key);
        assertNull(f.expected, "no sensible value for 四");
        assertTrue(f.messageZh.contains("本列不平衡"), f.messageZh);
    }

    @Test
    void balanceUsesComputedTotalsWhereThePrintedOnesAreBlank() {
        Report r = Fixtures.huaian2024();
        for (CellDef c : ReportSchema.get().cells(TableId.T3)) if (c.computed) r.cell(c.key, "");
        Evaluation e = check(r);
        assertTrue(of(e, "R-OFF-1").isEmpty(), e.findings().toString());
        assertEquals(25 + 6, of(e, "R-IMP-1").size() + of(e, "R-IMP-2").size() + countZeroRowBlanks(e));
    }

    private static int countZeroRowBlanks(Evaluation e) {
        return of(e, "P-6").size(); // rows whose total is 0 (not_processed.publication, .excessive): blank warning only
    }

    @Test
    void unreadableCellsSkipDependentComparisons() {
        Report r = Fixtures.huaian2024();
        r.cell("apply.results.granted.research", "见附件");
        add(r, "apply.results.granted.total", 5); // would be R-IMP-1, but the row cannot be summed
        Evaluation e = check(r);
        assertEquals(List.of("R-IMP-4@apply.results.granted.research"), Fixtures.rules(e));
        assertNull(e.value("apply.results.granted.research"));
        assertNull(e.computed("apply.results.granted.total"));
        assertNull(e.computed("apply.results.total.research"));
        assertNull(e.computed("apply.results.total.total"));
        assertNotNull(e.computed("apply.results.total.natural_person"));
    }

    // ------------------------------------------------------------------ R-IMP-3

    @Test
    void appealTotals() {
        for (String g : new String[] {"review", "suit_direct", "suit_after_review"}) {
            Report r = Fixtures.huaian2024();
            add(r, "appeal." + g + ".pending", 1);
            Evaluation e = check(r);
            List<String> rules = Fixtures.rules(e);
            assertTrue(rules.contains("R-IMP-3@appeal." + g + ".total"), rules.toString());
            assertEquals(Severity.ERROR, e.findings("appeal." + g + ".total").get(0).severity);
        }
        Report r = Fixtures.huaian2024();
        r.cell("appeal.review.total", "350");
        Finding f = of(check(r), "R-IMP-3").get(0);
        assertEquals("351", f.expected);
        assertEquals("350", f.actual);
        assertTrue(f.messageZh.startsWith("表四 行政复议 总计：应为 351，实为 350。"), f.messageZh);
    }

    // ------------------------------------------------------------------ R-IMP-4, P-6 through the checker

    @Test
    void negativeAndFractionalInputs() {
        Report r = Fixtures.huaian2024();
        r.cell("apply.results.granted.research", String.valueOf(-n(r, "apply.results.granted.research")));
        r.cell("active.art20_1.rules.issued", "1.5");
        r.cell("active.art20_8.admin_fees.amount", "-2");
        Evaluation e = check(r);
        assertEquals(3, of(e, "R-IMP-4").size());
        assertEquals(new BigDecimal("1.5"), e.value("active.art20_1.rules.issued"));
        assertTrue(e.errorCount() >= 3);
    }

    @Test
    void blankAndPlaceholderCellsWarnOncePerCell() {
        Report r = new Report();
        for (CellDef c : ReportSchema.get().cells()) r.cell(c.key, c.order % 2 == 0 ? "" : "/");
        Evaluation e = check(r);
        assertEquals(ReportSchema.get().cells().size(), of(e, "P-6").size());
        assertEquals(0, e.errorCount());
        for (CellDef c : ReportSchema.get().cells()) assertNull(e.value(c.key));
        assertEquals(BigDecimal.ZERO, e.computed("apply.results.total.total"));
    }

    // ------------------------------------------------------------------ R-OFF-3 and L-DEC

    @Test
    void amountInYuan() {
        Report r = Fixtures.huaian2024();
        r.cell("active.art20_8.admin_fees.amount", "3940元");
        Finding f = check(r).findings().get(0);
        assertEquals("R-OFF-3", f.rule);
        assertEquals(Severity.ERROR, f.severity);
        assertEquals("0.394", f.expected);
    }

    @Test
    void amountHeaderUnits() {
        assertEquals(List.of(), headerFindings("本年收费金额（单位：万元）"));
        assertEquals(List.of(), headerFindings("本年收费金额(单位:万元)"));
        assertEquals(List.of(), headerFindings("本年收费金额（单位：万元，保留4位小数）"));
        assertEquals(List.of("R-OFF-3 error"), headerFindings("本年收费金额（单位：元）"));
        assertEquals(List.of("R-OFF-3 error"), headerFindings("本年收费金额（单位：千元）"));
        assertEquals(List.of("R-OFF-3 warning"), headerFindings("本年收费金额(单位:0万元)"));
        assertEquals(List.of("R-OFF-3 warning"), headerFindings("本年收费金额"));
        Report r = Fixtures.huaian2024();
        r.amountHeader("本年收费金额（单位：元）");
        Finding f = check(r).findings().get(0);
        assertEquals("active.art20_8.admin_fees.amount", f.key);
        assertEquals("万元", f.expected);
        assertEquals("表二表头“本年收费金额（单位：元）”的单位为“元”，官方单位为万元（“本年收费金额（单位：万元）”），请将金额换算为万元。",
                f.messageZh);
        r.amountHeader(null);
        assertEquals(List.of(), check(r).findings(), "no header read: nothing to check");
    }

    private static List<String> headerFindings(String header) {
        Report r = Fixtures.huaian2024();
        r.amountHeader(header);
        return check(r).findings().stream().map(f -> f.rule + " " + f.severity.id).collect(Collectors.toList());
    }

    @Test
    void decimalsFromProfileOrHeader() {
        Report r = Fixtures.huaian2024();
        r.cell("active.art20_8.admin_fees.amount", "0.39401");
        assertEquals(List.of(), check(r).findings(), "national: no decimals prescribed");
        Evaluation withProfile = Checker.check(r, null, new Profile(4));
        assertEquals(List.of("L-DEC@active.art20_8.admin_fees.amount"), Fixtures.rules(withProfile));
        assertEquals("0.3940", withProfile.findings().get(0).expected);
        r.amountHeader("本年收费金额（单位：万元，保留4位小数）");
        assertEquals(List.of("L-DEC@active.art20_8.admin_fees.amount"), Fixtures.rules(check(r)), "header declares 4");
        assertEquals(List.of("L-DEC@active.art20_8.admin_fees.amount"), Fixtures.rules(Checker.check(r, null, Profile.national())));
        r.amountHeader("本年收费金额（单位：万元，保留四位小数）");
        assertEquals(Integer.valueOf(4), check(r).profile().amountDecimals);
        r.cell("active.art20_8.admin_fees.amount", "0.3940");
        assertEquals(List.of(), check(r).findings());
        Evaluation two = Checker.check(r, null, new Profile(2));
        assertEquals("0.39", two.findings().get(0).expected, "the caller's profile wins over the header");
    }

    // ------------------------------------------------------------------ P-1 and P-10

    @Test
    void carryOverAgainstLastYear() {
        Report now = Fixtures.huaian2024();
        Report last = Fixtures.zeros();
        for (String c : Fixtures.APPLICANT_COLUMNS) last.cell("apply.carry_forward." + c, now.cellText("apply.carried_over." + c));
        last.cell("apply.carry_forward.total", "34");
        assertTrue(of(Checker.check(now, last, null), "P-1").isEmpty());
        last.cell("apply.carry_forward.natural_person", "29");
        last.cell("apply.carry_forward.total", "33");
        List<Finding> p1 = of(Checker.check(now, last, null), "P-1");
        assertEquals(List.of("apply.carried_over.natural_person", "apply.carried_over.total"),
                p1.stream().map(f -> f.key).collect(Collectors.toList()));
        assertEquals(Severity.WARNING, p1.get(0).severity);
        assertEquals("29", p1.get(0).expected);
        assertEquals("30", p1.get(0).actual);
        assertEquals("表三 二、上年结转政府信息公开申请数量 / 总计：本年为 34，上年报告“表三 四、结转下年度继续办理 / 总计”为 33，两者应相等。",
                p1.get(1).messageZh);
        assertTrue(of(Checker.check(now, Fixtures.without(last, TableId.T3), null), "P-1").isEmpty());
    }

    @Test
    void inForceHeuristic() {
        Report now = Fixtures.huaian2024(); // rules 2 issued, 1 repealed, 20 in force; normative 15, 3, 120
        Report last = Fixtures.zeros();
        last.cell("active.art20_1.rules.in_force", "19");
        last.cell("active.art20_1.normative_docs.in_force", "108");
        assertTrue(of(Checker.check(now, last, null), "P-10").isEmpty());
        last.cell("active.art20_1.normative_docs.in_force", "100");
        List<Finding> p10 = of(Checker.check(now, last, null), "P-10");
        assertEquals(1, p10.size());
        Finding f = p10.get(0);
        assertEquals("active.art20_1.normative_docs.in_force", f.key);
        assertEquals(Severity.WARNING, f.severity);
        assertEquals("112", f.expected);
        assertEquals("120", f.actual);
        assertTrue(f.messageZh.contains("现行有效件数 100 + 本年制发件数 15 − 本年废止件数 3"), f.messageZh);
        last.cell("active.art20_1.normative_docs.in_force", "/");
        assertTrue(of(Checker.check(now, last, null), "P-10").isEmpty(), "heuristic needs numbers in all four cells");
        assertTrue(of(check(now), "P-10").isEmpty(), "no previous report");
    }

    // ------------------------------------------------------------------ P-2

    @Test
    void narrativeFiguresAgainstTables() {
        Report r = Fixtures.huaian2024();
        r.section("overview", Fixtures.HUAIAN_OVERVIEW.replace("3119", "3118").replace("行政诉讼 46 件", "行政诉讼 45 件"));
        List<Finding> p2 = of(check(r), "P-2");
        assertEquals(2, p2.size());
        Finding f = p2.get(0);
        assertEquals("section.overview", f.key);
        assertEquals(Severity.WARNING, f.severity);
        assertEquals("3119", f.expected);
        assertEquals("3118", f.actual);
        assertEquals("一、总体情况中“全年共受理政府信息公开申请 3118 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）”（3118）与表三 一、本年新收政府信息公开申请数量 / 总计（3119）不一致。",
                f.messageZh);
        assertEquals("46", p2.get(1).expected);
        assertTrue(p2.get(1).messageZh.contains("表四 行政诉讼 未经复议直接起诉 总计 + 表四 行政诉讼 复议后起诉 总计（46）"),
                p2.get(1).messageZh);
    }

    @Test
    void narrativeEachQuantity() {
        String[][] cases = {
                {"答复 3051 件", "3050"},
                {"（含上年度结转申请 35 件", "34"},
                {"另有 104 件顺延到下年度答复", "103"},
                {"被申请行政复议 350 件", "351"},
        };
        for (String[] c : cases) {
            Report r = Fixtures.huaian2024();
            r.section("overview", "全年共受理政府信息公开申请 3119 件，" + c[0] + "。");
            List<Finding> p2 = of(check(r), "P-2");
            assertEquals(1, p2.size(), c[0] + " " + p2);
            assertEquals(c[1], p2.get(0).expected);
        }
    }

    @Test
    void receivedCountThatIncludesTheCarryOver() {
        Report r = Fixtures.huaian2024();
        r.section("overview", "共受理政府信息公开申请3153件（含上年结转34件），答复3050件。");
        assertEquals(List.of(), check(r).findings(), "3153 = 3119 new + 34 carried over");
        r.section("overview", "共受理政府信息公开申请3150件（含上年结转34件），答复3050件。");
        Finding f = of(check(r), "P-2").get(0);
        assertEquals("3119", f.expected);
        assertEquals("3150", f.actual);
        r.section("overview", "共受理政府信息公开申请3153件，答复3050件。");
        assertEquals(List.of(), of(check(r), "P-2"), "收到/受理 may count 一 + 二 even without the note (issue 9)");
    }

    @Test
    void sampleNarrativeAgainstNonZeroTables() {
        Report r = Fixtures.zeros();
        r.cell("apply.new.natural_person", "2").cell("apply.new.total", "2")
                .cell("apply.results.granted.natural_person", "2").cell("apply.results.granted.total", "2")
                .cell("apply.results.total.natural_person", "2").cell("apply.results.total.total", "2");
        r.cell("appeal.review.upheld", "1").cell("appeal.review.total", "1");
        Evaluation e = check(r);
        assertEquals(0, e.errorCount(), e.findings().toString());
        List<Finding> p2 = of(e, "P-2");
        assertEquals(2, p2.size(), p2.toString());
        assertEquals("2", p2.get(0).expected);
        assertEquals("0", p2.get(0).actual);
        assertTrue(p2.get(0).messageZh.contains("“今年以来共接收依申请公开0件”"), p2.get(0).messageZh);
        assertEquals("1", p2.get(1).expected);
        assertTrue(p2.get(1).messageZh.contains("未发生因信息公开工作被行政复议或行政诉讼的情况"), p2.get(1).messageZh);
    }

    @Test
    void narrativeIgnoredForMissingTables() {
        Report r = Fixtures.without(Fixtures.huaian2024(), TableId.T4);
        r.section("overview", Fixtures.HUAIAN_OVERVIEW.replace("行政复议 351 件", "行政复议 1 件"));
        Evaluation e = check(r);
        assertEquals(List.of(), e.findings());
        assertFalse(e.computed().containsKey("appeal.review.total"));
        assertFalse(e.values().containsKey("appeal.review.upheld"));
    }

    // ------------------------------------------------------------------ P-4

    @Test
    void informationFeeStatement() {
        assertEquals(List.of(), p4("2021年本单位未收取信息处理费。"));
        assertEquals(List.of(), p4("依据《政府信息公开信息处理费管理办法》，审计局2023年没有收取信息处理费情况。"));
        assertEquals(List.of(), p4("全年收取政府信息公开信息处理费 3940 元。"));
        assertEquals(List.of(), p4("本年度信息处理费收取金额为0元。"));
        assertEquals(List.of("rule.p4.noStatement"), p4("本年度落实上级政务公开工作要点情况良好。"));
        assertEquals(List.of("rule.p4.noStatement"), p4("2023年信息处理费相关工作按规定开展。"));
        assertEquals(List.of("rule.p4.noStatement"), p4(ReportSchema.get().section("other").guidance));
        assertEquals(List.of("rule.p4.noStatement"), p4(""));
        assertEquals(List.of("rule.p4.missing"), p4(null));
    }

    private static List<String> p4(String text) {
        Report r = Fixtures.zeros(); // no unpaid-fee applications
        Report target = text == null ? Fixtures.copyWithoutSection(r, "other") : r.section("other", text);
        List<String> ids = new ArrayList<>();
        for (Finding f : of(check(target), "P-4")) {
            assertEquals("section.other", f.key);
            assertEquals(Severity.WARNING, f.severity);
            for (String id : new String[] {"rule.p4.noStatement", "rule.p4.missing", "rule.p4.unpaidFee"}) {
                if (f.messageZh.equals(Messages.zh(id, "六、其他需要报告的事项"))) ids.add(id);
            }
        }
        return ids;
    }

    @Test
    void unpaidFeeButNoFeeMentioned() {
        Report r = Fixtures.huaian2024(); // （六）2 = 6
        r.section("other", "本年度落实上级政务公开工作要点情况良好。");
        List<Finding> p4 = of(check(r), "P-4");
        assertEquals(1, p4.size());
        assertTrue(p4.get(0).messageZh.startsWith("表三 （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 / 总计为 6，"),
                p4.get(0).messageZh);
        r.section("other", "本年度收费工作规范。");
        assertTrue(of(check(r), "P-4").get(0).messageZh.startsWith("“六、其他需要报告的事项”未说明"), "fees mentioned, no statement");
    }

    // ------------------------------------------------------------------ P-7

    @Test
    void problemsSection() {
        Report r = Fixtures.huaian2024();
        assertTrue(of(check(r), "P-7").isEmpty());
        r.section("problems", "");
        assertEquals(1, of(check(r), "P-7").size());
        r.section("problems", "\u3000\n");
        assertEquals(1, of(check(r), "P-7").size());
        r.section("problems", ReportSchema.get().section("problems").guidance);
        Finding f = of(check(r), "P-7").get(0);
        assertEquals("section.problems", f.key);
        assertEquals(Severity.WARNING, f.severity);
        assertEquals("“五、存在的主要问题及改进情况”为空或只有填写说明：请写明存在的主要问题和改进措施。", f.messageZh);
        assertTrue(of(check(Fixtures.copyWithoutSection(r, "problems")), "P-7").isEmpty(), "missing heading: the reader's finding");
    }

    @Test
    void problemsCopiedFromLastYear() {
        Report now = Fixtures.huaian2024();
        Report last = Fixtures.huaian2024();
        last.section("problems", now.sectionText("problems").replace("。", "。\n") + "　");
        assertEquals(1, of(Checker.check(now, last, null), "P-7").size());
        last.section("problems", "去年的问题是网站栏目不全。");
        assertTrue(of(Checker.check(now, last, null), "P-7").isEmpty());
    }

    // ------------------------------------------------------------------ general

    @Test
    void readingFindingsAreIncludedInDocumentOrder() {
        Report r = Fixtures.huaian2024();
        r.cell("appeal.review.total", "350");
        r.cell("active.art20_1.rules.issued", "二");
        r.section("problems", "");
        r.addFinding(Messages.finding("T-MISSING", Severity.ERROR, "table.t3", null, null, "table.missing", "表三", "三"));
        r.addFinding(Messages.finding("S-MISSING", Severity.WARNING, "document", null, null, "section.missing", "x"));
        Evaluation e = check(r);
        // errors first, then warnings, each in document order
        assertEquals(List.of("T-MISSING@table.t3", "R-IMP-3@appeal.review.total", "S-MISSING@document", "P-2@section.overview",
                "C-NUM@active.art20_1.rules.issued", "P-7@section.problems"), Fixtures.rules(e));
        assertEquals(2, e.errorCount());
        assertEquals(4, e.warningCount());
    }

    @Test
    void emptyReportAndGarbageNeverThrow() {
        Evaluation empty = Checker.check(new Report(), new Report(), new Profile(4));
        assertTrue(empty.values().isEmpty());
        assertTrue(empty.computed().isEmpty());
        assertEquals(List.of("P-4@section.other"), Fixtures.rules(empty));

        Report g = new Report().amountHeader("单位：：：（（（");
        for (CellDef c : ReportSchema.get().cells()) g.cell(c.key, c.order % 3 == 0 ? "＝" + c.order : "（" + c.key);
        g.cell("unknown.key", "1");
        g.section("overview", "受理申请件件件，答复件，行政复议行政诉讼，未发生，无，一一一件，十十件，受理申请99999999999999999999999件");
        g.section("other", "（填写说明：（（（");
        g.section("problems", "）））");
        Evaluation e = Checker.check(g, g, null);
        assertEquals(ReportSchema.get().cells().size(), of(e, "R-IMP-4").size());
    }

    @Test
    void findingCountsAndSeveritiesFollowTheRuleBasis() {
        for (Rule rule : Rule.values()) {
            Severity s = rule.severity();
            if (rule.basis == Rule.Basis.OFFICIAL || rule.basis == Rule.Basis.IMPLIED) assertEquals(Severity.ERROR, s, rule.id);
            else if (rule.basis == Rule.Basis.STYLE) assertEquals(Severity.INFO, s, rule.id);
            else if (rule.basis == Rule.Basis.PRACTICE || rule.basis == Rule.Basis.LOCAL) assertEquals(Severity.WARNING, s, rule.id);
            assertEquals(rule, Rule.byId(rule.id));
        }
    }

    @Test
    void everyT3RowIsKnownToTheFixture() {
        List<String> rows = ReportSchema.get().t3Rows().stream().map((T3Row r) -> r.key).collect(Collectors.toList());
        assertEquals(25, rows.size());
        for (String row : rows) assertNotNull(Fixtures.huaian2024().cellText("apply." + row + ".total"), row);
    }
}
