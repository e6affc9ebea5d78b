package org.nianbao.core.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.core.model.Finding;
import org.nianbao.core.parse.Findings;
import org.nianbao.core.parse.Localized;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

/**
 * Checks of the text sections (practice, WARNING), keyed {@code section.<key>}:
 * <ul>
 * <li>P-2: figures quoted in 一、总体情况 (see {@link Narrative}) against the tables;</li>
 * <li>P-4: 六、其他需要报告的事项 states the 信息处理费 collected — a sentence naming 处理费 with an amount
 *     or a negation (未/没有/无/不/零); a missing section or no such sentence is a warning; when table 三
 *     （六）2 (逾期未缴费) is above 0 and 六 does not mention fees at all, the warning says so;</li>
 * <li>P-7: 五、存在的主要问题及改进情况 is empty or only the template's guidance, or (with last year's report)
 *     the same text as last year.</li>
 * </ul>
 * Template guidance notes “（填写说明：…）” are ignored.
 */
final class NarrativeRules {
    static final String OVERVIEW = "overview";
    static final String OTHER = "other";
    static final String PROBLEMS = "problems";
    private static final String APPLY = TableId.T3.prefix + ".";
    private static final String APPEAL = TableId.T4.prefix + ".";
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern YEAR = Pattern.compile("[0-9０-９]{4}\\s*年度?");
    private static final Pattern AMOUNT_OR_NONE = Pattern.compile("[0-9０-９〇零]|未|没有|无|不");

    private NarrativeRules() {
    }

    static void check(Context ctx, Context previous, List<Finding> out) {
        quotedFigures(ctx, out);
        informationFees(ctx, out);
        problems(ctx, previous, out);
    }

    // ------------------------------------------------------------------ P-2

    private static void quotedFigures(Context ctx, List<Finding> out) {
        String text = SectionTexts.withoutGuidance(ctx.report.sectionText(OVERVIEW));
        if (text == null || text.isEmpty()) return;
        SectionDef section = ctx.schema.section(OVERVIEW);
        for (Narrative.Quote q : Narrative.quotes(text)) {
            String[] keys = keysOf(q.quantity);
            if (!ctx.has(TableId.ofKey(keys[0]))) continue;
            BigDecimal table = sum(ctx, keys);
            if (table == null || table.compareTo(q.number) == 0) continue;
            if (q.mayIncludeCarryOver) {
                BigDecimal withCarry = ctx.operand(APPLY + "carried_over.total");
                if (withCarry != null && table.add(withCarry).compareTo(q.number) == 0) continue;
            }
            out.add(Findings.of(Rule.P_2, "section." + OVERVIEW, Numbers.plain(table), Numbers.plain(q.number),
                    "rule.p2", heading(section), q.fragment, Numbers.plain(q.number), describe(ctx, keys),
                    Numbers.plain(table)));
        }
    }

    /** The table cells a quoted quantity stands for (their sum). */
    private static String[] keysOf(Narrative.Quantity q) {
        switch (q) {
            case RECEIVED: return new String[] {APPLY + "new.total"};
            case ANSWERED: return new String[] {APPLY + "results.total.total"};
            case CARRIED_OVER: return new String[] {APPLY + "carried_over.total"};
            case CARRIED_FORWARD: return new String[] {APPLY + "carry_forward.total"};
            case REVIEW: return new String[] {APPEAL + "review.total"};
            case SUIT: return new String[] {APPEAL + "suit_direct.total", APPEAL + "suit_after_review.total"};
            case RULES_ISSUED: return new String[] {TableId.T2.prefix + ".art20_1.rules.issued"};
            default: return new String[] {TableId.T2.prefix + ".art20_1.normative_docs.issued"};
        }
    }

    private static BigDecimal sum(Context ctx, String[] keys) {
        BigDecimal s = BigDecimal.ZERO;
        for (String k : keys) {
            BigDecimal v = ctx.operand(k);
            if (v == null) return null;
            s = s.add(v);
        }
        return s;
    }

    private static Localized describe(Context ctx, String[] keys) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (String k : keys) {
            if (zh.length() > 0) {
                zh.append(" + ");
                en.append(" + ");
            }
            zh.append(ctx.def(k).displayZh());
            en.append(ctx.def(k).displayEn());
        }
        return Localized.of(zh.toString(), en.toString());
    }

    // ------------------------------------------------------------------ P-4

    private static void informationFees(Context ctx, List<Finding> out) {
        String key = "section." + OTHER;
        SectionDef section = ctx.schema.section(OTHER);
        String raw = ctx.report.sectionText(OTHER);
        String text = SectionTexts.withoutGuidance(raw);
        if (text != null && statesFee(text)) return;
        BigDecimal unpaid = ctx.has(TableId.T3) ? ctx.operand(APPLY + "results.other_handling.unpaid_fee.total") : null;
        if (unpaid != null && unpaid.signum() > 0 && (text == null || !text.contains("费"))) {
            String cell = APPLY + "results.other_handling.unpaid_fee.total";
            out.add(Findings.of(Rule.P_4, key, null, null, "rule.p4.unpaidFee", heading(section), ctx.cell(cell),
                    Numbers.plain(unpaid)));
        } else if (raw == null) {
            out.add(Findings.of(Rule.P_4, key, null, null, "rule.p4.missing", heading(section)));
        } else {
            out.add(Findings.of(Rule.P_4, key, null, null, "rule.p4.noStatement", heading(section)));
        }
    }

    /** A sentence that names 处理费 and gives an amount or says none was collected (years do not count as amounts). */
    static boolean statesFee(String text) {
        for (String sentence : SENTENCE_END.split(text)) {
            if (!sentence.contains("处理费")) continue;
            if (AMOUNT_OR_NONE.matcher(YEAR.matcher(sentence).replaceAll("")).find()) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ P-7

    private static void problems(Context ctx, Context previous, List<Finding> out) {
        String raw = ctx.report.sectionText(PROBLEMS);
        if (raw == null) return; // a missing heading is reported by the reader
        SectionDef section = ctx.schema.section(PROBLEMS);
        String text = SectionTexts.withoutGuidance(raw);
        String key = "section." + PROBLEMS;
        if (text.isEmpty()) {
            out.add(Findings.of(Rule.P_7, key, null, null, "rule.p7.empty", heading(section)));
            return;
        }
        if (previous != null) {
            String last = SectionTexts.withoutGuidance(previous.report.sectionText(PROBLEMS));
            if (last != null && SectionTexts.compact(text).equals(SectionTexts.compact(last))) {
                out.add(Findings.of(Rule.P_7, key, null, null, "rule.p7.copied", heading(section)));
            }
        }
    }

    private static Localized heading(SectionDef s) {
        return Localized.of(s.heading, s.headingEn);
    }
}
