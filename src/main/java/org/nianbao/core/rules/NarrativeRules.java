package org.nianbao.core.rules;

import org.nianbao.core.schema.CellKey;
import org.nianbao.core.bound.BoundKey;
import org.nianbao.core.bound.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Place;
import org.nianbao.core.model.Severity;
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
    private static final String UNPAID_FEE = CellKey.of(TableId.T3, "results.other_handling.unpaid_fee", "total").id();
    private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");
    private static final Pattern YEAR = Pattern.compile("[0-9０-９]{4}\\s*年度?");
    private static final Pattern FEE_NOTICE = Pattern.compile("收费通知|缴费通知|缴费|收费告知|通知.{0,6}缴");
    private static final Pattern AMOUNT_OR_NONE = Pattern.compile("[0-9０-９〇零]|未|没有|无|不");

    private NarrativeRules() {
    }

    static void check(Context ctx, Context previous, List<Finding> out) {
        quotedFigures(ctx, out);
        boundFigures(ctx, out);
        informationFees(ctx, out);
        problems(ctx, previous, out);
    }

    // ------------------------------------------------------------------ P-2

    private static void quotedFigures(Context ctx, List<Finding> out) {
        String raw = ctx.report.sectionText(OVERVIEW);
        String text = SectionTexts.withoutGuidance(raw);
        if (text == null || text.isEmpty()) return;
        SectionDef section = ctx.schema.section(OVERVIEW);
        List<Sentences.Sentence> sentences = Sentences.of(text);
        // numbers bound to the tables are X-BOUND's: hidden from the reader (same length, so the offsets hold)
        String unbound = SectionTexts.withoutGuidance(withoutBound(raw, ctx.report.boundNumbers(OVERVIEW)));
        if (unbound.length() != text.length()) unbound = text; // a bound number inside guidance: cannot happen in practice
        for (Narrative.Quote q : Narrative.quotes(unbound)) {
            String[] keys = keysOf(q.quantity);
            if (!ctx.has(TableId.ofKey(keys[0]))) continue;
            BigDecimal table = sum(ctx, keys);
            if (table == null || table.compareTo(q.number) == 0) continue;
            // 收到/受理/收办 may count this year's applications (一) or all on hand (一 + 二)
            if (q.quantity == Quantity.RECEIVED) {
                BigDecimal withCarry = ctx.operand(Quantity.CARRIED_OVER.key);
                if (withCarry != null && table.add(withCarry).compareTo(q.number) == 0) continue;
            }
            Sentences.Sentence s = Sentences.at(sentences, q.position);
            Place at = s == null ? Place.section(OVERVIEW) : Place.sentence(OVERVIEW, s.text, s.start, s.end);
            out.add(Findings.at(Rule.P_2, at, Numbers.plain(table), Numbers.plain(q.number),
                    "rule.p2", heading(section), s == null ? q.fragment : s.text.replaceAll("[。；;！？!?]+$", ""), Numbers.plain(q.number), describe(ctx, keys),
                    Numbers.plain(table)));
        }
    }

    /** The text with each bound number replaced by as many “；” (which ends a clause for the reader). */
    static String withoutBound(String text, List<org.nianbao.core.model.BoundNumber> bound) {
        if (bound.isEmpty() || text == null) return text;
        StringBuilder s = new StringBuilder(text);
        for (org.nianbao.core.model.BoundNumber b : bound) {
            for (int i = Math.max(0, b.start); i < Math.min(b.end, s.length()); i++) s.setCharAt(i, '；');
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ X-BOUND

    /** Every bound number against the value its key has in the tables (nothing said while the tables lack it). */
    static void boundFigures(Context ctx, List<Finding> out) {
        for (org.nianbao.core.model.BoundNumber b : ctx.report.boundNumbers()) {
            if (!ctx.has(TableId.ofKey(BoundKey.cells(b.key).get(0)))) continue;
            BigDecimal value = BoundKey.value(b.key, ctx::operand);
            if (value == null) continue; // a cell unreadable: the cell's own finding says so
            BigDecimal shown = BoundKey.number(b.text);
            if (shown != null && shown.compareTo(value) == 0) continue;
            String text = ctx.report.sectionText(b.sectionKey);
            Sentences.Sentence s = text == null ? null : Sentences.at(Sentences.of(text), b.start);
            Place at = s == null ? Place.section(b.sectionKey) : Place.sentence(b.sectionKey, s.text, s.start, s.end);
            out.add(Findings.at(Rule.X_BOUND, at, Numbers.plain(value), b.text.strip(),
                    "rule.xbound", heading(ctx.schema.section(b.sectionKey)), b.text.strip(), Localized.of(
                            BoundKey.describe(b.key, true), BoundKey.describe(b.key, false)),
                    Numbers.plain(value)));
        }
    }

    /** The table cells a quoted quantity stands for (their sum). */
    private static String[] keysOf(Quantity q) {
        return BoundKey.cells(q.key).toArray(new String[0]);
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
        BigDecimal unpaid = ctx.has(TableId.T3) ? ctx.operand(UNPAID_FEE) : null;
        if (text != null && statesFee(text)) {
            // 逾期未缴费 > 0: fee notices were issued; 六 may say so (information only)
            if (unpaid != null && unpaid.signum() > 0 && !FEE_NOTICE.matcher(text).find()) {
                out.add(Findings.of(Rule.P_4, Severity.INFO, Place.section(OTHER), null, Numbers.plain(unpaid), "rule.p4.notice",
                        heading(section), ctx.cell(UNPAID_FEE), Numbers.plain(unpaid)));
            }
            return;
        }
        if (unpaid != null && unpaid.signum() > 0 && (text == null || !text.contains("费"))) {
            out.add(Findings.of(Rule.P_4, key, null, null, "rule.p4.unpaidFee", heading(section), ctx.cell(UNPAID_FEE),
                    Numbers.plain(unpaid)));
        } else if (raw == null) {
            out.add(Findings.of(Rule.P_4, key, null, null, "rule.p4.missing", heading(section)));
        } else {
            out.add(Findings.of(Rule.P_4, key, null, null, "rule.p4.noStatement", heading(section)));
        }
    }

    /** A sentence that names 处理费 and gives an amount or says none was collected (years do not count as amounts). */
    static boolean statesFee(String text) {
        String[] sentences = SENTENCE_END.split(text);
        for (int i = 0; i < sentences.length; i++) {
            if (!sentences[i].contains("处理费")) continue;
            if (amountOrNone(sentences[i])) return true;
            // a sub-heading “本年度信息公开处理费收费情况” and the next line “未发生政府信息公开收费事项”
            for (int j = i + 1; j < sentences.length; j++) {
                if (sentences[j].isBlank()) continue;
                if (sentences[j].contains("费") && amountOrNone(sentences[j])) return true;
                break;
            }
        }
        return false;
    }

    private static boolean amountOrNone(String sentence) {
        return AMOUNT_OR_NONE.matcher(YEAR.matcher(sentence).replaceAll("")).find();
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
