package org.nianbao.core.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Place;
import org.nianbao.core.parse.Findings;
import org.nianbao.core.parse.Localized;
import org.nianbao.core.schema.SectionDef;

/**
 * Y-COPY: the share of this year's text that repeats last year's, per section and for the whole text.
 * A character is repeated when it lies in a run of {@value #SHINGLE} characters that last year's text
 * (the same section, or anywhere for the whole) also has. Compared: the section texts without headings,
 * template guidance, tables, boilerplate sentences (统计期限, 本报告由…编制, 如对本报告有疑问 …), numbers,
 * punctuation and blanks. A warning at or above the profile's threshold (default 50 %) for the whole
 * text and for each section of at least {@value #MIN_SECTION} characters; the ratios are returned for
 * every section either way.
 */
final class CopyRules {
    static final String WHOLE = "whole";
    private static final int SHINGLE = 8;
    private static final int MIN_SECTION = 60;
    private static final Pattern BOILERPLATE = Pattern.compile("统计期限|本报告由|本年度报告由|编制本报告|如对本报告|对本报告有|电子版可|年度报告中使用数据|本报告所列数据|下载本报告");
    private static final Pattern DROPPED = Pattern.compile("[\\p{P}\\p{S}\\s\\u3000\\d０-９]");

    private CopyRules() {
    }

    /** Ratios by section key and {@value #WHOLE}; warnings into {@code out}. */
    static Map<String, Double> check(Context ctx, Context previous, List<Finding> out) {
        Map<String, Double> ratios = new LinkedHashMap<>();
        StringBuilder allNow = new StringBuilder();
        StringBuilder allLast = new StringBuilder();
        double threshold = ctx.profile == null ? org.nianbao.core.model.Profile.DEFAULT_COPY_THRESHOLD : ctx.profile.copyThreshold;
        for (SectionDef s : ctx.schema.sections()) {
            String now = prepared(ctx.report.sectionText(s.key));
            String last = prepared(previous.report.sectionText(s.key));
            allNow.append(now).append('|');
            allLast.append(last).append('|');
            if (now.isEmpty()) continue;
            double r = ratio(now, shingles(last));
            ratios.put(s.key, round(r));
            if (now.length() >= MIN_SECTION && r >= threshold) {
                out.add(Findings.at(Rule.Y_COPY, Place.section(s.key), percent(threshold), percent(r), "rule.ycopy.section",
                        Localized.of(s.heading, s.headingEn), percent(r), percent(threshold)));
            }
        }
        if (allNow.length() > ctx.schema.sections().size()) {
            double whole = ratio(allNow.toString(), shingles(allLast.toString()));
            ratios.put(WHOLE, round(whole));
            if (whole >= threshold) {
                out.add(Findings.at(Rule.Y_COPY, Place.document(), percent(threshold), percent(whole), "rule.ycopy.whole",
                        percent(whole), percent(threshold)));
            }
        }
        return ratios;
    }

    /** Sentences without boilerplate, then without numbers, punctuation and blanks. */
    static String prepared(String sectionText) {
        String t = SectionTexts.withoutGuidance(sectionText);
        if (t == null) return "";
        StringBuilder b = new StringBuilder();
        for (Sentences.Sentence s : Sentences.of(t)) {
            if (BOILERPLATE.matcher(s.text).find()) continue;
            b.append(DROPPED.matcher(s.text).replaceAll(""));
        }
        return b.toString();
    }

    private static Set<Long> shingles(String t) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= t.length(); i++) out.add(hash(t, i));
        return out;
    }

    /** Share of characters of {@code t} covered by a shingle also in {@code last}. */
    static double ratio(String t, Set<Long> last) {
        if (t.isEmpty()) return 0;
        if (t.length() < SHINGLE) return last.isEmpty() ? 0 : 0;
        boolean[] covered = new boolean[t.length()];
        for (int i = 0; i + SHINGLE <= t.length(); i++) {
            if (last.contains(hash(t, i))) for (int j = i; j < i + SHINGLE; j++) covered[j] = true;
        }
        int n = 0;
        for (boolean c : covered) if (c) n++;
        return (double) n / t.length();
    }

    private static long hash(String t, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + SHINGLE; i++) h = 31 * h + t.charAt(i);
        return h;
    }

    private static double round(double r) {
        return Math.round(r * 1000) / 1000.0;
    }

    static String percent(double r) {
        return Math.round(r * 100) + "%";
    }
}
