package org.nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.bound.Quantity;
import org.nianbao.core.parse.Numbers;

/**
 * Finds figures quoted in the narrative (一、总体情况) that the tables also state (P-2). Conservative: only
 * sentence shapes known from published reports are read, e.g. the model sentence “共受理政府信息公开申请
 * 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复）”, “行政复议 351 件”,
 * “行政诉讼 46 件，其中…”, “未发生…行政复议或行政诉讼…”. Figures in ASCII, full-width or Chinese numerals.
 * Between the keyword and the figure only a few characters without punctuation or other figures are
 * allowed, and words that change the meaning (复议 inside an application count, 其中, 结果维持 …) stop a match.
 */
public final class Narrative {

    /** One figure found in the text. */
    public static final class Quote {
        public final Quantity quantity;
        public final BigDecimal number;
        /** The clause it was read from, for the message. */
        public final String fragment;
        /** A received count followed by “（含…结转…）”: it may include last year's applications. */
        public final boolean mayIncludeCarryOver;
        /** Where the match starts in the text. */
        public final int position;

        Quote(Quantity quantity, BigDecimal number, String fragment, boolean mayIncludeCarryOver, int position) {
            this.quantity = quantity;
            this.number = number;
            this.fragment = fragment;
            this.mayIncludeCarryOver = mayIncludeCarryOver;
            this.position = position;
        }

        @Override
        public String toString() {
            return quantity + "=" + Numbers.plain(number) + " «" + fragment + "»";
        }
    }

    private static final String NUM = "(\\d{1,3}(?:[,，]\\d{3})+|\\d+|[〇零一二两三四五六七八九十百千万]+)\\s*件";
    /** Characters allowed between keyword and figure: no clause punctuation, no digits. */
    private static final String GAP = "[^，。；;！？!?：:（）()\\d\\n]";
    private static final String CLAUSE_END = "，。；;！？!?\n";

    private static final Pattern RECEIVED = Pattern.compile("(受理|收到|新收|接收)(" + GAP + "{0,20}?)" + NUM);
    private static final Pattern ANSWERED = Pattern.compile("(答复|办结)(" + GAP + "{0,15}?)" + NUM);
    private static final Pattern CARRIED_OVER = Pattern.compile("(上一?年度?结转)(" + GAP + "{0,12}?)" + NUM);
    private static final Pattern FORWARD_AFTER = Pattern.compile(NUM + "([^，。；;！？!?：:\\d\\n]{0,15}?)(顺延|结转)(到|至)?下一?年度?");
    private static final Pattern FORWARD_BEFORE = Pattern.compile("((?:顺延|结转)(?:到|至)?下一?年度?)(" + GAP + "{0,10}?)" + NUM);
    private static final Pattern REVIEW = Pattern.compile("(行政复议)(" + GAP + "{0,10}?)" + NUM);
    private static final Pattern SUIT = Pattern.compile("(行政诉讼)(" + GAP + "{0,10}?)" + NUM);
    private static final Pattern BOTH = Pattern.compile("行政复议[和、及与或]行政诉讼(?:案件)?(?:均为|均|各|都为|都是|皆为)" + NUM);
    private static final Pattern RULES = Pattern.compile("(制发|出台|印发)(了?的?)规章\\s*(?:共)?\\s*" + NUM);
    private static final Pattern NORMATIVE = Pattern.compile("(制发|出台|印发)(了?的?)(?:行政)?规范性文件\\s*(?:共)?\\s*" + NUM);
    private static final Pattern IN_FORCE = Pattern.compile("现行有效(?:的)?(规章|(?:行政)?规范性文件)(?:共|为)?\\s*" + NUM
            + "|(规章|(?:行政)?规范性文件)现行有效(?:的)?(?:共|为)?\\s*" + NUM);
    private static final Pattern DECISIONS = Pattern.compile("(?:作出|做出)?行政(许可|处罚|强制)(?:处理)?决定(?:共|数量为?|数)?\\s*" + NUM
            + "|(?:作出|做出)行政(许可|处罚|强制)(?:共)?\\s*" + NUM);
    /** A count of one result: “不予公开2件”, “同意公开答复9件”, “其中公开答复1件”. */
    private static final Pattern RESULT = Pattern.compile("(部分公开|不予公开|无法提供|不予处理|其他处理|予以公开|同意公开|(?<![主动部分不予])公开(?=答复))(?:答复|告知)?(?:的)?(?:有|为|共)?\\s*" + NUM);
    /** “转下一年度办理答复的有1件”, “结转下年度继续办理3件”. */
    private static final Pattern FORWARD_TO = Pattern.compile("((?:顺延|结转|转)(?:到|至|入)?下一?年度?(?:继续)?(?:办理)?(?:答复)?(?:的)?(?:有|为|共)?)\\s*()" + NUM);
    /** Sentences whose figures are not this year's own counts: 备案, 累计, 历年, comparisons, last year's, another body's. */
    private static final Pattern NOT_COMPARED = Pattern.compile("备案|累计|历年|同比|环比|较上年|比上年|与上年|上年同期|去年|转送|转交|代为|(?:上一?年度?)(?!度?结转)");
    private static final Pattern RESULT_BEFORE = Pattern.compile("公开|无法提供|不予处理|其他处理|告知");
    private static final Pattern NOT_IN_RECEIVED = Pattern.compile("复议|诉讼|答复|办结|结转|上年");
    private static final Pattern NOT_IN_ANSWERED = Pattern.compile("复议|诉讼|结转|受理|收到|上年|下年");
    private static final Pattern NOT_IN_REVIEW = Pattern.compile("诉讼|维持|纠正|结果|审结|其中|后起诉|决定");
    private static final Pattern NOT_IN_SUIT = Pattern.compile("复议|维持|纠正|结果|审结|其中");
    private static final Pattern NEXT_YEAR = Pattern.compile("下年");
    private static final Pattern LAST_YEAR = Pattern.compile("上年");
    private static final Pattern APPEAL_WORD = Pattern.compile("复议|诉讼");
    private static final Pattern NOT_RESPONDENT = Pattern.compile("(未经|经过|受理|办理|审理|收到|接收|代理)$");
    private static final Pattern COMBINED = Pattern.compile("复议[和、及与或]$");
    private static final Pattern FIGURE = Pattern.compile("[0-9]|[〇零一二两三四五六七八九十百千万]\\s*件");
    private static final Pattern NONE = Pattern.compile("未发生|没有发生|未出现|未产生|未有|没有|(?<![有])无(?![法论关])");

    private Narrative() {
    }

    /** Every figure found, in text order, without repeats of the same quantity and number. */
    public static List<Quote> quotes(String text) {
        if (text == null || text.isEmpty()) return List.of();
        String t = Numbers.digitsToAscii(text);
        List<Quote> out = new ArrayList<>();
        find(t, RECEIVED, Quantity.RECEIVED, out, "申请", NOT_IN_RECEIVED);
        find(t, ANSWERED, Quantity.ANSWERED, out, null, NOT_IN_ANSWERED);
        find(t, CARRIED_OVER, Quantity.CARRIED_OVER, out, null, NEXT_YEAR);
        find(t, FORWARD_BEFORE, Quantity.CARRIED_FORWARD, out, null, LAST_YEAR);
        forwardAfter(t, out);
        find(t, REVIEW, Quantity.REVIEW, out, null, NOT_IN_REVIEW);
        find(t, SUIT, Quantity.SUIT, out, null, NOT_IN_SUIT);
        both(t, out);
        none(t, out);
        find(t, RULES, Quantity.RULES_ISSUED, out, null, null);
        find(t, NORMATIVE, Quantity.NORMATIVE_ISSUED, out, null, null);
        inForce(t, out);
        decisions(t, out);
        results(t, out);
        forwardTo(t, out);
        return dedupe(withoutUncompared(t, out));
    }

    /** Keyword (group 1), gap (group 2), figure (group 3). */
    private static void find(String t, Pattern p, Quantity q, List<Quote> out, String gapMustHave, Pattern gapMustNot) {
        Matcher m = p.matcher(t);
        while (m.find()) {
            String gap = m.group(2);
            if (gapMustHave != null && !gap.contains(gapMustHave)) continue;
            if (gapMustNot != null && gapMustNot.matcher(gap).find()) continue;
            if (!figureStandsAlone(t, m.start(3))) continue;
            if (q == Quantity.ANSWERED && APPEAL_WORD.matcher(before(t, m.start(), 4)).find()) continue;
            // “公开答复1件”, “不予公开答复2件”: one result's row (results()); after 其中 a sub-count; “转下一年度办理答复” is 四
            if (q == Quantity.ANSWERED && (RESULT_BEFORE.matcher(before(t, m.start(), 6)).find()
                    || clauseBefore(t, m.start()).contains("其中") || NEXT_YEAR_ANY.matcher(before(t, m.start(), 10)).find())) continue;
            // 未经复议; and 受理/办理/审理 行政复议 is the organ acting as review body, not the respondent
            if ((q == Quantity.REVIEW || q == Quantity.SUIT) && NOT_RESPONDENT.matcher(before(t, m.start(), 2)).find()) continue;
            // “行政复议和行政诉讼共3件”: a combined figure, not the suits alone
            if (q == Quantity.SUIT && COMBINED.matcher(before(t, m.start(), 3)).find()) continue;
            BigDecimal n = number(m.group(3));
            if (n == null) continue;
            boolean withCarry = q == Quantity.RECEIVED && followedByCarryOverNote(t, m.end());
            out.add(new Quote(q, n, fragment(t, m.start(), m.end()), withCarry, m.start()));
        }
    }

    private static final Pattern NEXT_YEAR_ANY = Pattern.compile("下一?年");

    /** “现行有效行政规范性文件12件”, “规章现行有效3件”. */
    private static void inForce(String t, List<Quote> out) {
        Matcher m = IN_FORCE.matcher(t);
        while (m.find()) {
            String what = m.group(1) != null ? m.group(1) : m.group(3);
            String figure = m.group(1) != null ? m.group(2) : m.group(4);
            BigDecimal n = number(figure);
            if (n == null) continue;
            Quantity q = what.equals("规章") ? Quantity.RULES_IN_FORCE : Quantity.NORMATIVE_IN_FORCE;
            out.add(new Quote(q, n, fragment(t, m.start(), m.end()), false, m.start()));
        }
    }

    /** “作出行政许可决定356件”, “行政处罚决定12件”. */
    private static void decisions(String t, List<Quote> out) {
        Matcher m = DECISIONS.matcher(t);
        while (m.find()) {
            String what = m.group(1) != null ? m.group(1) : m.group(3);
            String figure = m.group(1) != null ? m.group(2) : m.group(4);
            BigDecimal n = number(figure);
            if (n == null) continue;
            Quantity q = what.equals("许可") ? Quantity.LICENSING : what.equals("处罚") ? Quantity.PENALTY : Quantity.COERCION;
            out.add(new Quote(q, n, fragment(t, m.start(), m.end()), false, m.start()));
        }
    }

    /** A count of one result, compared with its own row of 三（七）. */
    private static void results(String t, List<Quote> out) {
        Matcher m = RESULT.matcher(t);
        while (m.find()) {
            if (!figureStandsAlone(t, m.start(2))) continue;
            if (APPEAL_WORD.matcher(clauseBefore(t, m.start())).find()) continue;
            BigDecimal n = number(m.group(2));
            if (n == null) continue;
            String w = m.group(1);
            Quantity q = w.equals("部分公开") ? Quantity.PARTIAL : w.equals("不予公开") ? Quantity.DENIED
                    : w.equals("无法提供") ? Quantity.UNABLE : w.equals("不予处理") ? Quantity.NOT_PROCESSED
                    : w.equals("其他处理") ? Quantity.OTHER_HANDLING : Quantity.GRANTED;
            out.add(new Quote(q, n, fragment(t, m.start(), m.end()), false, m.start()));
        }
    }

    /** “转下一年度办理答复的有1件”. */
    private static void forwardTo(String t, List<Quote> out) {
        Matcher m = FORWARD_TO.matcher(t);
        while (m.find()) {
            if (!figureStandsAlone(t, m.start(3))) continue;
            BigDecimal n = number(m.group(3));
            if (n != null) out.add(new Quote(Quantity.CARRIED_FORWARD, n, fragment(t, m.start(), m.end()), false, m.start()));
        }
    }

    /** Quotes outside the sentences that state other figures (备案, 累计, comparisons …). */
    private static List<Quote> withoutUncompared(String t, List<Quote> quotes) {
        List<Quote> kept = new ArrayList<>();
        for (Quote q : quotes) {
            if (!NOT_COMPARED.matcher(sentenceAt(t, q.position)).find()) kept.add(q);
        }
        return kept;
    }

    /** The sentence (between 。；！？ or line ends) around a position. */
    static String sentenceAt(String t, int at) {
        int s = at;
        while (s > 0 && "。；;！？!?\n".indexOf(t.charAt(s - 1)) < 0) s--;
        int e = at;
        while (e < t.length() && "。；;！？!?\n".indexOf(t.charAt(e)) < 0) e++;
        return t.substring(s, e);
    }

    /** From the sentence start to a position. */
    private static String clauseBefore(String t, int at) {
        String sentence = sentenceAt(t, at);
        int s = at;
        while (s > 0 && "。；;！？!?\n".indexOf(t.charAt(s - 1)) < 0) s--;
        return t.substring(s, at).length() <= sentence.length() ? t.substring(s, at) : sentence;
    }

    /** “另有 103 件顺延到下年度”, “103件结转下年度办理”: figure (group 1), gap (group 2). */
    private static void forwardAfter(String t, List<Quote> out) {
        Matcher m = FORWARD_AFTER.matcher(t);
        while (m.find()) {
            if (m.group(2).contains("上年")) continue;
            if (!figureStandsAlone(t, m.start(1))) continue;
            BigDecimal n = number(m.group(1));
            if (n != null) out.add(new Quote(Quantity.CARRIED_FORWARD, n, fragment(t, m.start(), m.end()), false, m.start()));
        }
    }

    /** “行政复议和行政诉讼均为0件”: the same figure for both. */
    private static void both(String t, List<Quote> out) {
        Matcher m = BOTH.matcher(t);
        while (m.find()) {
            BigDecimal n = number(m.group(1));
            if (n == null) continue;
            String f = fragment(t, m.start(), m.end());
            out.add(new Quote(Quantity.REVIEW, n, f, false, m.start()));
            out.add(new Quote(Quantity.SUIT, n, f, false, m.start()));
        }
    }

    /** A clause that says no 行政复议 / 行政诉讼 happened (“未发生…行政复议或行政诉讼的情况”): 0 for what it names. */
    private static void none(String t, List<Quote> out) {
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && CLAUSE_END.indexOf(t.charAt(i)) < 0) continue;
            String clause = t.substring(start, i);
            int clauseStart = start;
            start = i + 1;
            if (FIGURE.matcher(clause).find()) continue; // a clause with a figure is read by the other patterns
            Matcher neg = NONE.matcher(clause);
            if (!neg.find()) continue;
            String after = clause.substring(neg.end());
            String f = Numbers.strip(clause);
            if (after.contains("行政复议")) out.add(new Quote(Quantity.REVIEW, BigDecimal.ZERO, f, false, clauseStart));
            if (after.contains("行政诉讼")) out.add(new Quote(Quantity.SUIT, BigDecimal.ZERO, f, false, clauseStart));
        }
    }

    /** The figure is not the tail of a longer number and not “每一件” (each one). */
    private static boolean figureStandsAlone(String t, int figureStart) {
        if (figureStart > 0) {
            char c = t.charAt(figureStart - 1);
            if (Character.isDigit(c) || Numbers.isChineseNumeralChar(c)) return false;
            if ("每任逐这那此某同单第".indexOf(c) >= 0) return false;
        }
        return true;
    }

    /** “（含上年度结转…）” right after a received count. */
    private static boolean followedByCarryOverNote(String t, int end) {
        String rest = Numbers.strip(t.substring(end));
        if (!(rest.startsWith("（含") || rest.startsWith("(含"))) return false;
        int close = rest.indexOf('）') >= 0 ? rest.indexOf('）') : rest.indexOf(')');
        String note = close > 0 ? rest.substring(0, close) : rest;
        return note.contains("结转");
    }

    private static String before(String t, int at, int n) {
        return t.substring(Math.max(0, at - n), at);
    }

    /** From the start of the clause (at most 30 characters back) to the end of the match. */
    private static String fragment(String t, int start, int end) {
        int s = start;
        while (s > 0 && start - s < 30 && CLAUSE_END.indexOf(t.charAt(s - 1)) < 0) s--;
        return Numbers.strip(t.substring(s, end));
    }

    private static BigDecimal number(String figure) {
        String f = figure.replace(",", "").replace("，", "");
        if (!f.isEmpty() && Character.isDigit(f.charAt(0))) return new BigDecimal(f);
        return Numbers.chinese(f);
    }

    private static List<Quote> dedupe(List<Quote> quotes) {
        quotes.sort(Comparator.comparingInt((Quote q) -> q.position)); // stable: kinds found at one place keep their order
        Set<String> seen = new LinkedHashSet<>();
        List<Quote> out = new ArrayList<>();
        for (Quote q : quotes) {
            if (seen.add(q.quantity + ":" + Numbers.plain(q.number))) out.add(q);
        }
        return Collections.unmodifiableList(out);
    }
}
