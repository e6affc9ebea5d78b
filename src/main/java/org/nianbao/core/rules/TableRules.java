package org.nianbao.core.rules;

import org.nianbao.core.schema.CellKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.model.Finding;
import org.nianbao.core.parse.Findings;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

/**
 * The arithmetic of tables 三 and 四.
 * <ul>
 * <li>R-IMP-1: each of the 25 row totals of table 三 against the sum of the row's inputs (for the （七）总计 row
 *     that is every input of the 21 result rows, so the cell （七）总计 / 总计 is checked here, once);</li>
 * <li>R-IMP-2: （七）总计 of the six applicant columns against the column's 21 result rows;</li>
 * <li>R-OFF-1: per column (all 7), 一 + 二 = （七）总计 + 四 with the values as printed (a blank or unreadable
 *     printed total falls back to its computed value), reported at 四 with expected 一 + 二 − （七）;</li>
 * <li>R-IMP-3: the three totals of table 四.</li>
 * </ul>
 * The checked cell is read as printed (blank = 0, so a blank 总计 whose row has values is an error); an
 * unreadable checked cell or an unknown expected value skips the comparison (the parser reported it).
 */
final class TableRules {
    private TableRules() {
    }

    static void check(Context ctx, List<Finding> out) {
        if (ctx.has(TableId.T3)) {
            for (String key : ctx.computed.keySet()) {
                CellDef def = ctx.def(key);
                if (def.table != TableId.T3) continue;
                if (Totals.isRowTotalColumn(def)) compare(ctx, Rule.R_IMP_1, key, "rule.imp1", out);
            }
            for (String key : ctx.computed.keySet()) {
                CellDef def = ctx.def(key);
                if (def.table == TableId.T3 && !Totals.isRowTotalColumn(def)) compare(ctx, Rule.R_IMP_2, key, "rule.imp2", out);
            }
            balance(ctx, out);
            subtotals(ctx, out);
        }
        if (ctx.has(TableId.T4)) {
            for (String key : ctx.computed.keySet()) {
                if (ctx.def(key).table == TableId.T4) compare(ctx, Rule.R_IMP_3, key, "rule.imp3", out);
            }
        }
    }

    /** Printed computed cell against its value from the inputs. */
    private static void compare(Context ctx, Rule rule, String key, String messageId, List<Finding> out) {
        BigDecimal expected = ctx.computed.get(key);
        BigDecimal actual = ctx.printed(key);
        if (expected == null || actual == null || expected.compareTo(actual) == 0) return;
        out.add(Findings.of(rule, key, Numbers.plain(expected), ctx.actual(key), messageId,
                ctx.cell(key), Numbers.plain(expected), ctx.shown(key)));
    }

    /** R-OFF-1 for every column of table 三. */
    private static void balance(Context ctx, List<Finding> out) {
        List<T3Row> top = new ArrayList<>();
        T3Row results = null;
        for (T3Row r : ctx.schema.t3Rows()) {
            if (r.part == null) top.add(r);
            if (r.computed) results = r;
        }
        T3Row first = top.get(0);
        T3Row second = top.get(1);
        T3Row fourth = top.get(2);
        for (Labels col : ctx.schema.t3Columns()) {
            CellKey k1 = CellKey.of(TableId.T3, first.key, col.key);
            CellKey k2 = CellKey.of(TableId.T3, second.key, col.key);
            CellKey k3 = CellKey.of(TableId.T3, results.key, col.key);
            CellKey k4 = CellKey.of(TableId.T3, fourth.key, col.key);
            BigDecimal v1 = ctx.operand(k1);
            BigDecimal v2 = ctx.operand(k2);
            BigDecimal v3 = ctx.operand(k3);
            BigDecimal v4 = ctx.operand(k4);
            if (v1 == null || v2 == null || v3 == null || v4 == null) continue;
            BigDecimal expected = v1.add(v2).subtract(v3);
            if (expected.compareTo(v4) == 0) continue;
            boolean negative = expected.signum() < 0;
            out.add(Findings.of(Rule.R_OFF_1, k4.id(), negative ? null : Numbers.plain(expected), Numbers.plain(v4),
                    negative ? "rule.off1.over" : "rule.off1", ctx.cell(k4), Numbers.plain(expected), Numbers.plain(v4),
                    Numbers.plain(v1), Numbers.plain(v2), Numbers.plain(v3), ctx.cell(k3)));
        }
    }

    /**
     * R-IMP-1 for the 法人或其他组织 小计 column of an eight-column table 三: the subtotal equals the five
     * organisation columns of its row (the row's 总计 still sums the six applicant columns, not the subtotal).
     */
    private static void subtotals(Context ctx, List<Finding> out) {
        List<Labels> cols = ctx.schema.t3Columns();
        for (java.util.Map.Entry<String, String> e : ctx.report.subtotals().entrySet()) {
            String rowKey = CellKey.parse(e.getKey()).row;
            CellDef first = ctx.def(CellKey.of(TableId.T3, rowKey, cols.get(1).key));
            BigDecimal actual = org.nianbao.core.parse.CellParser.parse(first, e.getValue(), ctx.profile).valueForTotals();
            BigDecimal expected = BigDecimal.ZERO;
            for (int i = 1; i <= 5 && expected != null; i++) {
                BigDecimal v = ctx.operand(CellKey.of(TableId.T3, rowKey, cols.get(i).key));
                expected = v == null ? null : expected.add(v);
            }
            if (actual == null || expected == null || expected.compareTo(actual) == 0) continue;
            out.add(Findings.of(Rule.R_IMP_1, e.getKey(), Numbers.plain(expected), Numbers.plain(actual), "rule.imp1.subtotal",
                    first.rowLabelZh, Numbers.plain(expected), Numbers.plain(actual)));
        }
    }
}
