package org.nianbao.uno.it;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

/**
 * A consistent set of input numbers for the three tables (every input cell filled) and the totals they
 * imply, computed here from the schema independently of the core's Totals.
 */
final class Filling {
    private Filling() {
    }

    /** Input cell key to text; every non-computed cell of the three tables. */
    static Map<String, String> inputs() {
        Map<String, String> in = new LinkedHashMap<>();
        for (CellDef c : ReportSchema.get().cells()) if (!c.computed) in.put(c.key, "0");
        in.put("active.art20_1.rules.issued", "1");
        in.put("active.art20_1.rules.in_force", "5");
        in.put("active.art20_1.normative_docs.issued", "3");
        in.put("active.art20_1.normative_docs.repealed", "1");
        in.put("active.art20_1.normative_docs.in_force", "20");
        in.put("active.art20_5.licensing.decisions", "100");
        in.put("active.art20_6.penalty.decisions", "50");
        in.put("active.art20_6.coercion.decisions", "2");
        in.put("active.art20_8.admin_fees.amount", "1.5");
        in.put("apply.new.natural_person", "10");
        in.put("apply.new.commercial", "2");
        in.put("apply.carried_over.natural_person", "1");
        in.put("apply.results.granted.natural_person", "5");
        in.put("apply.results.granted.commercial", "1");
        in.put("apply.results.partial.natural_person", "2");
        in.put("apply.results.denied.state_secret.natural_person", "1");
        in.put("apply.results.unable.not_held.natural_person", "1");
        in.put("apply.carry_forward.natural_person", "2");
        in.put("apply.carry_forward.commercial", "1");
        in.put("appeal.review.upheld", "1");
        in.put("appeal.review.pending", "1");
        return in;
    }

    /** Every cell: {@link #inputs()} and their {@link #totals()}. */
    static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>(inputs());
        out.putAll(totals());
        return out;
    }

    /** Inserts the complete report into the document and fills every cell ({@link #all()}); returns what it wrote. */
    static Map<String, String> insertFilledReport(OfficeRunner office, com.sun.star.text.XTextDocument doc) throws Exception {
        org.junit.jupiter.api.Assertions.assertEquals(com.sun.star.frame.DispatchResultState.SUCCESS,
                office.dispatch(doc, "nianbao:insert?part=report").State);
        Map<String, String> values = all();
        org.nianbao.uno.doc.UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), values);
        return values;
    }

    /** Every computed cell's expected text for {@link #inputs()}. */
    static Map<String, String> totals() {
        Map<String, String> in = inputs();
        ReportSchema schema = ReportSchema.get();
        Map<String, Long> t = new LinkedHashMap<>();
        for (T3Row row : schema.t3Rows()) {
            for (var col : schema.t3Columns()) {
                long sum = 0;
                if (row.computed) {
                    for (T3Row r : schema.t3Rows()) {
                        if (r.computed || !ReportSchema.T3_RESULTS.equals(r.part)) continue;
                        sum += col.key.equals("total") ? rowSum(in, r.key) : n(in, "apply." + r.key + "." + col.key);
                    }
                } else if (col.key.equals("total")) {
                    sum = rowSum(in, row.key);
                } else {
                    continue;
                }
                t.put("apply." + row.key + "." + col.key, sum);
            }
        }
        for (var g : schema.t4Groups()) {
            long sum = 0;
            for (var col : schema.t4Columns()) if (!col.key.equals("total")) sum += n(in, "appeal." + g.key + "." + col.key);
            t.put("appeal." + g.key + ".total", sum);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (CellDef c : schema.cells()) if (c.computed) out.put(c.key, Long.toString(t.get(c.key)));
        if (out.size() != t.size()) throw new IllegalStateException("computed cells differ from the schema: " + t.keySet());
        for (CellDef c : schema.cells(TableId.T2)) if (c.computed) throw new IllegalStateException("T2 has no totals");
        return out;
    }

    /** Every total cell blank, to make a recompute write them all. */
    static Map<String, String> blankTotals() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : totals().keySet()) m.put(k, "");
        return m;
    }

    private static long rowSum(Map<String, String> in, String rowKey) {
        long sum = 0;
        for (var col : ReportSchema.get().t3Columns()) if (!col.key.equals("total")) sum += n(in, "apply." + rowKey + "." + col.key);
        return sum;
    }

    private static long n(Map<String, String> in, String key) {
        return Long.parseLong(in.get(key));
    }
}
