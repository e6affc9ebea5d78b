package org.nianbao.core.recognise;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Normalises label text the way real reports vary it (spec §6, real-world-variants.md): white space
 * of any kind inside labels, half-width vs full-width punctuation, “1、” vs “1.”, full-width digits,
 * quotes; and compares labels with an edit-distance similarity so that small typos still match.
 */
public final class LabelText {
    private LabelText() {
    }

    /** Known wordings that differ more than a typo but mean the official label. */
    private static final Map<String, String> ALIASES = Map.of(
            "社会组织", "社会公益组织",
            "法人或者其他组织", "法人或其他组织");

    private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d+\\.|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)");
    /** Normalised official labels (a bounded set: the schema's strings), computed once. */
    private static final Map<String, String> OFFICIAL = new ConcurrentHashMap<>();
    private static final Map<String, String> OFFICIAL_BARE = new ConcurrentHashMap<>();

    /** {@link #normalize} of an official label (a schema string), cached: recognisers compare every cell with them. */
    public static String official(String label) {
        return OFFICIAL.computeIfAbsent(label, LabelText::normalize);
    }

    /** {@link #withoutNumber} of {@link #official}, cached. */
    public static String officialBare(String label) {
        return OFFICIAL_BARE.computeIfAbsent(label, l -> withoutNumber(official(l)));
    }

    /** Normalised text with known alias wordings replaced by the official one (for matching). */
    public static String normalize(String text) {
        String s = normalizeForm(text);
        String alias = ALIASES.get(s);
        return alias != null ? alias : s;
    }

    /** Normalised text without aliasing: what differs from the official label here is a real wording variant. */
    public static String normalizeForm(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
        for (int i = 0; i < text.length() && out.length() < 200; i++) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200B' || ch == '\uFEFF') continue;
            switch (ch) {
                case '(': ch = '（'; break;
                case ')': ch = '）'; break;
                case ',': ch = '，'; break;
                case ':': ch = '：'; break;
                case ';': ch = '；'; break;
                case '．': ch = '.'; break;
                case '／': ch = '/'; break;
                case '“': case '”': case '"': case '‘': case '’': case '\'': case '「': case '」':
                    continue;
                default:
                    if (ch >= '０' && ch <= '９') ch = (char) ('0' + (ch - '０'));
            }
            // “1、属于国家秘密” → “1.属于国家秘密”
            if (ch == '、' && out.length() > 0 && Character.isDigit(out.charAt(out.length() - 1))) ch = '.';
            out.append(ch);
        }
        return out.toString();
    }

    /** Removes a leading item number (“1.”, “（三）”, “三、”) so that a label typed without it still matches. */
    public static String withoutNumber(String normalized) {
        return ITEM_NUMBER.matcher(normalized).replaceFirst("");
    }

    /** 1.0 for equal normalised labels, falling with the edit distance relative to the longer one. */
    public static double similarity(String normalizedA, String normalizedB) {
        if (normalizedA.equals(normalizedB)) return 1.0;
        int max = Math.max(normalizedA.length(), normalizedB.length());
        int lengthGap = Math.abs(normalizedA.length() - normalizedB.length());
        if (lengthGap * 3 > max) return 1.0 - (double) lengthGap / max; // too far apart to be worth the DP
        return 1.0 - (double) distance(normalizedA, normalizedB) / max;
    }

    /** Whether a read label is the official one, allowing the small typos real reports carry. */
    public static boolean matches(String normalizedRead, String normalizedOfficial) {
        return similarity(normalizedRead, normalizedOfficial) >= threshold(normalizedOfficial);
    }

    /** Short labels must match closely (one wrong character in “规章” is another word). */
    static double threshold(String normalizedOfficial) {
        int n = normalizedOfficial.length();
        if (n <= 3) return 1.0;
        if (n <= 6) return 0.8;
        return 0.75;
    }

    /** Whether the text contains the label, allowing small typos (used for notes and captions inside longer cells). */
    public static boolean containsLoosely(String normalizedText, String normalizedLabel) {
        if (normalizedText.contains(normalizedLabel)) return true;
        int n = normalizedLabel.length();
        if (normalizedText.length() < n - 2 || n < 6) return false;
        for (int start = 0; start + n - 2 <= normalizedText.length(); start++) {
            String window = normalizedText.substring(start, Math.min(normalizedText.length(), start + n));
            if (similarity(window, normalizedLabel) >= 0.8) return true;
        }
        return false;
    }

    /** Levenshtein distance, on char arrays (every cell label is compared with many official ones). */
    static int distance(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            char xi = x[i - 1];
            for (int j = 1; j <= y.length; j++) {
                int cost = xi == y[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
