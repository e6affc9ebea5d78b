package org.nianbao.core.bound;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.parse.Numbers;

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

    /** The paragraphs with {QUANTITY} placeholders, in the order they are inserted. */
    private static final List<String> TEMPLATES = List.of(
            "本年度共收到政府信息公开申请{RECEIVED}件，上年结转{CARRIED_OVER}件，办结{ANSWERED}件，结转下年度继续办理{CARRIED_FORWARD}件。"
                    + "办结的申请中，予以公开{GRANTED}件，部分公开{PARTIAL}件，不予公开{DENIED}件，无法提供{UNABLE}件，"
                    + "不予处理{NOT_PROCESSED}件，其他处理{OTHER_HANDLING}件。",
            "本年度因政府信息公开工作被申请行政复议{REVIEW}件，被提起行政诉讼{SUIT}件。",
            "本年度制发规章{RULES_ISSUED}件，制发行政规范性文件{NORMATIVE_ISSUED}件；"
                    + "现行有效规章{RULES_IN_FORCE}件，现行有效行政规范性文件{NORMATIVE_IN_FORCE}件。"
                    + "作出行政许可决定{LICENSING}件，作出行政处罚决定{PENALTY}件，作出行政强制决定{COERCION}件。");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Z_]+)\\}");

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
                String key = Quantity.valueOf(m.group(1)).key;
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
            while (m.find()) out.add(Quantity.valueOf(m.group(1)).key);
        }
        return out;
    }

    /** A bound number as text: plain digits, or {@link #UNKNOWN}. */
    public static String text(BigDecimal value) {
        return value == null ? UNKNOWN : Numbers.plain(value);
    }
}
