package org.nianbao.bench;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.launch.SampleReport;
import org.nianbao.odf.OdfTableFiller;

/**
 * Filled reports for the command-line tests and the benchmark: {@link SampleReport}'s balanced reports, and
 * next year's report that continues one.
 */
public final class FilledReports {
    private static final ReportSchema SCHEMA = ReportSchema.get();
    private static final String APPLY = TableId.T3.prefix + ".";

    public static final String OVERVIEW = SampleReport.OVERVIEW;
    public static final String PROBLEMS = SampleReport.PROBLEMS;
    public static final String OTHER = SampleReport.OTHER;

    private FilledReports() {
    }

    /** Cell texts of a balanced report: random inputs (0 … about {@code scale}), totals computed. */
    public static Map<String, String> balanced(Random rnd, int scale) {
        return SampleReport.balanced(rnd, scale);
    }

    /** {@link SampleReport#balanced(Random, int, Map)}: some input cells fixed beforehand. */
    public static Map<String, String> balanced(Random rnd, int scale, Map<String, Long> fixed) {
        return SampleReport.balanced(rnd, scale, fixed);
    }

    /**
     * Next year's balanced report: carry-over = this report's carry-forward (P-1 holds) and 现行有效件数 =
     * last year's + 制发 − 废止 (P-10 holds).
     */
    public static Map<String, String> followingYear(Map<String, String> lastYear, Random rnd, int scale) {
        return followingYear(lastYear, rnd, scale, Map.of());
    }

    /** As above, with some input cells then set to other values (e.g. a carry-over that does not match). */
    public static Map<String, String> followingYear(Map<String, String> lastYear, Random rnd, int scale,
                                                    Map<String, Long> overrides) {
        Map<String, Long> fixed = new LinkedHashMap<>();
        for (Labels col : SCHEMA.t3Columns()) {
            if ("total".equals(col.key)) continue;
            fixed.put(APPLY + "carried_over." + col.key, Long.parseLong(lastYear.get(APPLY + "carry_forward." + col.key)));
        }
        for (String row : List.of("rules", "normative_docs")) {
            String base = TableId.T2.prefix + ".art20_1." + row + ".";
            long issued = rnd.nextInt(10);
            long repealed = rnd.nextInt(3);
            long last = Long.parseLong(lastYear.get(base + "in_force"));
            repealed = Math.min(repealed, last + issued);
            fixed.put(base + "issued", issued);
            fixed.put(base + "repealed", repealed);
            fixed.put(base + "in_force", last + issued - repealed);
        }
        fixed.putAll(overrides);
        return balanced(rnd, scale, fixed);
    }

    /** The report document (title, six sections with text, tables 二/三/四 empty), as a filler. */
    public static OdfTableFiller filler(String agency, int year) throws IOException {
        return SampleReport.filler(agency, year);
    }

    public static OdfTableFiller filler(String agency, int year, String overview, String problems, String other)
            throws IOException {
        return SampleReport.filler(agency, year, overview, problems, other);
    }
}
