package org.nianbao.core.rules;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Report;
import org.nianbao.core.schema.ReportSchema;

/**
 * What recompute may write: the computed totals that differ from the document, each into a cell bound to
 * a total by its own labels. {@link #checkWritable} is the guard every writer of totals calls before it
 * writes: a cell that is not such a total, or that is also bound to an input, is refused — recompute never
 * changes a cell the user typed.
 */
public final class TotalsOutput {
    private TotalsOutput() {
    }

    /** Key to text to write: totals whose inputs are all readable and that differ from what the cell holds. */
    public static Map<String, String> toWrite(Report report, Evaluation evaluation) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : evaluation.computed().entrySet()) {
            if (e.getValue() == null || report.location(e.getKey()) == null) continue;
            if (!writable(report, e.getKey(), inputLocations(report))) continue;
            BigDecimal current = evaluation.value(e.getKey());
            if (current != null && current.compareTo(e.getValue()) == 0) continue;
            out.put(e.getKey(), text(e.getValue()));
        }
        return out;
    }

    /** Throws unless every key is a total bound by label to a cell no input is bound to. */
    public static void checkWritable(Report report, Iterable<String> keys) {
        Set<String> inputs = inputLocations(report);
        for (String key : keys) {
            if (!writable(report, key, inputs)) {
                throw new IllegalStateException("refusing to write " + key + " at " + report.location(key)
                        + ": not a cell bound to a total by its labels");
            }
        }
    }

    /** Whether recompute may write this key: a total bound by its labels to a cell no input is bound to. */
    public static boolean isWritable(Report report, String key) {
        return writable(report, key, inputLocations(report));
    }

    private static boolean writable(Report report, String key, Set<String> inputLocations) {
        ReportSchema schema = ReportSchema.get();
        if (!schema.hasCell(key) || !schema.cell(key).computed) return false;
        CellLocation loc = report.location(key);
        return report.isTotalByLabel(loc) && !inputLocations.contains(id(loc));
    }

    private static Set<String> inputLocations(Report report) {
        Set<String> out = new HashSet<>();
        ReportSchema schema = ReportSchema.get();
        for (Map.Entry<String, CellLocation> e : report.locations().entrySet()) {
            if (!schema.hasCell(e.getKey()) || !schema.cell(e.getKey()).computed) out.add(id(e.getValue()));
        }
        for (String k : report.subtotals().keySet()) {
            CellLocation loc = report.subtotalLocation(k);
            if (loc != null) out.add(id(loc));
        }
        return out;
    }

    private static String id(CellLocation loc) {
        return loc.tableName + '\u0000' + loc.cellId;
    }

    /** A number as cell text: plain digits, no exponent, no trailing zeros after the point. */
    public static String text(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) v = v.setScale(0);
        return v.toPlainString();
    }
}
