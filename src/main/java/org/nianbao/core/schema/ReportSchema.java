package org.nianbao.core.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 2021 national format (国办公开办函〔2021〕30号) as data: sections, tables, cells and layouts.
 * Everything else (templates, recognition, rules, UI) derives from this one definition.
 * Labels use the code points of spec §0: （）U+FF08/09, “”U+201C/D, ASCII “.” after item numbers.
 */
public final class ReportSchema {

    public static final String FORMAT_ID = "gov_info_disclosure_annual_report_2021";
    public static final String FORMAT_NAME = "中华人民共和国政府信息公开工作年度报告格式";
    public static final String DOC_NO = "国办公开办函〔2021〕30号";

    public static final String T3_CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public static final String T3_APPLICANTS = "申请人情况";
    public static final String T3_LEGAL_PERSONS = "法人或其他组织";
    public static final String T3_RESULTS = "三、本年度办理结果";
    public static final String T2_CONTENT = "信息内容";
    public static final String T4_REVIEW = "行政复议";
    public static final String T4_SUIT = "行政诉讼";

    private static final ReportSchema INSTANCE = new ReportSchema();

    public static ReportSchema get() {
        return INSTANCE;
    }

    private final List<SectionDef> sections = new ArrayList<>();
    private final List<T2Block> t2Blocks = new ArrayList<>();
    private final List<Labels> t3Columns = new ArrayList<>();
    private final List<T3Row> t3Rows = new ArrayList<>();
    private final List<T4Group> t4Groups = new ArrayList<>();
    private final List<Labels> t4Columns = new ArrayList<>();
    private final Map<String, CellDef> cells = new LinkedHashMap<>();
    private final Map<TableId, TableLayout> layouts = new EnumMap<>(TableId.class);

    private ReportSchema() {
        defineSections();
        defineTable2();
        defineTable3();
        defineTable4();
        deriveCells();
        layouts.put(TableId.T2, layoutTable2());
        layouts.put(TableId.T3, layoutTable3());
        layouts.put(TableId.T4, layoutTable4());
    }

    // ---------------------------------------------------------------- definitions (spec §2, §3, §7)

    private void defineSections() {
        sections.add(new SectionDef(1, "overview", "一", "一、总体情况", "1. Overview", null,
                "（填写说明：综述本机关贯彻落实《中华人民共和国政府信息公开条例》的情况，围绕主动公开、依申请公开、"
                        + "政府信息管理、政府信息公开平台建设、监督保障五个方面分别报告；各级人民政府在监督保障中报告"
                        + "工作考核、社会评议和责任追究结果情况。所引数字须与下列表格一致。）"));
        sections.add(new SectionDef(2, "active", "二", "二、主动公开政府信息情况",
                "2. Proactive disclosure", TableId.T2, null));
        sections.add(new SectionDef(3, "apply", "三", "三、收到和处理政府信息公开申请情况",
                "3. Applications received and handled", TableId.T3, null));
        sections.add(new SectionDef(4, "appeal", "四", "四、政府信息公开行政复议、行政诉讼情况",
                "4. Administrative review and litigation", TableId.T4, null));
        sections.add(new SectionDef(5, "problems", "五", "五、存在的主要问题及改进情况",
                "5. Main problems and improvements", null,
                "（填写说明：写明本年度政府信息公开工作存在的主要问题和改进措施，并说明上年度所列问题的整改情况。）"));
        sections.add(new SectionDef(6, "other", "六", "六、其他需要报告的事项", "6. Other matters", null,
                "（填写说明：报告依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（写明金额，或写明本年度未收取）；"
                        + "可报告落实上级年度政务公开工作要点、人大代表建议和政协提案办理结果公开、年度政务公开工作创新等情况。）"));
    }

    private void defineTable2() {
        t2Blocks.add(new T2Block("art20_1", "第二十条第（一）项",
                List.of(Labels.of("issued", "本年制发件数", "Issued this year"),
                        Labels.of("repealed", "本年废止件数", "Repealed this year"),
                        Labels.of("in_force", "现行有效件数", "In force")),
                List.of(Labels.of("rules", "规章", "Rules (规章)"),
                        Labels.of("normative_docs", "行政规范性文件", "Normative documents")),
                ValueType.COUNT));
        t2Blocks.add(new T2Block("art20_5", "第二十条第（五）项",
                List.of(Labels.of("decisions", "本年处理决定数量", "Decisions this year")),
                List.of(Labels.of("licensing", "行政许可", "Administrative licensing")),
                ValueType.COUNT));
        t2Blocks.add(new T2Block("art20_6", "第二十条第（六）项",
                List.of(Labels.of("decisions", "本年处理决定数量", "Decisions this year")),
                List.of(Labels.of("penalty", "行政处罚", "Administrative penalties"),
                        Labels.of("coercion", "行政强制", "Administrative coercion")),
                ValueType.COUNT));
        t2Blocks.add(new T2Block("art20_8", "第二十条第（八）项",
                List.of(Labels.of("amount", "本年收费金额（单位：万元）", "Fees collected (10k yuan)")),
                List.of(Labels.of("admin_fees", "行政事业性收费", "Administrative fees")),
                ValueType.AMOUNT));
    }

    private void defineTable3() {
        t3Columns.add(Labels.of("natural_person", "自然人", "Natural persons"));
        t3Columns.add(Labels.of("commercial", "商业企业", "Commercial enterprises"));
        t3Columns.add(Labels.of("research", "科研机构", "Research institutions"));
        t3Columns.add(Labels.of("social_welfare", "社会公益组织", "Public-interest organisations"));
        t3Columns.add(Labels.of("legal_service", "法律服务机构", "Legal service agencies"));
        t3Columns.add(Labels.of("other_org", "其他", "Other organisations"));
        t3Columns.add(Labels.of("total", "总计", "Total"));

        top("new", "一、本年新收政府信息公开申请数量", "I. New applications this year");
        top("carried_over", "二、上年结转政府信息公开申请数量", "II. Carried over from last year");
        result("results.granted", null, "（一）予以公开", "III.(1) Disclosed");
        result("results.partial", null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "III.(2) Partly disclosed");
        String denied = "（三）不予公开";
        result("results.denied.state_secret", denied, "1.属于国家秘密", "III.(3)1 Withheld: state secret");
        result("results.denied.law_forbidden", denied, "2.其他法律行政法规禁止公开", "III.(3)2 Withheld: forbidden by other laws");
        result("results.denied.three_safety", denied, "3.危及“三安全一稳定”", "III.(3)3 Withheld: endangers security and stability");
        result("results.denied.third_party", denied, "4.保护第三方合法权益", "III.(3)4 Withheld: third-party rights");
        result("results.denied.internal_affairs", denied, "5.属于三类内部事务信息", "III.(3)5 Withheld: internal affairs");
        result("results.denied.process_info", denied, "6.属于四类过程性信息", "III.(3)6 Withheld: process information");
        result("results.denied.enforcement_file", denied, "7.属于行政执法案卷", "III.(3)7 Withheld: enforcement files");
        result("results.denied.admin_query", denied, "8.属于行政查询事项", "III.(3)8 Withheld: administrative query");
        String unable = "（四）无法提供";
        result("results.unable.not_held", unable, "1.本机关不掌握相关政府信息", "III.(4)1 Unable: not held");
        result("results.unable.need_creation", unable, "2.没有现成信息需要另行制作", "III.(4)2 Unable: would need creating");
        result("results.unable.still_unclear", unable, "3.补正后申请内容仍不明确", "III.(4)3 Unable: still unclear");
        String notProcessed = "（五）不予处理";
        result("results.not_processed.petition", notProcessed, "1.信访举报投诉类申请", "III.(5)1 Not processed: petitions");
        result("results.not_processed.repeat", notProcessed, "2.重复申请", "III.(5)2 Not processed: repeated");
        result("results.not_processed.publication", notProcessed, "3.要求提供公开出版物", "III.(5)3 Not processed: publications");
        result("results.not_processed.excessive", notProcessed, "4.无正当理由大量反复申请", "III.(5)4 Not processed: excessive");
        result("results.not_processed.confirm", notProcessed, "5.要求行政机关确认或重新出具已获取信息", "III.(5)5 Not processed: confirmation");
        String otherHandling = "（六）其他处理";
        result("results.other_handling.no_correction", otherHandling,
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "III.(6)1 Other: no correction");
        result("results.other_handling.unpaid_fee", otherHandling,
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "III.(6)2 Other: fee unpaid");
        result("results.other_handling.misc", otherHandling, "3.其他", "III.(6)3 Other");
        t3Rows.add(new T3Row("results.total", T3_RESULTS, null, "（七）总计", "III.(7) Total", true));
        top("carry_forward", "四、结转下年度继续办理", "IV. Carried forward to next year");
    }

    private void top(String key, String label, String en) {
        t3Rows.add(new T3Row(key, null, null, label, en, false));
    }

    private void result(String key, String group, String label, String en) {
        t3Rows.add(new T3Row(key, T3_RESULTS, group, label, en, false));
    }

    private void defineTable4() {
        t4Groups.add(new T4Group("review", T4_REVIEW, "Administrative review", null));
        t4Groups.add(new T4Group("suit_direct", "未经复议直接起诉", "Suits without prior review", T4_SUIT));
        t4Groups.add(new T4Group("suit_after_review", "复议后起诉", "Suits after review", T4_SUIT));
        t4Columns.add(Labels.of("upheld", "结果维持", "upheld"));
        t4Columns.add(Labels.of("corrected", "结果纠正", "corrected"));
        t4Columns.add(Labels.of("other", "其他结果", "other result"));
        t4Columns.add(Labels.of("pending", "尚未审结", "pending"));
        t4Columns.add(Labels.of("total", "总计", "total"));
    }

    private void deriveCells() {
        int order = 0;
        for (T2Block b : t2Blocks) {
            for (Labels row : b.rows) {
                for (Labels col : b.columns) {
                    String rowKey = b.rowKey(row);
                    add(new CellDef(CellKey.of(TableId.T2, rowKey, col.key),
                            b.caption + " " + row.zh, row.en, col.zh, col.en, b.type, false, order++));
                }
            }
        }
        for (T3Row row : t3Rows) {
            for (Labels col : t3Columns) {
                boolean computed = row.computed || col.key.equals("total");
                add(new CellDef(CellKey.of(TableId.T3, row.key, col.key),
                        row.displayZh(), row.labelEn, col.zh, col.en, ValueType.COUNT, computed, order++));
            }
        }
        for (T4Group g : t4Groups) {
            for (Labels col : t4Columns) {
                String groupZh = g.parent == null ? g.label : g.parent + " " + g.label;
                add(new CellDef(CellKey.of(TableId.T4, g.key, col.key),
                        "", "", groupZh + " " + col.zh, g.labelEn + ": " + col.en, ValueType.COUNT,
                        col.key.equals("total"), order++));
            }
        }
    }

    private void add(CellDef c) {
        if (cells.put(c.key, c) != null) throw new IllegalStateException("duplicate key " + c.key);
    }

    // ---------------------------------------------------------------- layouts (spec §3 HTML skeletons)

    private TableLayout layoutTable2() {
        List<List<LayoutCell>> rows = new ArrayList<>();
        for (T2Block b : t2Blocks) {
            rows.add(List.of(LayoutCell.label(b.caption, 4, 1)));
            List<LayoutCell> header = new ArrayList<>();
            header.add(LayoutCell.label(T2_CONTENT));
            int span = 3 / b.columns.size();
            for (Labels col : b.columns) header.add(LayoutCell.label(col.zh, span, 1));
            rows.add(header);
            for (Labels row : b.rows) {
                List<LayoutCell> data = new ArrayList<>();
                data.add(LayoutCell.label(row.zh));
                for (Labels col : b.columns) {
                    data.add(LayoutCell.value(CellKey.of(TableId.T2, b.key, row.key, col.key), span));
                }
                rows.add(data);
            }
        }
        return new TableLayout(TableId.T2, 4, 0, rows);
    }

    private TableLayout layoutTable3() {
        List<List<LayoutCell>> rows = new ArrayList<>();
        rows.add(List.of(LayoutCell.label(T3_CORNER_NOTE, 3, 3), LayoutCell.label(T3_APPLICANTS, 7, 1)));
        rows.add(List.of(LayoutCell.label(t3Columns.get(0).zh, 1, 2), LayoutCell.label(T3_LEGAL_PERSONS, 5, 1),
                LayoutCell.label(t3Columns.get(6).zh, 1, 2)));
        List<LayoutCell> third = new ArrayList<>();
        for (int i = 1; i <= 5; i++) third.add(LayoutCell.label(t3Columns.get(i).zh));
        rows.add(third);
        int resultRows = (int) t3Rows.stream().filter(r -> T3_RESULTS.equals(r.part)).count();
        String lastGroup = null;
        for (T3Row row : t3Rows) {
            List<LayoutCell> cellsOfRow = new ArrayList<>();
            if (row.part == null) {
                cellsOfRow.add(LayoutCell.label(row.label, 3, 1));
            } else {
                if (row.key.equals("results.granted")) cellsOfRow.add(LayoutCell.label(row.part, 1, resultRows));
                if (row.group == null) {
                    cellsOfRow.add(LayoutCell.label(row.label, 2, 1));
                } else {
                    if (!row.group.equals(lastGroup)) {
                        long size = t3Rows.stream().filter(r -> row.group.equals(r.group)).count();
                        cellsOfRow.add(LayoutCell.label(row.group, 1, (int) size));
                    }
                    cellsOfRow.add(LayoutCell.label(row.label));
                }
            }
            lastGroup = row.group;
            for (Labels col : t3Columns) cellsOfRow.add(LayoutCell.value(CellKey.of(TableId.T3, row.key, col.key), 1));
            rows.add(cellsOfRow);
        }
        return new TableLayout(TableId.T3, 10, 3, rows);
    }

    private TableLayout layoutTable4() {
        List<List<LayoutCell>> rows = new ArrayList<>();
        rows.add(List.of(LayoutCell.label(T4_REVIEW, 5, 1), LayoutCell.label(T4_SUIT, 10, 1)));
        List<LayoutCell> second = new ArrayList<>();
        for (Labels col : t4Columns) second.add(LayoutCell.label(col.zh, 1, 2));
        second.add(LayoutCell.label(t4Groups.get(1).label, 5, 1));
        second.add(LayoutCell.label(t4Groups.get(2).label, 5, 1));
        rows.add(second);
        List<LayoutCell> third = new ArrayList<>();
        for (int g = 1; g <= 2; g++) for (Labels col : t4Columns) third.add(LayoutCell.label(col.zh));
        rows.add(third);
        List<LayoutCell> data = new ArrayList<>();
        for (T4Group g : t4Groups) for (Labels col : t4Columns) data.add(LayoutCell.value(CellKey.of(TableId.T4, g.key, col.key), 1));
        rows.add(data);
        return new TableLayout(TableId.T4, 15, 3, rows);
    }

    // ---------------------------------------------------------------- accessors

    public List<SectionDef> sections() {
        return Collections.unmodifiableList(sections);
    }

    public SectionDef section(String key) {
        for (SectionDef s : sections) if (s.key.equals(key)) return s;
        throw new IllegalArgumentException("no section " + key);
    }

    public SectionDef sectionOf(TableId table) {
        for (SectionDef s : sections) if (s.table == table) return s;
        throw new IllegalArgumentException("no section for " + table);
    }

    public List<T2Block> t2Blocks() {
        return Collections.unmodifiableList(t2Blocks);
    }

    public List<Labels> t3Columns() {
        return Collections.unmodifiableList(t3Columns);
    }

    public List<T3Row> t3Rows() {
        return Collections.unmodifiableList(t3Rows);
    }

    public List<T4Group> t4Groups() {
        return Collections.unmodifiableList(t4Groups);
    }

    public List<Labels> t4Columns() {
        return Collections.unmodifiableList(t4Columns);
    }

    /** Every value cell of the three tables, in document order. */
    public List<CellDef> cells() {
        return List.copyOf(cells.values());
    }

    public List<CellDef> cells(TableId table) {
        List<CellDef> out = new ArrayList<>();
        for (CellDef c : cells.values()) if (c.table == table) out.add(c);
        return out;
    }

    public CellDef cell(CellKey key) {
        return cell(key.id());
    }

    public CellDef cell(String key) {
        CellDef c = cells.get(key);
        if (c == null) throw new IllegalArgumentException("no cell " + key);
        return c;
    }

    public boolean hasCell(String key) {
        return cells.containsKey(key);
    }

    public TableLayout layout(TableId table) {
        return layouts.get(table);
    }

    /** The report title, “<机关名称><年度>年政府信息公开工作年度报告”. */
    public static String title(String agency, int year) {
        return (agency == null ? "" : agency.trim()) + year + "年政府信息公开工作年度报告";
    }
}
