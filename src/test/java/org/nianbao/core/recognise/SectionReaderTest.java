package org.nianbao.core.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Report;

/** Headings and titles as real reports write them (issue 9: S-ORDER, S-HEADING, D-TITLE and the reading defects). */
class SectionReaderTest {
    private static final List<String> OFFICIAL = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    private static Report read(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) blocks.add(Block.paragraph(p));
        return DocumentReader.read(new DocumentContent(blocks));
    }

    private static List<String> structure(Report r) {
        return r.readingFindings().stream().filter(f -> f.rule.startsWith("S-") || f.rule.equals("D-TITLE"))
                .map(f -> f.rule + "@" + f.key).collect(Collectors.toList());
    }

    private static String[] report(String title, List<String> headings, String... overviewBody) {
        List<String> p = new ArrayList<>();
        p.add(title);
        p.add(headings.get(0));
        for (String s : overviewBody) p.add(s);
        for (int i = 1; i < headings.size(); i++) {
            p.add(headings.get(i));
            p.add("正文" + i + "。");
        }
        return p.toArray(new String[0]);
    }

    @Test
    void officialHeadingsAndTitleGiveNoStructureFindings() {
        Report r = read(report("淮安市人民政府2024年度政府信息公开工作年度报告", OFFICIAL, "本年度工作情况如下。"));
        assertEquals(List.of(), structure(r));
        assertEquals("淮安市人民政府", r.agency());
        assertEquals(Integer.valueOf(2024), r.year());
    }

    @Test
    void aSubHeadingInsideOneDoesNotSwallowTheRest() {
        // “四、政府信息公开申请情况” inside 一 has neither 复议 nor 诉讼: body text, not section 四
        Report r = read(report("某局2024年度政府信息公开工作年度报告", OFFICIAL,
                "一、主动公开情况", "全年主动公开信息120条。", "四、政府信息公开申请情况", "全年收到申请3件。",
                "1.主动公开政府信息情况", "（二）依申请公开"));
        assertTrue(r.sectionText("overview").contains("全年收到申请3件"), r.sectionText("overview"));
        assertEquals("正文3。", r.sectionText("appeal"));
        assertEquals("正文1。", r.sectionText("active"));
        // the restart 一、 inside 一: one S-ORDER for two numbering systems, nothing missing
        assertEquals(List.of("S-ORDER@section.overview"), structure(r));
    }

    @Test
    void wordsOfOneSectionUnderAnotherNumeralAreThatSectionWithSOrder() {
        List<String> shifted = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、其他需要报告的事项");
        Report r = read(report("某局2024年度政府信息公开工作年度报告", shifted));
        assertNotNull(r.sectionText("other"));
        assertEquals(List.of("S-ORDER@section.other", "S-MISSING@section.problems"), structure(r));
    }

    @Test
    void aMistypedHeadingIsFoundAndGetsTheOfficialText() {
        List<String> typo = new ArrayList<>(OFFICIAL);
        typo.set(3, "四、政府信息公开行政法复议、行政诉讼情况");
        Report r = read(report("某局2024年度政府信息公开工作年度报告", typo));
        assertEquals("正文3。", r.sectionText("appeal"));
        assertEquals(List.of("S-HEADING@section.appeal"), structure(r));
        assertTrue(r.readingFindings().get(0).messageZh.contains("四、政府信息公开行政复议、行政诉讼情况"));
    }

    @Test
    void yearFirstAndTwoLineTitlesAreRead() {
        Report r = read(report("2024年上海市某某局政府信息公开工作年度报告", OFFICIAL));
        assertEquals("上海市某某局", r.agency());
        assertEquals(Integer.valueOf(2024), r.year());
        assertEquals(List.of("D-TITLE@document"), structure(r));
        List<String> p = new ArrayList<>(List.of("某某县人民政府办公室", "2023年度政府信息公开工作年度报告",
                "本报告根据《中华人民共和国政府信息公开条例》要求，由本机关编制本年度政府信息公开工作年度报告。"));
        for (String h : OFFICIAL) {
            p.add(h);
            p.add("正文。");
        }
        Report two = read(p.toArray(new String[0]));
        assertEquals("某某县人民政府办公室", two.agency());
        assertEquals(Integer.valueOf(2023), two.year());
        assertEquals(List.of(), structure(two));
    }

    @Test
    void nonStandardTitlesGetDTitle() {
        Report r = read(report("某局政府信息公开工作报告", OFFICIAL));
        assertEquals(List.of("D-TITLE@document"), structure(r));
        assertNull(r.year());
        r = read(report("某局政府信息公开工作年度报告", OFFICIAL));
        assertEquals(List.of("D-TITLE@document"), structure(r));
    }

    @Test
    void anIndexLineBeforeTheTitleIsNoAgency() {
        List<String> p = new ArrayList<>(List.of("索引号：11410781-2024-001", "某某县司法局2024年度政府信息公开工作年度报告"));
        for (String h : OFFICIAL) {
            p.add(h);
            p.add("正文。");
        }
        Report r = read(p.toArray(new String[0]));
        assertEquals("某某县司法局", r.agency());
        assertEquals(List.of(), structure(r));
    }

    @Test
    void boundNumbersGetTheirOffsetsInTheSectionText() {
        java.util.List<org.nianbao.core.doc.Block> blocks = new java.util.ArrayList<>();
        blocks.add(org.nianbao.core.doc.Block.paragraph("一、总体情况", 1));
        blocks.add(org.nianbao.core.doc.Block.paragraph("本机关坚持依法公开。"));
        String p = "\u3000\u3000共收到申请12件，办结9件。";
        blocks.add(org.nianbao.core.doc.Block.paragraph(p, 0, java.util.List.of(
                new org.nianbao.core.doc.BoundSpan("NB1_apply_new_total", 7, 9),
                new org.nianbao.core.doc.BoundSpan("NB2_apply_results_total_total", 13, 14),
                new org.nianbao.core.doc.BoundSpan("NB3_not_a_key", 0, 2))));
        blocks.add(org.nianbao.core.doc.Block.paragraph("二、主动公开政府信息情况", 1));
        org.nianbao.core.model.Report r = org.nianbao.core.recognise.DocumentReader.read(new org.nianbao.core.doc.DocumentContent(blocks));
        String text = r.sectionText("overview");
        assertEquals(2, r.boundNumbers().size(), r.boundNumbers().toString());
        for (org.nianbao.core.model.BoundNumber b : r.boundNumbers()) {
            assertEquals(b.text, text.substring(b.start, b.end));
            assertEquals("overview", b.sectionKey);
        }
        assertEquals("12", r.boundNumbers().get(0).text);
        assertEquals("apply.new.total", r.boundNumbers().get(0).key);
        assertEquals("9", r.boundNumbers().get(1).text);
    }
}
