package org.nianbao.core.bound;

import org.nianbao.core.schema.CellKey;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.nianbao.core.doc.BoundSpan;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.T3Row;

/**
 * What a number in the text can be bound to: a cell of the tables (its model key) or one of the few sums
 * the narrative quotes that no single cell holds (行政诉讼 = 未经复议直接起诉 + 复议后起诉; 不予公开 = its eight
 * rows …), and the bookmark names that carry the binding in the document.
 *
 * <p>Names are Word-safe (a letter first, then letters, digits and “_”, at most 40 characters, so .docx keeps
 * them): {@code NB<serial>_<key with . as _>}, e.g. {@code NB3_apply_new_total}; a key too long for that is
 * cut and ends in 8 hex digits of its CRC-32. The serial tells apart two bookmarks of the same key.
 */
public final class BoundKey {
    /** Word's limit for a bookmark name. */
    public static final int MAX_NAME = 40;
    /** 行政诉讼 in all: the two suit groups of table 四. */
    public static final String SUITS = CellKey.of(TableId.T4, "suits", "total").id();

    private static final Pattern NAME = Pattern.compile(BoundSpan.PREFIX + "(\\d{1,6})_([A-Za-z0-9_]+)");
    private static final Map<String, List<String>> SUMS = sums();
    private static final Map<String, String> BY_BODY = new HashMap<>();

    static {
        for (String key : keys()) {
            for (int serialDigits = 1; serialDigits <= 6; serialDigits++) BY_BODY.putIfAbsent(body(key, serialDigits), key);
        }
    }

    private BoundKey() {
    }

    /** Every key a number can be bound to: the sums first, then every value cell of the schema. */
    public static List<String> keys() {
        List<String> out = new ArrayList<>(SUMS.keySet());
        for (CellDef c : ReportSchema.get().cells()) out.add(c.key);
        return out;
    }

    public static boolean isKnown(String key) {
        return key != null && (SUMS.containsKey(key) || ReportSchema.get().hasCell(key));
    }

    /** The cells a sum adds up (one cell: itself). */
    public static List<String> cells(String key) {
        List<String> sum = SUMS.get(key);
        return sum != null ? sum : List.of(key);
    }

    public static TableId table(String key) {
        return TableId.ofKey(key);
    }

    /** The bound value from the cells' values ({@code operand}: a cell's value or null); null when one is unknown. */
    public static BigDecimal value(String key, Function<String, BigDecimal> operand) {
        BigDecimal total = BigDecimal.ZERO;
        for (String c : cells(key)) {
            BigDecimal v = operand.apply(c);
            if (v == null) return null;
            total = total.add(v);
        }
        return total;
    }

    /** The key in words, e.g. “表三 一、本年新收政府信息公开申请数量 / 总计”, “表四 行政诉讼（合计）”. */
    public static String describe(String key, boolean zh) {
        if (SUMS.containsKey(key)) {
            TableId t = table(key);
            String what = key.equals(SUITS) ? (zh ? "行政诉讼（合计）" : "administrative suits (all)") : sumLabel(key, zh);
            return (zh ? t.nameZh : t.nameEn) + " " + what;
        }
        ReportSchema s = ReportSchema.get();
        if (!s.hasCell(key)) return key;
        return zh ? s.cell(key).displayZh() : s.cell(key).displayEn();
    }

    /**
     * A bound number's text as a number: plain digits (ASCII or full-width, thousands separators allowed,
     * a decimal part for amounts), else null (“（待填）”, words, a stray letter).
     */
    public static BigDecimal number(String text) {
        String t = org.nianbao.core.parse.Numbers.digitsToAscii(text == null ? "" : text).strip().replace(",", "").replace("，", "");
        if (!t.matches("\\d{1,15}(\\.\\d{1,6})?")) return null;
        return new BigDecimal(t);
    }

    /** The highest serial among names (0 when none is ours), so a new bookmark takes the next one. */
    public static int highestSerial(Iterable<String> names) {
        int max = 0;
        for (String n : names) max = Math.max(max, serialOf(n));
        return max;
    }

    /** The bookmark name for the {@code serial}-th number bound to {@code key}. */
    public static String name(String key, int serial) {
        if (!isKnown(key)) throw new IllegalArgumentException("not a bindable key: " + key);
        if (serial < 0 || serial > 999_999) throw new IllegalArgumentException("serial " + serial);
        String s = Integer.toString(serial);
        return BoundSpan.PREFIX + s + "_" + body(key, s.length());
    }

    /** The key a bookmark name carries, or null for a name that is not ours or names no known key. */
    public static String keyOf(String name) {
        if (name == null) return null;
        Matcher m = NAME.matcher(name);
        if (!m.matches()) return null;
        String key = BY_BODY.get(m.group(2));
        return key != null && body(key, m.group(1).length()).equals(m.group(2)) ? key : null;
    }

    /** The serial of one of our names, or -1. */
    public static int serialOf(String name) {
        Matcher m = name == null ? null : NAME.matcher(name);
        return m != null && m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static String body(String key, int serialDigits) {
        String plain = key.replace('.', '_');
        int room = MAX_NAME - BoundSpan.PREFIX.length() - serialDigits - 1;
        if (plain.length() <= room) return plain;
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        String hash = String.format(Locale.ROOT, "%08x", crc.getValue());
        return plain.substring(0, room - hash.length() - 1) + "_" + hash;
    }

    private static Map<String, List<String>> sums() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put(SUITS, List.of(CellKey.of(TableId.T4, "suit_direct", "total").id(), CellKey.of(TableId.T4, "suit_after_review", "total").id()));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (T3Row row : ReportSchema.get().t3Rows()) {
            if (row.group == null) continue;
            groups.computeIfAbsent(groupKey(row.key), g -> new ArrayList<>()).add(CellKey.of(TableId.T3, row.key, "total").id());
        }
        for (Map.Entry<String, List<String>> g : groups.entrySet()) out.put(g.getKey(), List.copyOf(g.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /** "results.denied.state_secret" → "apply.results.denied.total". */
    private static String groupKey(String rowKey) {
        return CellKey.of(TableId.T3, CellKey.parentRow(rowKey), "total").id();
    }

    private static String sumLabel(String key, boolean zh) {
        for (T3Row row : ReportSchema.get().t3Rows()) {
            if (row.group != null && groupKey(row.key).equals(key)) {
                return zh ? row.group + "（合计）" : row.group + " (sum)";
            }
        }
        return key;
    }
}
