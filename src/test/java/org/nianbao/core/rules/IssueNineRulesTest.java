package org.nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Place;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Profiles;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/** The rules of issue 9 on sentences modelled on the field notes (review-practice.md), firing and not firing. */
class IssueNineRulesTest {

    private static Evaluation check(Report r) {
        return Checker.check(r, null, Profile.national());
    }

    private static List<Finding> of(Evaluation e, String rule) {
        return e.findings().stream().filter(f -> f.rule.equals(rule)).collect(Collectors.toList());
    }

    private static Report withOverview(String text) {
        return Fixtures.huaian2024().section("overview", text);
    }

    // ------------------------------------------------------------------ P-2 by concept

    @Test
    void p2ReadsResultCountsAgainstTheirOwnRowsNotTheTotal() {
        // 予以公开 1362, 不予公开 = 178 (8 sub-rows), 无法提供 = 781
        Report r = withOverview("全年办结依申请3050件，其中同意公开答复1362件，不予公开答复178件，无法提供781件。");
        assertEquals(List.of(), of(check(r), "P-2"));
        r = withOverview("全年办结依申请3050件，其中同意公开答复1360件，不予公开答复178件。");
        List<Finding> p2 = of(check(r), "P-2");
        assertEquals(1, p2.size(), p2.toString());
        assertEquals("1362", p2.get(0).expected);
        assertEquals("1360", p2.get(0).actual);
        assertEquals(Place.Kind.SENTENCE, p2.get(0).place.kind);
        assertEquals("全年办结依申请3050件，其中同意公开答复1360件，不予公开答复178件。", p2.get(0).place.sentence);
        assertTrue(p2.get(0).messageZh.contains("予以公开"), p2.get(0).messageZh);
    }

    @Test
    void p2ReadsCarriedToNextYearAsItemFour() {
        assertEquals(List.of(), of(check(withOverview("答复3050件，转下一年度办理答复的有103件。")), "P-2"));
        List<Finding> p2 = of(check(withOverview("答复3050件，转下一年度办理答复的有3件。")), "P-2");
        assertEquals(1, p2.size(), p2.toString());
        assertEquals("103", p2.get(0).expected);
    }

    @Test
    void p2AcceptsReceivedAsNewOrNewPlusCarriedOver() {
        assertEquals(List.of(), of(check(withOverview("全年共收到政府信息公开申请3119件。")), "P-2"));
        assertEquals(List.of(), of(check(withOverview("全年共收到政府信息公开申请3153件。")), "P-2"));
        assertEquals(1, of(check(withOverview("全年共收到政府信息公开申请3160件。")), "P-2").size());
    }

    @Test
    void p2LeavesFilingCumulativeAndYearOnYearSentencesAlone() {
        Report r = withOverview("全年向市政务公开办备案规范性文件8件。截至目前累计受理政府信息公开申请12000件。"
                + "同比上年收到申请2900件增长7%。上年度共受理申请2800件。");
        assertEquals(List.of(), of(check(r), "P-2"));
    }

    @Test
    void p2ComparesInForceAndIssuedWithTable2() {
        assertEquals(List.of(), of(check(withOverview("本年制发的规范性文件15件，现行有效行政规范性文件120件，作出行政处罚决定678件。")), "P-2"));
        List<Finding> p2 = of(check(withOverview("现行有效行政规范性文件118件，制发的规范性文件14件。")), "P-2");
        assertEquals(List.of("120", "15"), p2.stream().map(f -> f.expected).collect(Collectors.toList()));
    }

    // ------------------------------------------------------------------ N-CONTRA

    @Test
    void nContraWhenAllConcludedButItemFourAboveZero() {
        List<Finding> n = of(check(withOverview("全年共受理申请3119件，均已办结，办结率100%。")), "N-CONTRA");
        assertEquals(1, n.size(), n.toString());
        assertEquals(Severity.WARNING, n.get(0).severity);
        assertTrue(n.get(0).messageZh.contains("103"), n.get(0).messageZh);
        assertEquals(List.of(), of(check(withOverview("全年共受理申请3119件，均在法定期限内答复。")), "N-CONTRA"));
        Report zeros = Fixtures.zeros();
        zeros.section("overview", "全年受理申请0件，尚有2件正在办理。");
        assertEquals(1, of(check(zeros), "N-CONTRA").size());
        zeros.section("overview", "全年受理申请0件，均已办结。");
        assertEquals(List.of(), of(check(zeros), "N-CONTRA"));
    }

    // ------------------------------------------------------------------ D-YEAR, D-BASIS, D-TERM

    @Test
    void dYearOnTheStatisticsPeriodAndOnOwnWorkDatedAnotherYear() {
        Report r = withOverview("本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。本机关2023年度共收到申请3119件。");
        List<Finding> d = of(check(r), "D-YEAR");
        assertEquals(2, d.size(), d.toString());
        assertEquals("2024", d.get(0).expected);
        assertEquals("2023", d.get(0).actual);
        r = withOverview("本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。本机关2024年度共收到申请3119件，较2023年增长5%。");
        assertEquals(List.of(), of(check(r), "D-YEAR"));
    }

    @Test
    void dBasisOnTheOld2019NoticeButNeverT2019() {
        Report r = Fixtures.huaian2024();
        r.preamble(List.of("根据《中华人民共和国政府信息公开条例》和国办公开办函〔2019〕60号要求，编制本报告。"));
        Evaluation e = check(r);
        List<Finding> d = of(e, "D-BASIS");
        assertEquals(1, d.size(), d.toString());
        assertEquals("document", d.get(0).key);
        assertEquals(List.of(), of(e, "T-2019"));
        assertEquals(0, e.errorCount());
        r.preamble(List.of("根据《中华人民共和国政府信息公开条例》（国务院令第711号）和国办公开办函〔2021〕30号要求，编制本报告。"));
        assertEquals(List.of(), of(check(r), "D-BASIS"));
    }

    @Test
    void dTermOnMisspellingsDoubledWordsAndAsciiPunctuation() {
        Evaluation e = check(withOverview("全年共受理申请3119件，另有103件转结下年度。专项资金资金到位。公开申请,均按时答复。"));
        List<Finding> d = of(e, "D-TERM");
        assertEquals(3, d.size(), d.toString());
        assertTrue(d.stream().allMatch(f -> f.severity == Severity.INFO));
        assertEquals("结转", d.get(0).expected);
        // 市委市政府政府信息: two compounds, not a doubled word; 流转结束 is not 转结
        assertEquals(List.of(), of(check(withOverview("落实市委市政府政府信息公开工作要求，审批流转结束后公开。")), "D-TERM"));
    }

    // ------------------------------------------------------------------ T-ZERO

    @Test
    void tZeroOnlyWhenEveryCellOfTables3And4IsZero() {
        assertEquals(1, of(check(Fixtures.zeros()), "T-ZERO").size());
        assertEquals(List.of(), of(check(Fixtures.huaian2024()), "T-ZERO"));
    }

    // ------------------------------------------------------------------ P-4, P-10

    @Test
    void p4ReadsANoneStatementOverTwoLinesAndNeverUsesTable2Fees() {
        Report r = Fixtures.huaian2024();
        r.cell("apply.results.other_handling.unpaid_fee.total", "0");
        r.section("other", "本年度信息公开处理费收费情况\n未发生政府信息公开收费事项。");
        assertEquals(List.of(), of(check(r), "P-4"));
        // 行政事业性收费 in 表二（八） is another fee: it neither states the 信息处理费 nor stops the warning
        r.cell("active.art20_8.admin_fees.amount", "96171.6");
        r.section("other", "本年度行政事业性收费96171.6万元。");
        List<Finding> p4 = of(check(r), "P-4");
        assertEquals(1, p4.size());
        assertEquals(Severity.WARNING, p4.get(0).severity);
    }

    @Test
    void p4InfoWhenUnpaidFeesButNoFeeNotice() {
        Report r = Fixtures.huaian2024(); // （六）2 逾期未缴费 = 6
        r.section("other", "本年度未收取信息处理费。");
        List<Finding> p4 = of(check(r), "P-4");
        assertEquals(1, p4.size());
        assertEquals(Severity.INFO, p4.get(0).severity);
        r.section("other", "本年度未收取信息处理费，向6名申请人发出收费通知，逾期未缴费。");
        assertEquals(List.of(), of(check(r), "P-4"));
    }

    @Test
    void p10SaysWhenTheTextMentionsAClean_up() {
        Report last = Fixtures.huaian2024();
        Report now = Fixtures.huaian2024();
        now.cell("active.art20_1.normative_docs.in_force", "100");
        assertTrue(of(Checker.check(now, last, null), "P-10").get(0).messageZh.indexOf("第一部分提到") < 0);
        now.section("overview", Fixtures.HUAIAN_OVERVIEW + "开展规范性文件集中清理，废止失效文件。");
        Finding f = of(Checker.check(now, last, null), "P-10").get(0);
        assertEquals(Severity.WARNING, f.severity);
        assertTrue(f.messageZh.contains("集中清理"), f.messageZh);
    }

    // ------------------------------------------------------------------ Y-COPY

    @Test
    void yCopyPerSectionAndWholeWithRatiosEvenWithoutWarning() {
        String text = "本年度我局坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实政府信息公开条例，"
                + "持续推进决策、执行、管理、服务、结果公开，不断完善政府信息公开工作机制，切实保障人民群众知情权、参与权和监督权。";
        Report last = Fixtures.huaian2024().section("overview", text + "全年共受理申请2900件。");
        Report now = Fixtures.huaian2024().section("overview", text + "全年共受理申请3119件。");
        Evaluation e = Checker.check(now, last, null);
        List<Finding> y = of(e, "Y-COPY");
        assertTrue(y.stream().anyMatch(f -> f.key.equals("section.overview")), y.toString());
        assertTrue(e.copyRatios().get("overview") > 0.9, e.copyRatios().toString());
        assertNotNull(e.copyRatios().get(CopyRules.WHOLE));
        Report fresh = Fixtures.huaian2024().section("overview", "今年重点围绕优化营商环境，新建政策问答库并上线智能客服，"
                + "按季度发布重点领域信息公开清单，组织三场政府开放日活动邀请群众代表参与评议，整改网站栏目二十余处。");
        Evaluation e2 = Checker.check(fresh, last, null);
        assertEquals(List.of(), of(e2, "Y-COPY").stream().filter(f -> f.key.equals("section.overview")).collect(Collectors.toList()));
        assertTrue(e2.copyRatios().get("overview") < 0.2, e2.copyRatios().toString());
        assertNull(check(now).copyRatios(), "without last year's report no ratios");
    }

    @Test
    void yCopyThresholdFromTheProfile() {
        Profile strict = Profiles.resolve("copy.threshold=0.99");
        String same = "本年度我局坚持公开为常态、不公开为例外，持续推进决策执行管理服务结果公开，完善信息发布、政策解读和回应关切工作机制。";
        Report last = Fixtures.huaian2024().section("overview", same + "另开展培训两次。");
        Report now = Fixtures.huaian2024().section("overview", same + "另新建问答库一处。");
        assertTrue(of(Checker.check(now, last, null), "Y-COPY").size() > 0);
        assertEquals(List.of(), of(Checker.check(now, last, strict), "Y-COPY"));
    }

    // ------------------------------------------------------------------ profiles, S-LENGTH, S-TOPIC

    @Test
    void wuweiProfileLimitsOverviewAndRequiresItsFiveAspects() {
        Profile wuwei = Profiles.builtIn("wuwei");
        assertEquals(Integer.valueOf(1000), wuwei.overviewMaxChars);
        assertEquals(5, wuwei.overviewTopics.size());
        Report r = withOverview("（一）主动公开。……（二）依申请公开。……（三）政府信息管理。……（四）平台建设。……（五）监督保障。……");
        assertEquals(List.of(), of(Checker.check(r, null, wuwei), "S-TOPIC"));
        r = withOverview("（一）主动公开。……（二）依申请公开。……".repeat(1) + "字".repeat(1001));
        Evaluation e = Checker.check(r, null, wuwei);
        assertEquals(1, of(e, "S-LENGTH").size());
        List<Finding> topics = of(e, "S-TOPIC");
        assertEquals(1, topics.size());
        assertTrue(topics.get(0).messageZh.contains("政府信息管理、平台建设、监督保障"), topics.get(0).messageZh);
        assertEquals(List.of(), of(check(r), "S-LENGTH"), "the national profile sets no limit");
    }

    @Test
    void suqianProfileSetsFourDecimalsAndProfilesSwitchWarningsOff() {
        assertEquals(Integer.valueOf(4), Profiles.builtIn("suqian").amountDecimals);
        Profile off = Profiles.resolve("off=D-TERM,P-4,R-IMP-1");
        Report r = withOverview("另有103件转结下年度。");
        r.section("other", "");
        Evaluation e = Checker.check(r, null, off);
        assertEquals(List.of(), of(e, "D-TERM"));
        assertEquals(List.of(), of(e, "P-4"));
        assertEquals("national", Profiles.resolve(null).id);
    }

    @Test
    void documentSettingChoosesTheProfileUnlessTheCallerGaveOne() {
        Report r = Fixtures.huaian2024().profileSetting("wuwei");
        assertEquals("wuwei", Profiles.effective(Profile.national(), r).id);
        assertEquals("suqian", Profiles.effective(Profiles.builtIn("suqian"), r).id);
        assertEquals("national", Profiles.effective(Profile.national(), r.profileSetting("no-such-profile")).id);
    }

    // ------------------------------------------------------------------ grouping and order

    @Test
    void blankCellsGroupedPerTableWithEveryKey() {
        Report r = Fixtures.huaian2024();
        int blanks = 0;
        for (CellDef c : ReportSchema.get().cells(TableId.T3)) {
            if (!c.computed && c.key.startsWith("apply.results.denied.")) {
                r.cell(c.key, "");
                blanks++;
            }
        }
        r.cell("appeal.review.upheld", "/");
        Evaluation e = check(r);
        List<Finding> p6 = of(e, "P-6");
        assertEquals(2, p6.size(), p6.toString());
        Finding group = p6.stream().filter(f -> !f.keys.isEmpty()).findFirst().orElseThrow();
        assertEquals("table.t3", group.key);
        assertEquals(blanks, group.keys.size());
        assertTrue(group.messageZh.startsWith("表三：" + blanks + "个单元格"), group.messageZh);
        assertEquals("appeal.review.upheld", p6.stream().filter(f -> f.keys.isEmpty()).findFirst().orElseThrow().key);
        assertEquals(1, e.findings(group.keys.get(0)).size(), "a grouped cell still has its own finding");
    }

    @Test
    void errorsThenWarningsThenInfo() {
        Report r = withOverview("全年共受理申请3100件，另有103件转结下年度。");
        CheckerTest.add(r, "apply.new.total", 1);
        Evaluation e = check(r);
        List<Severity> order = e.findings().stream().map(f -> f.severity).collect(Collectors.toList());
        List<Severity> sorted = order.stream().sorted().collect(Collectors.toList());
        assertEquals(sorted, order);
        assertTrue(order.contains(Severity.ERROR) && order.contains(Severity.WARNING) && order.contains(Severity.INFO), order.toString());
    }

    // ------------------------------------------------------------------ a clean, well-written report

    @Test
    void aCleanReportGetsNoneOfTheNewFindings() {
        Evaluation e = Checker.check(Fixtures.huaian2024(), null, Profile.national());
        assertEquals(List.of(), e.findings());
        Report lastYear = Fixtures.huaian2024().section("overview", "2023年，全市推进政务公开标准化规范化建设，新建基层公开专区四十个。")
                .section("problems", "一是公开平台建设不均衡。二是政策解读形式单一。");
        Report now = Fixtures.huaian2024().section("problems", "一是部分单位答复文书不规范，已组织专项培训。二是数据开放不足，将上线开放目录。");
        Evaluation withLast = Checker.check(now, lastYear, Profile.national());
        Map<String, Double> ratios = withLast.copyRatios();
        assertTrue(ratios.get("overview") < 0.5 && ratios.get("problems") < 0.5, ratios.toString());
        assertEquals(List.of(), withLast.findings().stream().filter(f -> !f.rule.equals("P-1") && !f.rule.equals("P-10"))
                .collect(Collectors.toList()));
    }

    @Test
    void everyIdUsedIsInTheRuleEnum() {
        assertEquals(Rule.X_SNAPSHOT.id, org.nianbao.core.model.ExtensionFindings.SNAPSHOT);
        assertEquals(Rule.X_OVERWRITTEN.id, org.nianbao.core.model.ExtensionFindings.OVERWRITTEN);
        assertEquals(Rule.U_REOPEN.id, "U-REOPEN");
        for (Finding f : check(Fixtures.zeros()).findings()) assertNotNull(Rule.byId(f.rule), f.rule);
    }
}
