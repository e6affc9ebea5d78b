package org.nianbao.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.parse.Numbers;

class NarrativeTest {

    static List<String> q(String text) {
        return Narrative.quotes(text).stream().map(x -> x.quantity + "=" + Numbers.plain(x.number)).collect(Collectors.toList());
    }

    @Test
    void modelSentenceOfSpecP2() {
        String s = "共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）";
        assertEquals(List.of("RECEIVED=3119", "ANSWERED=3050", "CARRIED_OVER=34", "CARRIED_FORWARD=103"), q(s));
        List<Narrative.Quote> quotes = Narrative.quotes(s);
        assertEquals("共受理政府信息公开申请 3119 件", quotes.get(0).fragment);
        assertEquals("答复 3050 件", quotes.get(1).fragment);
        assertEquals("另有 103 件顺延到下年度", quotes.get(3).fragment);
    }

    @Test
    void shanghaiVariant() {
        assertEquals(List.of("ANSWERED=805", "CARRIED_OVER=18", "CARRIED_FORWARD=72"),
                q("答复805件（含上年度结转申请18件，另有72件申请按照《条例》顺延到下年度答复）"));
    }

    @Test
    void sampleReportOverview() {
        assertEquals(List.of("RECEIVED=0", "REVIEW=0", "SUIT=0"), q(Fixtures.SAMPLE_OVERVIEW));
        List<Narrative.Quote> quotes = Narrative.quotes(Fixtures.SAMPLE_OVERVIEW);
        assertEquals("今年以来共接收依申请公开0件", quotes.get(0).fragment);
        assertEquals("未发生因信息公开工作被行政复议或行政诉讼的情况", quotes.get(1).fragment);
    }

    @Test
    void appealsAndLitigation() {
        assertEquals(List.of("REVIEW=351", "SUIT=46"),
                q("被申请行政复议 351 件，其中结果维持 72 件；行政诉讼 46 件，其中结果维持 25 件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。"));
        assertEquals(List.of("REVIEW=0", "SUIT=0"), q("本年度行政复议和行政诉讼均为0件。"));
        assertEquals(List.of("REVIEW=0", "SUIT=2"), q("未发生行政复议，发生行政诉讼2件。"));
        assertEquals(List.of(), q("行政复议结果维持2件。"), "a result, not the total");
        assertEquals(List.of(), q("行政复议和行政诉讼共3件。"), "a combined figure is not read");
        assertEquals(List.of("REVIEW=0"), q("本年度无政府信息公开行政复议案件。"));
        assertEquals(List.of(), q("无法提供的申请不涉及行政复议。"));
        assertEquals(List.of(), q("本局作为复议机关，共办理行政复议案件15件。"), "the organ as review body");
    }

    @Test
    void chineseAndFullWidthFigures() {
        assertEquals(List.of("RECEIVED=12", "ANSWERED=105"), q("共收到政府信息公开申请十二件，办结一百零五件。"));
        assertEquals(List.of("RECEIVED=1234"), q("新收政府信息公开申请１，２３４件"));
        assertEquals(List.of("RECEIVED=2"), q("本年共收到申请两件。"));
        assertEquals(List.of("CARRIED_FORWARD=3"), q("结转下年度继续办理三件。"));
        assertEquals(List.of("CARRIED_OVER=0"), q("上年结转申请0件。"));
    }

    @Test
    void receivedIncludingCarryOverIsFlagged() {
        List<Narrative.Quote> quotes = Narrative.quotes("共受理政府信息公开申请3153件（含上年结转34件）。");
        assertEquals("RECEIVED", quotes.get(0).quantity.name());
        assertTrue(quotes.get(0).mayIncludeCarryOver);
        assertEquals("CARRIED_OVER", quotes.get(1).quantity.name());
    }

    @Test
    void issuedDocuments() {
        assertEquals(List.of("RULES_ISSUED=0", "NORMATIVE_ISSUED=3"), q("本年制发规章0件，制发行政规范性文件3件。"));
        assertEquals(List.of("NORMATIVE_ISSUED=5"), q("全年印发规范性文件 5 件。"));
    }

    @Test
    void conservative() {
        assertEquals(List.of(), q("受理的每一件申请都按时答复。"));
        assertEquals(List.of(), q("受理行政复议申请2件。"), "受理 of a review is not an application count");
        assertEquals(List.of("REVIEW=2"), q("受理行政复议申请2件。".replace("受理", "被申请")));
        assertEquals(List.of(), q("主动公开政府信息413条，通过网站公开信息4条。"), "条 is not 件");
        assertEquals(List.of(), q("凡我局发文均须标注“此件公开发布”、“此件依申请公开”。"));
        assertEquals(List.of(), q("按时答复率100%。"));
        assertEquals(List.of(), q("2021年，共受理。"));
        assertEquals(List.of(), q(null));
        assertEquals(List.of(), q(""));
        assertEquals(List.of("ANSWERED=20"), q("答复20件；答复20件。"), "repeats are reported once");
        assertEquals(List.of("ANSWERED=20", "ANSWERED=16"), q("答复20件。后文又称答复16件。"));
    }
}
