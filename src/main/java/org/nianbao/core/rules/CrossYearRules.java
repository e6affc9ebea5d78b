package org.nianbao.core.rules;

import org.nianbao.core.schema.CellKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.model.Finding;
import org.nianbao.core.parse.Findings;
import org.nianbao.core.parse.Localized;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.parse.ParsedCell;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.T2Block;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

/**
 * Checks against last year's report (practice, WARNING):
 * <ul>
 * <li>P-1: per column of table 三, this year's 二、上年结转 = last year's 四、结转下年度继续办理;</li>
 * <li>P-10: for each row of table 二 （一） (规章, 行政规范性文件), 现行有效件数 ≈ last year's 现行有效件数 +
 *     本年制发件数 − 本年废止件数. A heuristic: it is only applied when all four cells hold numbers.</li>
 * </ul>
 */
final class CrossYearRules {
    private CrossYearRules() {
    }

    static void check(Context now, Context before, List<Finding> out) {
        carryOver(now, before, out);
        inForce(now, before, out);
    }

    private static void carryOver(Context now, Context before, List<Finding> out) {
        if (!now.has(TableId.T3) || !before.has(TableId.T3)) return;
        List<T3Row> top = topRows(now); // 一, 二, 四
        T3Row carriedOver = top.get(1);
        T3Row carryForward = top.get(2);
        for (Labels col : now.schema.t3Columns()) {
            CellKey thisKey = CellKey.of(TableId.T3, carriedOver.key, col.key);
            CellKey lastKey = CellKey.of(TableId.T3, carryForward.key, col.key);
            BigDecimal thisYear = now.operand(thisKey);
            BigDecimal lastYear = before.operand(lastKey);
            if (thisYear == null || lastYear == null || thisYear.compareTo(lastYear) == 0) continue;
            out.add(Findings.of(Rule.P_1, thisKey.id(), Numbers.plain(lastYear), Numbers.plain(thisYear), "rule.p1",
                    now.cell(thisKey), Numbers.plain(lastYear), Numbers.plain(thisYear), now.cell(lastKey)));
        }
    }

    private static List<T3Row> topRows(Context ctx) {
        List<T3Row> top = new ArrayList<>();
        for (T3Row r : ctx.schema.t3Rows()) if (r.part == null) top.add(r);
        return top;
    }

    private static void inForce(Context now, Context before, List<Finding> out) {
        if (!now.has(TableId.T2) || !before.has(TableId.T2)) return;
        T2Block block = now.schema.t2Blocks().get(0); // 第二十条第（一）项: issued, repealed, in force
        Labels issuedLabel = block.columns.get(0);
        Labels repealedLabel = block.columns.get(1);
        Labels inForceLabel = block.columns.get(2);
        String issuedCol = issuedLabel.key;
        String repealedCol = repealedLabel.key;
        String inForceCol = inForceLabel.key;
        for (Labels row : block.rows) {
            String rowKey = block.rowKey(row);
            BigDecimal issued = number(now, CellKey.of(TableId.T2, rowKey, issuedCol));
            BigDecimal repealed = number(now, CellKey.of(TableId.T2, rowKey, repealedCol));
            BigDecimal inForce = number(now, CellKey.of(TableId.T2, rowKey, inForceCol));
            BigDecimal lastInForce = number(before, CellKey.of(TableId.T2, rowKey, inForceCol));
            if (issued == null || repealed == null || inForce == null || lastInForce == null) continue;
            BigDecimal expected = lastInForce.add(issued).subtract(repealed);
            if (expected.compareTo(inForce) == 0) continue;
            CellKey key = CellKey.of(TableId.T2, rowKey, inForceCol);
            String cleanUp = cleanUpMentioned(now);
            out.add(Findings.of(Rule.P_10, key.id(), Numbers.plain(expected), Numbers.plain(inForce),
                    cleanUp == null ? "rule.p10" : "rule.p10.cleanUp",
                    now.cell(key), Numbers.plain(expected), Numbers.plain(inForce), Numbers.plain(lastInForce),
                    Numbers.plain(issued), Numbers.plain(repealed), label(inForceLabel), label(issuedLabel),
                    label(repealedLabel), cleanUp == null ? "" : cleanUp));
        }
    }

    private static final java.util.regex.Pattern CLEAN_UP = java.util.regex.Pattern.compile("集中清理|清理|修订|修改");

    /** The sentence of 一 that mentions a clean-up or amendments (清理/集中清理/修订), or null. */
    private static String cleanUpMentioned(Context now) {
        String text = SectionTexts.withoutGuidance(now.report.sectionText(NarrativeRules.OVERVIEW));
        if (text == null) return null;
        for (Sentences.Sentence s : Sentences.of(text)) {
            java.util.regex.Matcher m = CLEAN_UP.matcher(s.text);
            if (m.find()) return s.text;
        }
        return null;
    }

    private static Localized label(Labels l) {
        return Localized.of(l.zh, l.en);
    }

    /** The number in a cell, or null when the cell holds no number (blank, placeholder, text, missing). */
    private static BigDecimal number(Context ctx, CellKey key) {
        ParsedCell p = ctx.parsed.get(key.id());
        return p != null && p.isValue() ? p.value : null;
    }
}
