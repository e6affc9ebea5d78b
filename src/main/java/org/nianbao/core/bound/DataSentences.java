package org.nianbao.core.bound;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.schema.TableId;

/**
 * The standard sentences of 一、总体情况 that quote the tables (插入数据句): applications received, carried
 * over, concluded and carried forward, and their results; 行政复议 and 行政诉讼; table 二's counts. Each number
 * is a {@link Segment} with its key, so the inserter binds it (a bookmark) and recompute keeps it equal to
 * the tables. The wording is the one published reports use and the P-2 reader recognises, so the sentences
 * stay checkable where the bookmarks are lost (another program, a paste as plain text).
 */
public final class DataSentences {
    /** What a number whose cells are not all known yet reads as (never a guessed 0). */
    public static final String UNKNOWN = "（待填）";

    /** A run of plain text, or a bound number (key not null). */
    public static final class Segment {
        public final String text;
        public final String key;

        Segment(String text, String key) {
            this.text = text;
            this.key = key;
        }

        public boolean isBound() {
            return key != null;
        }
    }

    private static final String T2 = TableId.T2.prefix + ".";
    private static final String T3 = TableId.T3.prefix + ".";
    private static final String T4 = TableId.T4.prefix + ".";

    /** The paragraphs with {key} placeholders, in the order they are inserted. */
    private static final List<String> TEMPLATES = List.of(
            "本年度共收到政府信息公开申请{" + T3 + "new.total}件，上年结转{" + T3 + "carried_over.total}件，"
                    + "办结{" + T3 + "results.total.total}件，结转下年度继续办理{" + T3 + "carry_forward.total}件。"
                    + "办结的申请中，予以公开{" + T3 + "results.granted.total}件，部分公开{" + T3 + "results.partial.total}件，"
                    + "不予公开{" + T3 + "results.denied.total}件，无法提供{" + T3 + "results.unable.total}件，"
                    + "不予处理{" + T3 + "results.not_processed.total}件，其他处理{" + T3 + "results.other_handling.total}件。",
            "本年度因政府信息公开工作被申请行政复议{" + T4 + "review.total}件，被提起行政诉讼{" + BoundKey.SUITS + "}件。",
            "本年度制发规章{" + T2 + "art20_1.rules.issued}件，制发行政规范性文件{" + T2 + "art20_1.normative_docs.issued}件；"
                    + "现行有效规章{" + T2 + "art20_1.rules.in_force}件，现行有效行政规范性文件{" + T2 + "art20_1.normative_docs.in_force}件。"
                    + "作出行政许可决定{" + T2 + "art20_5.licensing.decisions}件，作出行政处罚决定{" + T2 + "art20_6.penalty.decisions}件，"
                    + "作出行政强制决定{" + T2 + "art20_6.coercion.decisions}件。");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_.]+)\\}");

    private DataSentences() {
    }

    /** The paragraphs, each number shown as {@code value} gives it (see {@link #text}). */
    public static List<List<Segment>> paragraphs(Function<String, BigDecimal> operand) {
        List<List<Segment>> out = new ArrayList<>();
        for (String template : TEMPLATES) {
            List<Segment> segments = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(template);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) segments.add(new Segment(template.substring(at, m.start()), null));
                String key = m.group(1);
                if (!BoundKey.isKnown(key)) throw new IllegalStateException("unknown key in a data sentence: " + key);
                segments.add(new Segment(text(BoundKey.value(key, operand)), key));
                at = m.end();
            }
            if (at < template.length()) segments.add(new Segment(template.substring(at), null));
            out.add(segments);
        }
        return out;
    }

    /** Every key the sentences bind, in order. */
    public static List<String> keys() {
        List<String> out = new ArrayList<>();
        for (String template : TEMPLATES) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /** A bound number as text: plain digits, or {@link #UNKNOWN}. */
    public static String text(BigDecimal value) {
        return value == null ? UNKNOWN : Numbers.plain(value);
    }
}
