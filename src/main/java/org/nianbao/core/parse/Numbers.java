package org.nianbao.core.parse;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Character-level helpers for reading numbers in Chinese documents. */
public final class Numbers {
    private Numbers() {
    }

    /** Whitespace in the wide sense: ASCII, NBSP, U+3000, other Unicode spaces, line breaks, zero-width characters. */
    public static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF;
    }

    /** The text without blank characters at either end (never null). */
    public static String strip(String s) {
        if (s == null) return "";
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.codePointAt(start))) start += Character.charCount(s.codePointAt(start));
        while (end > start && isBlank(s.codePointBefore(end))) end -= Character.charCount(s.codePointBefore(end));
        return s.substring(start, end);
    }

    /** Whether the text is empty or blank characters only. */
    public static boolean isBlankText(String s) {
        return strip(s).isEmpty();
    }

    /**
     * Full-width ASCII forms (U+FF01–U+FF5E: １２，．－／（）：) to ASCII, U+3000 to a space, the minus signs
     * U+2212 and U+FE63 to '-'. Other characters are kept.
     */
    public static String toAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) b.append((char) (c - 0xFEE0));
            else if (c == 0x3000) b.append(' ');
            else if (c == 0x2212 || c == 0xFE63) b.append('-');
            else b.append(c);
        }
        return b.toString();
    }

    /** Only the full-width digits ０–９ to ASCII (punctuation is kept, so clauses can still be told apart). */
    public static String digitsToAscii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return b.toString();
    }

    /** A number for people and for finding fields: no exponent, no trailing zeros (“12”, “0.394”, “96171.6”). */
    public static String plain(BigDecimal v) {
        if (v == null) return null;
        if (v.signum() == 0) return "0";
        return v.stripTrailingZeros().toPlainString();
    }

    /** Whether the value is a whole number. */
    public static boolean isInteger(BigDecimal v) {
        return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    /** Decimal places the value needs (0 for whole numbers; trailing zeros do not count). */
    public static int decimalsNeeded(BigDecimal v) {
        return v.signum() == 0 ? 0 : Math.max(0, v.stripTrailingZeros().scale());
    }

    // ------------------------------------------------------------------ Chinese numerals

    /** Whether the character can be part of a Chinese numeral (〇零一二两三四五六七八九十百千万亿 and 壹贰叁…拾佰仟). */
    public static boolean isChineseNumeralChar(char c) {
        return chineseDigit(c) >= 0 || chineseUnit(c) > 0;
    }

    static int chineseDigit(char c) {
        switch (c) {
            case '〇': case '零': return 0;
            case '一': case '壹': return 1;
            case '二': case '两': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    static long chineseUnit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            case '万': return 10_000;
            case '亿': return 100_000_000;
            default: return 0;
        }
    }

    /**
     * The value of a Chinese numeral (十二 → 12, 二十三 → 23, 一百零五 → 105, 〇 → 0, 二〇二一 → 2021,
     * 一百五 → 150), or null when the text is not one well-formed numeral.
     */
    public static BigDecimal chinese(String s) {
        if (s == null || s.isEmpty() || s.length() > 24) return null;
        boolean anyUnit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isChineseNumeralChar(c)) return null;
            if (chineseUnit(c) > 0) anyUnit = true;
        }
        if (!anyUnit) { // digits read position by position: 〇, 五, 二〇二一
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < s.length(); i++) digits.append(chineseDigit(s.charAt(i)));
            return new BigDecimal(new BigInteger(digits.toString()));
        }
        BigInteger total = BigInteger.ZERO;
        long section = 0;
        long number = -1;       // pending digit, -1 for none
        long lastSmall = 10_000; // last 十/百/千 in this section
        long lastUnit = 0;       // the unit just before the pending digit (for 一百五 = 150)
        long lastBig = 0;
        boolean zero = false;    // a 零 since the last unit
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = chineseDigit(c);
            long u = chineseUnit(c);
            if (d == 0) {
                if (number > 0) return null;
                zero = true;
            } else if (d > 0) {
                if (number >= 0) return null; // two digits in a row inside a numeral with units
                number = d;
            } else if (u < 10_000) {
                if (u >= lastSmall) return null;
                long n = number;
                if (n < 0) {
                    if (u != 10 || zero && section == 0) return null;
                    n = 1; // 十二, 一百一十 / 一百十
                }
                section += n * u;
                number = -1;
                lastSmall = u;
                lastUnit = u;
                zero = false;
            } else {
                long n = section + Math.max(number, 0);
                if (n == 0 || u == lastBig) return null;
                if (u == 100_000_000) {
                    total = total.add(BigInteger.valueOf(n)).multiply(BigInteger.valueOf(u));
                } else {
                    total = total.add(BigInteger.valueOf(n).multiply(BigInteger.valueOf(u)));
                }
                lastBig = u;
                section = 0;
                number = -1;
                lastSmall = 10_000;
                lastUnit = u;
                zero = false;
            }
        }
        long tail = Math.max(number, 0);
        if (number > 0 && !zero && lastUnit > 10 && chineseUnit(s.charAt(s.length() - 2)) == lastUnit) {
            tail = number * (lastUnit / 10); // 一百五 = 150, 两万三 = 23000
        }
        return new BigDecimal(total.add(BigInteger.valueOf(section + tail)));
    }
}
