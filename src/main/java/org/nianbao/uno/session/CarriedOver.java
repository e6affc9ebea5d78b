package org.nianbao.uno.session;

import org.nianbao.core.schema.CellKey;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

/**
 * This year's 二、上年结转 (table 三) from last year's 四、结转下年度继续办理: which values, and the rows'
 * labels. {@link ReportSession#fillCarriedOver} writes them; {@code org.nianbao.uno.doc.LastYearReader} reads
 * last year's report.
 */
public final class CarriedOver {
    /** Table 三's row keys (spec §7): this year's carried-over row, last year's carried-forward row. */
    static final String CARRIED_OVER = "carried_over";
    static final String CARRY_FORWARD = "carry_forward";

    private CarriedOver() {
    }

    /**
     * Last year's 四、结转下年度继续办理 as the texts for this year's 二、上年结转, by key of this year's cell:
     * the applicant columns that hold a number last year (the row total is computed, not copied).
     */
    public static Map<String, String> carriedOver(Report previous, Profile profile) {
        Map<String, String> out = new LinkedHashMap<>();
        if (previous == null || !previous.hasTable(TableId.T3)) return out;
        Evaluation before = Checker.check(previous, null, profile);
        for (Labels col : ReportSchema.get().t3Columns()) {
            String to = key(CARRIED_OVER, col.key);
            if (ReportSchema.get().cell(to).computed) continue;
            BigDecimal v = before.value(key(CARRY_FORWARD, col.key));
            if (v != null) out.put(to, ReportCheck.text(v));
        }
        return out;
    }

    /** Table 三's row labels, “二、上年结转政府信息公开申请数量” and “四、结转下年度继续办理”, from the schema. */
    public static String carriedOverLabel() {
        return rowLabel(CARRIED_OVER);
    }

    public static String carryForwardLabel() {
        return rowLabel(CARRY_FORWARD);
    }

    private static String rowLabel(String row) {
        for (T3Row r : ReportSchema.get().t3Rows()) if (r.key.equals(row)) return r.label;
        throw new IllegalStateException("no row " + row);
    }

    static String key(String row, String column) {
        return CellKey.of(TableId.T3, row, column).id();
    }

    /** The key of this year's 二、上年结转 row total (computed from the columns filled). */
    public static String carriedOverTotalKey() {
        return key(CARRIED_OVER, totalColumn());
    }

    /** The key of table 三's total column (the computed one). */
    private static String totalColumn() {
        for (CellDef c : ReportSchema.get().cells(TableId.T3)) {
            if (c.rowKey.equals(CARRIED_OVER) && c.computed) return c.columnKey;
        }
        throw new IllegalStateException("table 三 has no total column");
    }
}
