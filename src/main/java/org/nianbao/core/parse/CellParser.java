package org.nianbao.core.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.parse.ParsedCell.Kind;
import org.nianbao.core.rules.Rule;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.ValueType;

/**
 * Reads the text of one value cell (a count of 件 or an amount in 万元) into a {@link ParsedCell}.
 * Never throws. Outcomes (rule ids in brackets):
 * <ul>
 * <li>plain numbers, with spaces/NBSP/U+3000/line breaks around them, full-width digits (１２) and valid
 *     thousands separators (1,234 / 1，234 / １，２３４): the value, no finding;</li>
 * <li>blank, or only U+3000: BLANK [P-6 warning, type 0]; / ／ — —— - － 无 暂无: PLACEHOLDER [P-6];</li>
 * <li>readable but not a plain number — 12.0 in a count, 12件 / 12 件 / 3.5万元, 十二 / 一百零五 / 〇 / 零, 1e3,
 *     007, +5: the value, [C-NUM warning] with the plain number to type;</li>
 * <li>a count with decimals (1.5) or any negative number (-3): the value as written, [R-IMP-4 error];</li>
 * <li>an amount written in 元 (3940元): the value converted to 万元 (0.394), [R-OFF-3 error] with 0.394 to type;</li>
 * <li>an amount needing more decimals than the profile allows: the value, [L-DEC warning] with the rounded number;</li>
 * <li>anything else — text, formulas (=1+2), numbers with notes (12（含上年结转3）), malformed grouping (1,23),
 *     digits separated by spaces, a count unit in an amount cell or 万元 in a count cell, more than
 *     {@value #MAX_LENGTH} characters: INVALID, value null, [R-IMP-4 error]; where the intended number is
 *     certain (a note after a number, a sum formula) it is given as the expected value.</li>
 * </ul>
 */
public final class CellParser {
    /** Longer texts are not numbers (the message shows the start only). */
    public static final int MAX_LENGTH = 64;
    /** Characters of the cell text quoted in a message. */
    static final int QUOTE_LENGTH = 30;
    /** Characters of the cell text kept in a finding's {@code actual} field. */
    static final int ACTUAL_LENGTH = 200;
    /** Exponents beyond this are not read (1e3 is; 1e400 is not). */
    private static final int MAX_EXPONENT = 20;

    private static final Pattern NUMBER =
            Pattern.compile("([+-])?(\\d[\\d,]*)?(?:\\.(\\d*))?(?:[eE]([+-]?\\d{1,6}))?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+");
    private static final Pattern PLACEHOLDER = Pattern.compile("[-/\\\\—–―‐‑─━_]{1,6}|无|暂无");
    private static final Pattern SUM_FORMULA = Pattern.compile("=\\s*\\d+(?:\\s*\\+\\s*\\d+)*\\s*");
    private static final String[] COUNT_UNITS = {"件", "个", "条", "项"};
    private static final String[] AMOUNT_UNITS = {"万元", "万", "元"};
    private static final String NOTE_OPENERS = "([【〔<《";

    private CellParser() {
    }

    /** Parses the text of a schema cell by key. */
    public static ParsedCell parse(String key, String text, Profile profile) {
        return parse(ReportSchema.get().cell(key), text, profile);
    }

    /** Parses a cell text for the given cell; {@code profile} may be null (national: no decimals prescribed). */
    public static ParsedCell parse(CellDef def, String text, Profile profile) {
        Integer decimals = profile == null ? null : profile.amountDecimals;
        try {
            return new Reading(def, text, decimals).read();
        } catch (RuntimeException e) { // defensive: no input may break a check
            String t = text == null ? "" : text;
            return new ParsedCell(def.key, t, Kind.INVALID, null, List.of(invalid(def, t, null)));
        }
    }

    /** One reading of one text. */
    private static final class Reading {
        final CellDef def;
        final String text;
        final Integer decimals;
        final List<Finding> findings = new ArrayList<>();

        Reading(CellDef def, String text, Integer decimals) {
            this.def = def;
            this.text = text == null ? "" : text;
            this.decimals = decimals;
        }

        ParsedCell read() {
            String s = Numbers.strip(text);
            if (s.isEmpty()) {
                findings.add(Findings.of(Rule.P_6, def.key, "0", actual(text), "parse.blank", cell()));
                return result(Kind.BLANK, null);
            }
            if (s.codePointCount(0, s.length()) > MAX_LENGTH) return invalidResult(null);
            if (isPlainDigits(s)) return value(new BigDecimal(s), Notation.PLAIN, null); // most cells: what the pattern reads
            String a = Numbers.toAscii(s);
            if (PLACEHOLDER.matcher(a).matches()) {
                findings.add(Findings.of(Rule.P_6, def.key, "0", actual(text), "parse.placeholder", cell(), quote(text)));
                return result(Kind.PLACEHOLDER, null);
            }
            if (a.startsWith("=")) return formula(a);

            Matcher m = NUMBER.matcher(a);
            if (m.lookingAt() && (m.group(2) != null || m.group(3) != null && !m.group(3).isEmpty())) {
                return fromDigits(m, a.substring(m.end()));
            }
            int n = 0;
            while (n < a.length() && Numbers.isChineseNumeralChar(a.charAt(n))) n++;
            if (n > 0) {
                BigDecimal v = Numbers.chinese(a.substring(0, n));
                if (v != null) return withRest(v, Notation.CHINESE, a.substring(n));
            }
            return invalidResult(null);
        }

        /** ASCII digits without a leading zero (“0” itself is one), at most 18: read as {@link #NUMBER} reads them. */
        private static boolean isPlainDigits(String s) {
            int n = s.length();
            if (n > 18 || n > 1 && s.charAt(0) == '0') return false;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') return false;
            }
            return true;
        }

        private ParsedCell fromDigits(Matcher m, String rest) {
            String sign = m.group(1);
            String intPart = m.group(2);
            String frac = m.group(3);
            String exp = m.group(4);
            if (intPart != null && intPart.indexOf(',') >= 0) {
                if (!GROUPED.matcher(intPart).matches()) {
                    findings.add(Findings.of(Rule.R_IMP_4, def.key, null, actual(text), "parse.grouping", cell(), quote(text)));
                    return result(Kind.INVALID, null);
                }
                intPart = intPart.replace(",", "");
            }
            if (exp != null && Math.abs(Integer.parseInt(exp.replace("+", ""))) > MAX_EXPONENT) return invalidResult(null);
            String literal = ("-".equals(sign) ? "-" : "") + (intPart == null ? "0" : intPart)
                    + (frac == null || frac.isEmpty() ? "" : "." + frac) + (exp == null ? "" : "E" + exp);
            BigDecimal v = new BigDecimal(literal);
            Notation notation = Notation.PLAIN;
            if (exp != null) notation = Notation.EXPONENT;
            else if ("+".equals(sign)) notation = Notation.PLUS;
            else if (def.type == ValueType.COUNT && frac != null && Numbers.isInteger(v)) notation = Notation.DECIMAL_POINT;
            else if (intPart != null && intPart.length() > 1 && intPart.charAt(0) == '0') notation = Notation.LEADING_ZEROS;
            else if (frac != null && frac.isEmpty()) notation = Notation.DECIMAL_POINT; // “12.”
            return withRest(v, notation, rest);
        }

        /** What follows the number: nothing, a unit, a note in brackets, or anything else (invalid). */
        private ParsedCell withRest(BigDecimal v, Notation notation, String rest) {
            String r = Numbers.strip(rest);
            String unit = null;
            for (String u : allUnits()) {
                if (r.startsWith(u)) {
                    unit = u;
                    r = Numbers.strip(r.substring(u.length()));
                    break;
                }
            }
            if (!r.isEmpty()) {
                if (NOTE_OPENERS.indexOf(r.charAt(0)) >= 0) return note(v, unit);
                return invalidResult(null);
            }
            if (unit != null && !unitFits(unit)) return invalidResult(null);
            return value(v, notation, unit);
        }

        private ParsedCell value(BigDecimal v, Notation notation, String unit) {
            if (v.signum() < 0) {
                findings.add(Findings.of(Rule.R_IMP_4, def.key, null, actual(text), "parse.negative", cell(), quote(text)));
                return result(Kind.VALUE, v);
            }
            if (def.type == ValueType.COUNT) {
                if (!Numbers.isInteger(v)) {
                    findings.add(Findings.of(Rule.R_IMP_4, def.key, null, actual(text), "parse.fraction", cell(), quote(text)));
                    return result(Kind.VALUE, v);
                }
                v = v.setScale(0, RoundingMode.UNNECESSARY);
            } else if ("元".equals(unit)) {
                v = v.movePointLeft(4);
                findings.add(Findings.of(Rule.R_OFF_3, def.key, Numbers.plain(v), actual(text), "parse.yuan",
                        cell(), quote(text), Numbers.plain(v)));
                notation = Notation.PLAIN;
                unit = null;
            }
            if (unit != null && notation == Notation.PLAIN) notation = Notation.UNIT;
            if (notation != Notation.PLAIN) {
                findings.add(Findings.of(Rule.C_NUM, def.key, Numbers.plain(v), actual(text), notation.messageId,
                        cell(), quote(text), Numbers.plain(v)));
            }
            if (def.type == ValueType.AMOUNT && decimals != null && Numbers.decimalsNeeded(v) > decimals) {
                String rounded = v.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
                findings.add(Findings.of(Rule.L_DEC, def.key, rounded, actual(text), "parse.decimals",
                        cell(), quote(text), String.valueOf(decimals), rounded));
            }
            return result(Kind.VALUE, v);
        }

        /** A number followed by a note in brackets: invalid, but the number is the likely intent. */
        private ParsedCell note(BigDecimal v, String unit) {
            boolean usable = v.signum() >= 0 && (unit == null || unitFits(unit) && !"元".equals(unit))
                    && (def.type == ValueType.AMOUNT || Numbers.isInteger(v));
            if (!usable) return invalidResult(null);
            String expected = Numbers.plain(v);
            findings.add(Findings.of(Rule.R_IMP_4, def.key, expected, actual(text), "parse.note", cell(), quote(text), expected));
            return result(Kind.INVALID, null);
        }

        private ParsedCell formula(String a) {
            String expected = null;
            if (SUM_FORMULA.matcher(a).matches()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (String part : a.substring(1).split("\\+")) sum = sum.add(new BigDecimal(part.trim()));
                expected = Numbers.plain(sum);
            }
            findings.add(Findings.of(Rule.R_IMP_4, def.key, expected, actual(text),
                    expected == null ? "parse.formula" : "parse.formulaResult", cell(), quote(text), expected));
            return result(Kind.INVALID, null);
        }

        private ParsedCell invalidResult(String expected) {
            findings.add(invalid(def, text, expected));
            return result(Kind.INVALID, null);
        }

        private String[] allUnits() {
            return def.type == ValueType.COUNT ? concat(COUNT_UNITS, AMOUNT_UNITS) : concat(AMOUNT_UNITS, COUNT_UNITS);
        }

        private boolean unitFits(String unit) {
            for (String u : def.type == ValueType.COUNT ? COUNT_UNITS : AMOUNT_UNITS) if (u.equals(unit)) return true;
            return false;
        }

        private Localized cell() {
            return Localized.cell(def);
        }

        private ParsedCell result(Kind kind, BigDecimal v) {
            return new ParsedCell(def.key, text, kind, v, findings);
        }
    }

    /** How a readable number deviates from a plain one (C-NUM), with the message that says so. */
    private enum Notation {
        PLAIN(null), CHINESE("parse.chinese"), EXPONENT("parse.exponent"), UNIT("parse.unit"),
        DECIMAL_POINT("parse.decimalPoint"), LEADING_ZEROS("parse.leadingZeros"), PLUS("parse.plusSign");

        final String messageId;

        Notation(String messageId) {
            this.messageId = messageId;
        }
    }

    private static Finding invalid(CellDef def, String text, String expected) {
        String id = def.type == ValueType.COUNT ? "parse.invalidCount" : "parse.invalidAmount";
        return Findings.of(Rule.R_IMP_4, def.key, expected, actual(text), id, Localized.cell(def), quote(text));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The cell text for a message: one line, blanks collapsed, at most {@value #QUOTE_LENGTH} characters. */
    public static String quote(String text) {
        return shorten(Numbers.strip(text).replaceAll("[\\s\\u00A0\\u3000]+", " "), QUOTE_LENGTH);
    }

    /** The cell text for a finding's {@code actual} field: as typed, cut at {@value #ACTUAL_LENGTH} characters. */
    public static String actual(String text) {
        return shorten(text == null ? "" : text, ACTUAL_LENGTH);
    }

    private static String shorten(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) return s;
        return s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }
}
