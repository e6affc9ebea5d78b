package org.nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Place;
import org.nianbao.core.parse.Findings;
import org.nianbao.core.parse.Localized;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

/**
 * Rules on the wording of the whole text (the preamble and every section, template guidance removed),
 * each finding at its sentence:
 * <ul>
 * <li>D-YEAR: the 统计期限 sentence names another year than the title, or the organ's own work is dated
 *     another year (“本机关2022年度共收到…” in a 2023 report); comparisons (较、同比、上年) are left alone;</li>
 * <li>D-BASIS: a 2021-or-later report cites 国办公开办函〔2019〕60号, 国务院令第492号 or the 试行 format
 *     (never T-2019: that is about tables);</li>
 * <li>D-TERM (info): domain misspellings from a small lexicon, doubled words (资金资金), and ASCII
 *     punctuation between Chinese characters (one finding per section);</li>
 * <li>N-CONTRA: “均已办结 / 全部办结 / 办结率100% / 无结转” while 四、结转下年度继续办理 &gt; 0, or “尚有N件正在办理”
 *     while it is 0;</li>
 * <li>S-LENGTH, S-TOPIC (local profile): 一 longer than allowed, or a required sub-topic absent.</li>
 * </ul>
 */
final class TextRules {
    private static final Pattern PERIOD = Pattern.compile("统计期限[^。；]*?(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日[^。；]*?(\\d{4})\\s*年\\s*12\\s*月\\s*31\\s*日");
    private static final Pattern OWN_WORK = Pattern.compile("(本机关|本单位|本部门|本局|本委|本办|本院|本中心|我局|我委|我办|我院|我单位|我部门|我中心|我市|我县|我区|我镇)于?(\\d{4})\\s*年度?(?:全年)?(?:共|累计)?(?:收到|受理|新收|主动公开|公开发布|发布|制发|办理|办结)");
    private static final Pattern YEAR_LEAD = Pattern.compile("^(\\d{4})\\s*年度?[，,]?(?:全年)?(?:本机关|本单位|我局|我委|我办)?(?:全年)?共(?:收到|受理|新收|主动公开|发布)");
    private static final Pattern COMPARISON = Pattern.compile("较|同比|相比|比上年|上年|去年|结转|上一年");
    private static final Pattern OLD_NOTICE = Pattern.compile("[〔\\[【(（]\\s*2019\\s*[〕\\]】)）]\\s*60\\s*号");
    private static final Pattern OLD_DECREE = Pattern.compile("第\\s*492\\s*号|492\\s*号令");
    private static final Pattern TRIAL_FORMAT = Pattern.compile("格式\\s*[（(]\\s*试行\\s*[）)]|试行[^。；]{0,8}格式");
    private static final Pattern CONCLUDED_ALL = Pattern.compile("均已办结|全部办结|均已全部办结|已全部办结|全部予以办结|办结率(?:为|达|达到)?\\s*(?:100\\s*[%％]|百分之百)|无结转|没有结转|未有结转|不存在结转|无顺延");
    private static final Pattern STILL_OPEN = Pattern.compile("(?:尚有|仍有|还有)\\s*(\\d+)\\s*件(?:申请)?(?:正在办理|尚未办结|未办结|在办|正在处理)");
    private static final Pattern DOUBLED = Pattern.compile("([\\u4e00-\\u9fff]{2,4})\\1");
    private static final Pattern NUMERAL_WORD = Pattern.compile("[〇零一二两三四五六七八九十百千万年月日]");
    /** Words that end one compound and start the next (市政府政府信息, 依申请申请人): not doubled words. */
    private static final java.util.Set<String> OVERLAPPING = java.util.Set.of("政府", "公开", "信息", "工作", "申请", "行政",
            "办理", "服务", "管理", "人民", "部门", "中心", "委员", "处理", "文件", "规范", "公示", "平台", "政务");
    private static final Pattern ASCII_PUNCT = Pattern.compile("[\\u4e00-\\u9fff][,;:?!]\\s?[\\u4e00-\\u9fff]");
    /** Misspelling → the term meant. Kept small: each entry was seen in published reports or a peer tool's lexicon. */
    private static final Map<Pattern, String> LEXICON = new LinkedHashMap<>();

    static {
        LEXICON.put(Pattern.compile("(?<![流运周扭好旋])转结(?![束果合构])"), "结转");
        LEXICON.put(Pattern.compile("行政法复议"), "行政复议");
        LEXICON.put(Pattern.compile("行政复义"), "行政复议");
        LEXICON.put(Pattern.compile("行政诉颂"), "行政诉讼");
        LEXICON.put(Pattern.compile("规范型文件"), "规范性文件");
        LEXICON.put(Pattern.compile("政府信息公开条理"), "政府信息公开条例");
        LEXICON.put(Pattern.compile("信息处理费费"), "信息处理费");
    }

    private TextRules() {
    }

    /** A text of the report: the preamble (section null) or a section, guidance removed. */
    static final class Part {
        final String section;
        final String text;

        Part(String section, String text) {
            this.section = section;
            this.text = text;
        }
    }

    static List<Part> parts(Context ctx) {
        List<Part> out = new ArrayList<>();
        List<String> pre = ctx.report.preamble();
        // the title lines are the title's (D-TITLE), not text
        StringBuilder b = new StringBuilder();
        for (String p : pre) {
            if (ctx.report.title() != null && Numbers.digitsToAscii(p).replaceAll("\\s+", "").length() <= 50 && p.indexOf('。') < 0) continue;
            b.append(p).append('\n');
        }
        if (b.length() > 0) out.add(new Part(null, b.toString()));
        for (SectionDef s : ctx.schema.sections()) {
            String t = SectionTexts.withoutGuidance(ctx.report.sectionText(s.key));
            if (t != null && !t.isEmpty()) out.add(new Part(s.key, t));
        }
        return out;
    }

    static void check(Context ctx, List<Finding> out) {
        List<Part> parts = parts(ctx);
        Integer year = ctx.report.year();
        BigDecimal forward = ctx.has(TableId.T3) ? ctx.operand(org.nianbao.core.bound.Quantity.CARRIED_FORWARD.key) : null;
        boolean basisApplies = year == null ? !ctx.report.tablesFound().isEmpty() : year >= 2021;
        for (Part part : parts) {
            int asciiPunct = 0;
            Sentences.Sentence firstAscii = null;
            for (Sentences.Sentence s : Sentences.of(part.text)) {
                String t = Numbers.digitsToAscii(s.text);
                Place at = Place.sentence(part.section, s.text, s.start, s.end);
                if (year != null) year(t, year, at, out);
                if (basisApplies) basis(t, at, out);
                if (forward != null) contradiction(t, forward, at, out);
                terms(t, at, out);
                if (ASCII_PUNCT.matcher(t).find()) {
                    if (asciiPunct++ == 0) firstAscii = s;
                }
            }
            if (asciiPunct > 0) {
                out.add(Findings.at(Rule.D_TERM, Place.sentence(part.section, firstAscii.text, firstAscii.start, firstAscii.end),
                        null, null, "rule.dterm.ascii", asciiPunct, firstAscii.text));
            }
        }
        overviewProfile(ctx, out);
    }

    private static void year(String t, int year, Place at, List<Finding> out) {
        Matcher p = PERIOD.matcher(t);
        if (p.find()) {
            for (int g = 1; g <= 2; g++) {
                int y = Integer.parseInt(p.group(g));
                if (y != year) {
                    out.add(Findings.at(Rule.D_YEAR, at, String.valueOf(year), String.valueOf(y), "rule.dyear.period", at.sentence, y, year));
                    return;
                }
            }
            return;
        }
        if (COMPARISON.matcher(t).find()) return;
        Matcher m = OWN_WORK.matcher(t);
        Integer named = m.find() ? Integer.valueOf(m.group(2)) : null;
        if (named == null) {
            Matcher lead = YEAR_LEAD.matcher(t);
            if (lead.find()) named = Integer.valueOf(lead.group(1));
        }
        if (named != null && named != year) {
            out.add(Findings.at(Rule.D_YEAR, at, String.valueOf(year), String.valueOf(named), "rule.dyear.work", at.sentence, named, year));
        }
    }

    private static void basis(String t, Place at, List<Finding> out) {
        String cited = null;
        Matcher m;
        if ((m = OLD_NOTICE.matcher(t)).find() || (m = OLD_DECREE.matcher(t)).find() || (m = TRIAL_FORMAT.matcher(t)).find()) {
            cited = m.group();
        }
        if (cited != null) out.add(Findings.at(Rule.D_BASIS, at, null, cited, "rule.dbasis", at.sentence, cited));
    }

    private static void contradiction(String t, BigDecimal forward, Place at, List<Finding> out) {
        if (forward.signum() > 0) {
            Matcher m = CONCLUDED_ALL.matcher(t);
            if (m.find()) {
                out.add(Findings.at(Rule.N_CONTRA, at, null, m.group(), "rule.ncontra.allDone", at.sentence, m.group(),
                        Numbers.plain(forward)));
            }
        } else if (forward.signum() == 0) {
            Matcher m = STILL_OPEN.matcher(t);
            if (m.find() && Integer.parseInt(m.group(1)) > 0) {
                out.add(Findings.at(Rule.N_CONTRA, at, "0", m.group(1), "rule.ncontra.stillOpen", at.sentence, m.group(1)));
            }
        }
    }

    private static void terms(String t, Place at, List<Finding> out) {
        for (Map.Entry<Pattern, String> e : LEXICON.entrySet()) {
            Matcher m = e.getKey().matcher(t);
            if (m.find()) out.add(Findings.at(Rule.D_TERM, at, e.getValue(), m.group(), "rule.dterm.word", m.group(), e.getValue(), at.sentence));
        }
        Matcher d = DOUBLED.matcher(t);
        while (d.find()) {
            if (NUMERAL_WORD.matcher(d.group(1)).find() || OVERLAPPING.contains(d.group(1))) continue;
            out.add(Findings.at(Rule.D_TERM, at, d.group(1), d.group(), "rule.dterm.doubled", d.group(), d.group(1), at.sentence));
            break;
        }
    }

    private static void overviewProfile(Context ctx, List<Finding> out) {
        String text = SectionTexts.withoutGuidance(ctx.report.sectionText(NarrativeRules.OVERVIEW));
        if (text == null) return;
        SectionDef section = ctx.schema.section(NarrativeRules.OVERVIEW);
        Localized heading = Localized.of(section.heading, section.headingEn);
        Integer max = ctx.profile == null ? null : ctx.profile.overviewMaxChars;
        int length = SectionTexts.compact(text).length();
        if (max != null && length > max) {
            out.add(Findings.at(Rule.S_LENGTH, Place.section(section.key), String.valueOf(max), String.valueOf(length),
                    "rule.slength", heading, length, max, ctx.profile.id));
        }
        if (ctx.profile == null || ctx.profile.overviewTopics.isEmpty()) return;
        List<String> missing = new ArrayList<>();
        for (List<String> topic : ctx.profile.overviewTopics) {
            boolean found = false;
            for (String word : topic) if (text.contains(word)) found = true;
            if (!found) missing.add(topic.get(0));
        }
        if (!missing.isEmpty()) {
            out.add(Findings.at(Rule.S_TOPIC, Place.section(section.key), null, null, "rule.stopic", heading,
                    String.join("、", missing), ctx.profile.id));
        }
    }
}
