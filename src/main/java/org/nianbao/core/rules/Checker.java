package org.nianbao.core.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.parse.ParsedCell;

/**
 * Checks a report: reads every cell of the tables found ({@link org.nianbao.core.parse.CellParser}),
 * computes the totals ({@link Totals}) and applies the rules ({@link Rule}). Cell rules apply only to tables
 * the reader found (a missing table is the reader's finding). Never throws for any report content.
 */
public final class Checker {
    private Checker() {
    }

    /**
     * @param report   the report to check
     * @param previous last year's report of the same organ, or null (enables P-1, P-10 and P-7's copy check)
     * @param profile  local house style, or null; when it prescribes no decimals, a header saying
     *                 “保留N位小数” sets them
     */
    public static Evaluation check(Report report, Report previous, Profile profile) {
        Profile effective = AmountHeader.effectiveProfile(report, profile);
        Context ctx = Context.of(report, effective);
        List<Finding> out = new ArrayList<>(report.readingFindings());
        List<Finding> cellFindings = new ArrayList<>();
        for (ParsedCell p : ctx.parsed.values()) cellFindings.addAll(p.findings());
        List<Finding> ruleFindings = new ArrayList<>();
        TableRules.check(ctx, ruleFindings);
        AmountHeader.check(ctx, ruleFindings);
        Context before = previous == null ? null : Context.of(previous, AmountHeader.effectiveProfile(previous, profile));
        if (before != null) CrossYearRules.check(ctx, before, ruleFindings);
        NarrativeRules.check(ctx, before, ruleFindings);
        TextRules.check(ctx, ruleFindings);
        ZeroTables.check(ctx, ruleFindings);
        Map<String, Double> copy = before == null ? null : CopyRules.check(ctx, before, ruleFindings);
        out.addAll(withoutBlankWarningsOnWrongTotals(cellFindings, ruleFindings));
        out.addAll(ruleFindings);
        return new Evaluation(ctx.parsed, ctx.computed, switchedOn(Grouping.byTable(out), effective), effective, copy);
    }

    /** Without the warnings and info the profile switches off (errors always stay). */
    private static List<Finding> switchedOn(List<Finding> findings, Profile profile) {
        if (profile == null || profile.off.isEmpty()) return findings;
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) if (f.isError() || profile.isOn(f.rule)) kept.add(f);
        return kept;
    }

    /**
     * A blank total whose row or column has values gets an R-IMP error with the right number; the P-6
     * “fill 0” warning on the same cell would contradict it and is dropped.
     */
    private static List<Finding> withoutBlankWarningsOnWrongTotals(List<Finding> cellFindings, List<Finding> ruleFindings) {
        Set<String> wrongTotals = new HashSet<>();
        for (Finding f : ruleFindings) {
            if (f.rule.equals(Rule.R_IMP_1.id) || f.rule.equals(Rule.R_IMP_2.id) || f.rule.equals(Rule.R_IMP_3.id)) {
                wrongTotals.add(f.key);
            }
        }
        List<Finding> kept = new ArrayList<>();
        for (Finding f : cellFindings) {
            if (f.rule.equals(Rule.P_6.id) && wrongTotals.contains(f.key)) continue;
            kept.add(f);
        }
        return kept;
    }
}
