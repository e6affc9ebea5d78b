package org.nianbao.launch;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.nianbao.core.rules.Totals;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;
import org.nianbao.odf.FontSet;
import org.nianbao.odf.OdfComposer;
import org.nianbao.odf.OdfTableFiller;
import org.nianbao.odf.OdfTemplateWriter;

/**
 * Generated, filled reports (the main job's sample report; the tests' and benchmarks' reports): random
 * input cells with every total computed from them ({@link Totals}), so a report is balanced unless a cell is
 * changed; and a report document with text in every section (so a balanced report has no findings at all),
 * filled through {@link OdfTableFiller}.
 */
public final class SampleReport {
    private static final ReportSchema SCHEMA = ReportSchema.get();
    private static final String APPLY = TableId.T3.prefix + ".";

    public static final String OVERVIEW = "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，"
            + "持续推进决策、执行、管理、服务、结果公开，依法办理政府信息公开申请。";
    public static final String PROBLEMS = "一是政策解读形式还不够丰富；二是依申请公开答复规范化水平有待提高。"
            + "下一步，我们将加强业务培训，完善答复文书模板。";
    public static final String OTHER = "本年度未收取政府信息公开信息处理费；申请人逾期未按收费通知缴费的申请，已不再处理。";

    private SampleReport() {
    }

    /** Cell texts of a balanced report: random inputs (0 … about {@code scale}), totals computed. */
    public static Map<String, String> balanced(Random rnd, int scale) {
        return balanced(rnd, scale, Map.of());
    }

    /**
     * As {@link #balanced(Random, int)}, with some input cells fixed beforehand (e.g. last year's
     * carry-forward as this year's carry-over). Table 三's 一、本年新收 is derived per column so that
     * 一 + 二 = （七）总计 + 四 holds.
     */
    public static Map<String, String> balanced(Random rnd, int scale, Map<String, Long> fixed) {
        Map<String, Long> in = new LinkedHashMap<>();
        for (CellDef c : SCHEMA.cells()) {
            if (c.computed || c.table == TableId.T3 && "new".equals(c.rowKey)) continue;
            if (c.table == TableId.T2 && c.key.endsWith(".amount")) continue;
            in.put(c.key, fixed.containsKey(c.key) ? fixed.get(c.key) : count(rnd, c, scale));
        }
        for (Labels col : SCHEMA.t3Columns()) {
            if ("total".equals(col.key)) continue;
            long results = 0;
            for (CellDef c : SCHEMA.cells(TableId.T3)) {
                if (!c.computed && c.rowKey.startsWith("results.") && c.columnKey.equals(col.key)) results += in.get(c.key);
            }
            String forward = APPLY + "carry_forward." + col.key;
            long fresh = results + in.get(forward) - in.get(APPLY + "carried_over." + col.key);
            if (fresh < 0) { // more carried over than handled: carry the rest forward again
                in.put(forward, in.get(forward) - fresh);
                fresh = 0;
            }
            in.put(APPLY + "new." + col.key, fresh);
        }
        Map<String, BigDecimal> totals = Totals.compute(k -> in.containsKey(k) ? BigDecimal.valueOf(in.get(k)) : null);
        Map<String, String> out = new LinkedHashMap<>();
        for (CellDef c : SCHEMA.cells()) {
            if (c.computed) out.put(c.key, totals.get(c.key).toPlainString());
            else if (in.containsKey(c.key)) out.put(c.key, Long.toString(in.get(c.key)));
            else out.put(c.key, amount(rnd, fixed.get(c.key)));
        }
        return out;
    }

    private static long count(Random rnd, CellDef c, int scale) {
        if (rnd.nextInt(4) == 0) return 0; // many cells of real reports are 0
        if (c.table == TableId.T2) return rnd.nextInt(scale * 10 + 1);
        return rnd.nextInt(scale + 1);
    }

    private static String amount(Random rnd, Long fixed) {
        if (fixed != null) return Long.toString(fixed);
        return BigDecimal.valueOf(rnd.nextInt(100_000), 2).toPlainString(); // 万元, two decimals
    }

    /** The report document (title, six sections with text, tables 二/三/四 empty), as a filler. */
    public static OdfTableFiller filler(String agency, int year) throws IOException {
        return filler(agency, year, OVERVIEW, PROBLEMS, OTHER);
    }

    public static OdfTableFiller filler(String agency, int year, String overview, String problems, String other)
            throws IOException {
        Map<String, String> texts = Map.of("overview", overview, "problems", problems, "other", other);
        String title = ReportSchema.title(agency, year);
        OdfComposer c = OdfComposer.create(FontSet.open()).metaTitle(title).title(title);
        for (SectionDef s : SCHEMA.sections()) {
            c.heading(s.heading, 1);
            if (s.isText()) c.paragraph(texts.getOrDefault(s.key, "（略）"));
            else c.table(OdfTemplateWriter.tableName(s.table), SCHEMA.layout(s.table).rows, OdfTemplateWriter.styleOf(s.table));
        }
        return OdfTableFiller.of(c.toBytes());
    }
}
