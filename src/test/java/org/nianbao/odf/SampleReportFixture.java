package org.nianbao.odf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

/**
 * An .odt rebuilt from the published sample report src/test/resources/samples/weihui-sifaju-2021.txt
 * (卫辉市司法局 2021): its title, headings and paragraphs verbatim, and its three tables in the official
 * merge structure with the sample's own labels and all values 0. The sample's deviations from the
 * official labels are applied as rules on the schema's labels (see {@link #sampleLabel}), so no
 * official label is written twice:
 * <ul>
 * <li>half-width numbering with a space: {@code (一) 予以公开} … {@code (七) 总计}, and the corner note in
 * half-width parentheses;</li>
 * <li>{@code 社会组织} for 社会公益组织;</li>
 * <li>{@code 2.其他法律法规禁止公开} for 2.其他法律行政法规禁止公开;</li>
 * <li>{@code 4.无正当理由由大量反复申请} (a typo) for 4.无正当理由大量反复申请;</li>
 * <li>{@code 本年收费金额（单位：万元，保留4位小数）} for 本年收费金额（单位：万元）.</li>
 * </ul>
 * Tables are named as Writer names them (表格1, 表格2, 表格3), not as our template does.
 */
public final class SampleReportFixture {
    public static final String AGENCY = "卫辉市司法局";
    public static final int YEAR = 2021;
    public static final String TITLE = "卫辉市司法局2021年政府信息公开工作年度报告";
    public static final List<String> TABLE_NAMES = List.of("表格1", "表格2", "表格3");

    public static final List<String> OVERVIEW = List.of(
            "2021年，市司法局深入贯彻落实市委市政府政府信息公开工作要求，不断加强发布政策解读，及时围绕突发事件应对公共卫生信息公"
                + "开，重点围绕全面推进基层政务公开标准化规范化建设完善工作制度，进一步拓展主动公开工作广度和深度，不断提升政务公开质量。",
            "(一)主动公开。着力公开紧紧与群众利益密切相关的政府信息，围绕《信息公开条例》，突出涉及权力运行的关键股室、关键部位和关"
                + "键环节的政府信息公开，聚焦群众关心、社会社会关注、与群众利益密切相关的重要事项。在公开形式上，对涉及面广、时效较长、内容"
                + "较为集中的政府信息公开事项，2021年，我局主动公开政府信息413条。通过市政府网站公开信息4条；通过微信公众号公开信息"
                + "230条（原创110条，转载120条）；公开依法治市简报106期、地市级以上新闻媒体等渠道方式公开信息73条。",
            "(二)依申请公开。今年以来共接收依申请公开0件。未发生因信息公开工作被行政复议或行政诉讼的情况。",
            "(三)政府信息管理。坚持“公开为常态、不公开为例外”，为加强信息公开工作的管理，使信息公开工作走向规范化制度化。凡我局发"
                + "文均须在文件末尾标注该文政府信息公开的属性，即“此件公开发布”、“此件依申请公开”、“此件不公开”三项中的一项。标注为公"
                + "开发布的内容通过网站报纸等各种媒体发布，让广大群众充分享有知晓权。",
            "(四)平台建设。依政府门户网站为依托的信息公开平台。根据我单位特点和需求打造我单位政府信息公开事项，最大限度的利用好资源"
                + "，节约了成本。",
            "(五)监督保障。我局针对信息公开的重要性明确专人负责，实现信息互通，保障了信息公开的时效性，从而在机制上，保障了我局政府"
                + "信息公开和政务公开工作落到实处。");
    public static final List<String> PROBLEMS = List.of(
            "2021年，我局政府信息公开工作在优服务、促规范、惠民生等方面发挥了积极作用，但对照上级要求和群众期盼，仍存在政策解读力"
                + "度有待加强，信息公开渠道有待进一步扩展，部分工作人员政务公开意识还有待提高等方面的不足。",
            "下一步，我们将按照上级统一部署要求，依法依规、积极稳妥推进司法行政系统信息公开，不断提升信息公开服务质量和群众满意度。一"
                + "是加强对政府信息的梳理，及时做好政策解读工作。二是创新方法手段，进一步丰富政府信息公开内容；进一步提高政务新媒体的信息发"
                + "布和便民服务水平。三是加大学习力度，进一步加强政府信息公开意识；重点学习宣传《中华人民共和国政府信息公开条例》等有关政务"
                + "公开的法律、法规和政策，不断提高政务公开意识和能力。");
    public static final List<String> OTHER = List.of(
            "2021年本单位未收取信息处理费。");


    private SampleReportFixture() {
    }

    /** The report with headings as outline-level-1 headings (text:h). */
    public static byte[] bytes() throws IOException {
        return bytes(true);
    }

    /** {@code headingsAsOutline} false: headings are plain body paragraphs, as in a copy pasted from the web. */
    public static byte[] bytes(boolean headingsAsOutline) throws IOException {
        return compose(headingsAsOutline).toBytes();
    }

    public static Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    static OdfComposer compose(boolean headingsAsOutline) throws IOException {
        ReportSchema schema = ReportSchema.get();
        OdfComposer c = OdfComposer.create(FontSet.open()).metaTitle(TITLE).title(TITLE);
        int table = 0;
        for (SectionDef s : schema.sections()) {
            if (headingsAsOutline) c.heading(s.heading, 1);
            else c.paragraph(s.heading);
            if (s.isText()) {
                for (String p : paragraphs(s.key)) c.paragraph(p);
            } else {
                c.table(TABLE_NAMES.get(table++), rows(s.table), OdfTemplateWriter.styleOf(s.table));
            }
        }
        return c;
    }

    private static List<String> paragraphs(String sectionKey) {
        switch (sectionKey) {
            case "overview":
                return OVERVIEW;
            case "problems":
                return PROBLEMS;
            case "other":
                return OTHER;
            default:
                return List.of();
        }
    }

    /** The sample's version of an official table: its labels, value cells all "0". */
    public static List<List<LayoutCell>> rows(TableId table) {
        return relabel(ReportSchema.get().layout(table).rows, SampleReportFixture::sampleLabel, key -> "0");
    }

    /** The sample's label for an official label (identity where the sample follows the format). */
    public static String sampleLabel(String official) {
        ReportSchema schema = ReportSchema.get();
        if (official.equals(ReportSchema.T3_CORNER_NOTE)) return "(" + official.substring(1, official.length() - 1) + ")";
        if (official.equals(schema.t3Columns().get(3).zh)) return official.replace("公益", ""); // 社会组织
        String lawForbidden = schema.t3Rows().stream().filter(r -> r.key.equals("results.denied.law_forbidden"))
                .findFirst().orElseThrow().label;
        if (official.equals(lawForbidden)) return official.replace("行政法规", "法规");
        String excessive = schema.t3Rows().stream().filter(r -> r.key.equals("results.not_processed.excessive"))
                .findFirst().orElseThrow().label;
        if (official.equals(excessive)) return official.replace("理由", "理由由");
        String amount = schema.t2Blocks().get(3).columns.get(0).zh;
        if (official.equals(amount)) return official.replace("万元）", "万元，保留4位小数）");
        // （一）…（七） at the start of a table-三 label: half-width with a space, as the sample prints them
        if (official.matches("^（[一二三四五六七]）.*") && isT3Label(official)) {
            return "(" + official.charAt(1) + ") " + official.substring(3);
        }
        return official;
    }

    private static boolean isT3Label(String label) {
        return ReportSchema.get().t3Rows().stream().anyMatch(r -> label.equals(r.label) || label.equals(r.group));
    }

    /** Copies layout rows, relabelling labels and giving value cells a text per key. */
    static List<List<LayoutCell>> relabel(List<List<LayoutCell>> rows, UnaryOperator<String> label,
                                          Function<String, String> value) {
        List<List<LayoutCell>> out = new ArrayList<>();
        for (List<LayoutCell> row : rows) {
            List<LayoutCell> r = new ArrayList<>();
            for (LayoutCell c : row) {
                r.add(c.isValue() ? new LayoutCell(value.apply(c.key), c.key, c.colspan, c.rowspan)
                        : new LayoutCell(label.apply(c.text), null, c.colspan, c.rowspan));
            }
            out.add(r);
        }
        return out;
    }
}
