package org.nianbao.core.rules;

import org.nianbao.core.schema.CellKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.core.parse.ParsedCell;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

/**
 * The computed cells of the format, derived from {@link ReportSchema} (no key is listed by hand):
 * <ul>
 * <li>table 三 总计 of each of the 25 rows = the row's input (applicant) cells; for the （七）总计 row this is
 *     every input of the 21 result rows;</li>
 * <li>table 三 （七）总计 of each applicant column = that column's cells in the 21 result rows;</li>
 * <li>table 四 总计 of 行政复议, 未经复议直接起诉, 复议后起诉 = the group's four result cells.</li>
 * </ul>
 * Every total is a sum of input cells. Blank and placeholder inputs count as 0; an unreadable (INVALID)
 * or missing input makes the total unknown (null).
 */
public final class Totals {

    private static final Map<String, List<String>> INPUTS = derive();

    private Totals() {
    }

    /** The keys of every computed cell, in document order. */
    public static List<String> computedKeys() {
        return new ArrayList<>(INPUTS.keySet());
    }

    /** The input cells a computed cell sums, in document order. */
    public static List<String> inputsOf(String computedKey) {
        List<String> in = INPUTS.get(computedKey);
        if (in == null) throw new IllegalArgumentException("not a computed cell: " + computedKey);
        return in;
    }

    /** Every computed key to its value from the parsed inputs (null when an input is invalid or missing). */
    public static Map<String, BigDecimal> compute(Map<String, ParsedCell> cells) {
        return compute(key -> {
            ParsedCell p = cells.get(key);
            return p == null ? null : p.valueForTotals();
        });
    }

    /** As {@link #compute(Map)}, with the input values given by a function (null = unknown). */
    public static Map<String, BigDecimal> compute(Function<String, BigDecimal> inputValue) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : INPUTS.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String in : e.getValue()) {
                BigDecimal v = inputValue.apply(in);
                if (v == null) {
                    sum = null;
                    break;
                }
                sum = sum.add(v);
            }
            out.put(e.getKey(), sum);
        }
        return out;
    }

    // ------------------------------------------------------------------ derivation from the schema

    private static Map<String, List<String>> derive() {
        ReportSchema schema = ReportSchema.get();
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (CellDef c : schema.cells()) {
            if (!c.computed) continue;
            List<String> inputs = new ArrayList<>();
            for (CellDef other : schema.cells(c.table)) {
                if (!other.computed && contributesTo(other, c)) inputs.add(other.key);
            }
            if (inputs.isEmpty()) throw new IllegalStateException("computed cell without inputs: " + c.key);
            out.put(c.key, Collections.unmodifiableList(inputs));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Whether input cell {@code in} is summed into computed cell {@code total}. */
    private static boolean contributesTo(CellDef in, CellDef total) {
        if (total.table == TableId.T3) {
            T3Row totalRow = t3Row(total.rowKey);
            if (!totalRow.computed) return in.rowKey.equals(total.rowKey); // row-wise 总计
            // the （七）总计 row: the result rows of its part, this column (or every column for 总计)
            T3Row inRow = t3Row(in.rowKey);
            boolean resultRow = totalRow.part.equals(inRow.part) && !inRow.computed;
            boolean column = in.columnKey.equals(total.columnKey) || isRowTotalColumn(total);
            return resultRow && column;
        }
        return in.rowKey.equals(total.rowKey); // table 四: the group's cells
    }

    /** Whether the cell is in table 三's row-total column (总计), which is computed in every row. */
    public static boolean isRowTotalColumn(CellDef c) {
        if (c.table != TableId.T3) return false;
        for (T3Row r : ReportSchema.get().t3Rows()) {
            if (!r.computed && !ReportSchema.get().cell(CellKey.of(TableId.T3, r.key, c.columnKey)).computed) {
                return false;
            }
        }
        return true;
    }

    private static T3Row t3Row(String key) {
        for (T3Row r : ReportSchema.get().t3Rows()) if (r.key.equals(key)) return r;
        throw new IllegalArgumentException("no table 三 row " + key);
    }
}
