package org.nianbao.core.aggregate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Severity;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.rules.Totals;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;

/**
 * Builds a 汇总 (regional summary) from units' reports, pure Java (the CLI and, later, the Writer deck).
 * A unit with errors in its tables, or of another year than the summary's, is refused unless forced. The
 * summary's input cells are the sums of the summed units' values (a blank cell counts 0: it is already a
 * P-6 warning in the unit's own check); its totals are computed from those sums, so the summary balances.
 */
public final class Aggregator {
    private Aggregator() {
    }

    /**
     * @param year the summary's year, or null for the year most units give
     * @param expectedUnits names that should have a report (from UNITS.txt), or empty
     */
    public static Aggregation aggregate(List<UnitReport> reports, Integer year, boolean force, Collection<String> expectedUnits) {
        Integer y = year != null ? year : commonYear(reports);
        List<Aggregation.Unit> units = new ArrayList<>();
        for (UnitReport r : reports) {
            boolean errors = r.evaluation.errorCount() > 0;
            boolean otherYear = y != null && !y.equals(r.report.year());
            Aggregation.Status s;
            if (!errors && !otherYear) s = Aggregation.Status.INCLUDED;
            else if (force) s = Aggregation.Status.FORCED;
            else s = errors ? Aggregation.Status.REFUSED_ERRORS : Aggregation.Status.REFUSED_YEAR;
            units.add(new Aggregation.Unit(r, s));
        }
        Map<String, BigDecimal> inputs = new HashMap<>();
        for (CellDef c : ReportSchema.get().cells()) {
            if (c.computed) continue;
            BigDecimal sum = BigDecimal.ZERO;
            for (Aggregation.Unit u : units) {
                if (!u.summed()) continue;
                BigDecimal v = u.report.evaluation.values().get(c.key);
                if (v != null) sum = sum.add(v);
            }
            inputs.put(c.key, sum);
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, BigDecimal> totals = Totals.compute(inputs::get);
        for (CellDef c : ReportSchema.get().cells()) values.put(c.key, c.computed ? totals.get(c.key) : inputs.get(c.key));
        return new Aggregation(y, units, values, missing(reports, expectedUnits));
    }

    private static Integer commonYear(List<UnitReport> reports) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (UnitReport r : reports) if (r.report.year() != null) counts.merge(r.report.year(), 1, Integer::sum);
        return counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    /** Expected names matched by no unit's agency (spaces ignored) nor contained in a file name. */
    static List<String> missing(List<UnitReport> reports, Collection<String> expected) {
        List<String> out = new ArrayList<>();
        for (String name : expected) {
            String n = squash(name);
            if (n.isEmpty()) continue;
            boolean found = false;
            for (UnitReport r : reports) {
                if (squash(r.name()).equals(n) || squash(r.file).contains(n)) {
                    found = true;
                    break;
                }
            }
            if (!found) out.add(name.trim());
        }
        return out;
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\u3000]+", "");
    }

    /**
     * A 汇总 report drafted by hand, checked against its units: A-SUM (error) for every cell whose value
     * differs from the units' sum (a blank parent cell counts as 0, as in the sums), A-MISSING (warning)
     * for every expected unit without a report. Refused units are not in the sums.
     */
    public static List<Finding> checkParent(Evaluation parent, Aggregation children) {
        List<Finding> out = new ArrayList<>();
        for (CellDef c : ReportSchema.get().cells()) {
            BigDecimal expected = children.values.get(c.key);
            BigDecimal actual = parent.values().get(c.key);
            BigDecimal a = actual == null ? BigDecimal.ZERO : actual;
            if (expected == null || expected.compareTo(a) == 0) continue;
            String e = expected.stripTrailingZeros().toPlainString();
            String s = actual == null ? "" : actual.stripTrailingZeros().toPlainString();
            out.add(new Finding(org.nianbao.core.rules.Rule.A_SUM.id, Severity.ERROR, c.key, e, actual == null ? null : s,
                    Messages.zh("aggregate.sum", c.displayZh(), e, actual == null ? "空" : s, Long.toString(children.summedCount())),
                    Messages.en("aggregate.sum", c.displayEn(), e, actual == null ? "blank" : s, Long.toString(children.summedCount()))));
        }
        out.addAll(missingFindings(children));
        out.sort(Finding.DOCUMENT_ORDER);
        return out;
    }

    /** A-MISSING (warning): one per expected unit without a report. */
    public static List<Finding> missingFindings(Aggregation aggregation) {
        List<Finding> out = new ArrayList<>();
        for (String m : aggregation.missing) {
            out.add(Messages.finding(org.nianbao.core.rules.Rule.A_MISSING.id, Severity.WARNING, "document", null, null, "aggregate.missing", m));
        }
        return out;
    }
}
