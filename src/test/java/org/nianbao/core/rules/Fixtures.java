package org.nianbao.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.model.Report;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/**
 * Test reports. {@link #huaian2024()} uses the figures of spec §4.2 (淮安市人民政府 2024): the 总计 column of
 * table 三 and table 四 as published. The published per-applicant breakdown is not in the spec, so the
 * columns are split by a fixed rule that keeps every column balanced; table 二 other than the amount
 * 96171.6 is illustrative.
 */
final class Fixtures {
    static final String P = "apply.";
    static final String[] APPLICANT_COLUMNS = {"natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org"};

    /** 总计 of the 21 result rows, 淮安 2024 (sum 3050). */
    static final Map<String, Integer> HUAIAN_RESULTS = new LinkedHashMap<>();

    static {
        String[] leaves = {"granted", "partial",
                "denied.state_secret", "denied.law_forbidden", "denied.three_safety", "denied.third_party",
                "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.admin_query",
                "unable.not_held", "unable.need_creation", "unable.still_unclear",
                "not_processed.petition", "not_processed.repeat", "not_processed.publication",
                "not_processed.excessive", "not_processed.confirm",
                "other_handling.no_correction", "other_handling.unpaid_fee", "other_handling.misc"};
        int[] totals = {1362, 454, 2, 31, 5, 6, 8, 12, 9, 105, 769, 11, 1, 62, 25, 0, 0, 1, 71, 6, 110};
        for (int i = 0; i < leaves.length; i++) HUAIAN_RESULTS.put("results." + leaves[i], totals[i]);
    }

    static final String HUAIAN_OVERVIEW = "2024年，全市深入贯彻落实《中华人民共和国政府信息公开条例》。"
            + "（二）依申请公开。全年共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，"
            + "另有 103 件顺延到下年度答复）。因政府信息公开工作被申请行政复议 351 件，其中结果维持 72 件，"
            + "结果纠正 64 件；行政诉讼 46 件，其中结果维持 25 件，结果纠正 5 件，其他结果 9 件，尚未审结 7 件。";

    private Fixtures() {
    }

    /** A balanced, fully filled report: 淮安 2024 totals. */
    static Report huaian2024() {
        Report r = new Report().agency("淮安市人民政府").year(2024);
        // table 二
        r.cell("active.art20_1.rules.issued", "2").cell("active.art20_1.rules.repealed", "1")
                .cell("active.art20_1.rules.in_force", "20");
        r.cell("active.art20_1.normative_docs.issued", "15").cell("active.art20_1.normative_docs.repealed", "3")
                .cell("active.art20_1.normative_docs.in_force", "120");
        r.cell("active.art20_5.licensing.decisions", "12345");
        r.cell("active.art20_6.penalty.decisions", "678").cell("active.art20_6.coercion.decisions", "9");
        r.cell("active.art20_8.admin_fees.amount", "96171.6");
        r.amountHeader(ReportSchema.get().t2Blocks().get(3).columns.get(0).zh);
        // table 三: each result row split over the applicant columns
        Map<String, int[]> rows = new LinkedHashMap<>();
        int[] results = new int[6];
        for (Map.Entry<String, Integer> e : HUAIAN_RESULTS.entrySet()) {
            int[] split = split(e.getValue());
            rows.put(e.getKey(), split);
            for (int c = 0; c < 6; c++) results[c] += split[c];
        }
        int[] carriedOver = {30, 2, 0, 0, 1, 1};       // 34
        int[] carryForward = {90, 6, 1, 1, 2, 3};      // 103
        int[] fresh = new int[6];
        for (int c = 0; c < 6; c++) fresh[c] = results[c] + carryForward[c] - carriedOver[c];
        rows.put("new", fresh);
        rows.put("carried_over", carriedOver);
        rows.put("results.total", results);
        rows.put("carry_forward", carryForward);
        for (Map.Entry<String, int[]> e : rows.entrySet()) setRow(r, e.getKey(), e.getValue());
        // table 四
        setT4(r, "review", 72, 64, 178, 37);
        setT4(r, "suit_direct", 13, 4, 8, 1);
        setT4(r, "suit_after_review", 12, 1, 1, 6);
        r.section("overview", HUAIAN_OVERVIEW);
        r.section("problems", "一是政策解读形式还不够丰富；二是依申请公开答复规范化水平有待提高。下一步，我们将加强培训，完善答复模板。");
        r.section("other", "依据《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元，对逾期未缴费的申请发出收费通知后不再处理。");
        return r;
    }

    /** A report of zeros in every cell, with the sample report's narrative (卫辉市司法局 2021). */
    static Report zeros() {
        Report r = new Report().agency("卫辉市司法局").year(2021);
        for (CellDef c : ReportSchema.get().cells()) r.cell(c.key, "0");
        r.amountHeader("本年收费金额（单位：万元，保留4位小数）");
        r.section("overview", SAMPLE_OVERVIEW);
        r.section("problems", "2021年，我局政府信息公开工作在优服务、促规范、惠民生等方面发挥了积极作用，但仍存在政策解读力度有待加强等不足。"
                + "下一步，我们将按照上级统一部署要求，依法依规推进司法行政系统信息公开。");
        r.section("other", "2021年本单位未收取信息处理费。");
        return r;
    }

    /** The part of the sample report's 一、总体情况 that quotes figures (src/test/resources/samples/weihui-sifaju-2021.txt). */
    static final String SAMPLE_OVERVIEW = "2021年，市司法局深入贯彻落实市委市政府政府信息公开工作要求，不断加强发布政策解读。\n"
            + "(一)主动公开。着力公开紧紧与群众利益密切相关的政府信息，2021年，我局主动公开政府信息413条。"
            + "通过市政府网站公开信息4条；通过微信公众号公开信息230条（原创110条，转载120条）。\n"
            + "(二)依申请公开。今年以来共接收依申请公开0件。未发生因信息公开工作被行政复议或行政诉讼的情况。\n"
            + "(三)政府信息管理。凡我局发文均须在文件末尾标注该文政府信息公开的属性，即“此件公开发布”、“此件依申请公开”、“此件不公开”三项中的一项。";

    static int[] split(int v) {
        int[] s = {0, v / 10, v / 50, v / 100, v / 40, v / 30};
        s[0] = v - s[1] - s[2] - s[3] - s[4] - s[5];
        return s;
    }

    static void setRow(Report r, String row, int[] applicants) {
        int total = 0;
        for (int c = 0; c < 6; c++) {
            r.cell(P + row + "." + APPLICANT_COLUMNS[c], String.valueOf(applicants[c]));
            total += applicants[c];
        }
        r.cell(P + row + ".total", String.valueOf(total));
    }

    static void setT4(Report r, String group, int upheld, int corrected, int other, int pending) {
        String g = "appeal." + group + ".";
        r.cell(g + "upheld", String.valueOf(upheld)).cell(g + "corrected", String.valueOf(corrected))
                .cell(g + "other", String.valueOf(other)).cell(g + "pending", String.valueOf(pending))
                .cell(g + "total", String.valueOf(upheld + corrected + other + pending));
    }

    /** A copy of a report's cells, sections, header and tables (the model has no copy method). */
    static Report copy(Report src) {
        Report r = new Report().agency(src.agency()).year(src.year()).title(src.title());
        for (Map.Entry<String, String> e : src.cellTexts().entrySet()) r.cell(e.getKey(), e.getValue());
        for (Map.Entry<String, String> e : src.sectionTexts().entrySet()) r.section(e.getKey(), e.getValue());
        for (TableId t : src.tablesFound()) r.tableFound(t);
        r.amountHeader(src.amountHeader());
        return r;
    }

    /** A copy without the cells of one table. */
    static Report without(Report src, TableId table) {
        Report r = new Report().agency(src.agency()).year(src.year());
        for (Map.Entry<String, String> e : src.cellTexts().entrySet()) {
            if (TableId.ofKey(e.getKey()) != table) r.cell(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : src.sectionTexts().entrySet()) r.section(e.getKey(), e.getValue());
        r.amountHeader(src.amountHeader());
        return r;
    }

    static List<String> rules(Evaluation e) {
        return e.findings().stream().map(f -> f.rule + "@" + f.key).collect(java.util.stream.Collectors.toList());
    }

    /** A copy of a report without one section. */
    static Report copyWithoutSection(Report src, String section) {
        Report r = new Report().agency(src.agency()).year(src.year());
        for (Map.Entry<String, String> e : src.cellTexts().entrySet()) r.cell(e.getKey(), e.getValue());
        for (Map.Entry<String, String> e : src.sectionTexts().entrySet()) {
            if (!e.getKey().equals(section)) r.section(e.getKey(), e.getValue());
        }
        r.amountHeader(src.amountHeader());
        return r;
    }
}
