package org.nianbao.core.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.rules.Rule;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;

/**
 * Reads the title (agency and year) and the text under each of the six headings. A heading is a short
 * paragraph, starting with a Chinese numeral and “、” (or with none, for automatic outline numbering),
 * whose words are the section's: it must contain the section's distinctive words (四: 复议 or 诉讼; 六:
 * 其他…报告 …) and resemble the official wording. Sub-items (“1.主动公开”, “（二）依申请公开”) are never
 * headings; a numbered paragraph that is no section's (a stray “一、” inside 一) is body text and notes a
 * second numbering system (S-ORDER). A heading whose words are one section's but whose numeral is
 * another's (“五、其他需要报告的事项”) is that section, with S-ORDER; one found by a tolerant match whose
 * wording differs from the format's gets S-HEADING with the official text.
 */
final class SectionReader {
    private static final Pattern NUMBERED = Pattern.compile("^([一二三四五六七八九十]{1,2})[、．.，,]\\s*(.*)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^([（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、．)）]|[①-⑳])");
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final int MAX_HEADING_LENGTH = 40;
    private static final int MAX_PREAMBLE = 60;
    /** Words a heading must contain to be this section's (spec §2 wording and its real variants). */
    private static final Map<String, Pattern> DISTINCTIVE = Map.of(
            "overview", Pattern.compile("总体"),
            "active", Pattern.compile("主动公开"),
            "apply", Pattern.compile("申请"),
            "appeal", Pattern.compile("复议|诉讼"),
            "problems", Pattern.compile("问题|改进"),
            "other", Pattern.compile("其他|需要报告"));
    private final List<SectionDef> sections = ReportSchema.get().sections();
    /** The section each block of the last document read stands in (null before the first heading). */
    final List<SectionDef> sectionOfBlock = new ArrayList<>();

    void read(DocumentContent doc, Report report) {
        List<String> preamble = new ArrayList<>();
        SectionDef current = null;
        Set<String> seen = new HashSet<>();
        Set<String> secondNumbering = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (Block b : doc.blocks) {
            sectionOfBlock.add(current);
            if (b.isTable()) continue;
            String t = LabelText.normalize(b.text);
            Match heading = headingOf(t);
            if (heading != null && seen.contains(heading.section.key)) {
                if (heading.similarity >= 0.9) order(report, heading.section, "section.order.repeated", heading.section.heading);
                heading = null;
            }
            if (heading != null) {
                if (current != null) report.section(current.key, text.toString().trim());
                noteHeading(report, heading, current, b.text.trim());
                current = heading.section;
                seen.add(current.key);
                text.setLength(0);
                continue;
            }
            if (current == null) {
                if (!b.text.isBlank() && preamble.size() < MAX_PREAMBLE) preamble.add(b.text.trim());
                continue;
            }
            if (b.text.isBlank()) continue;
            if (current != null && restartsNumbering(t) && secondNumbering.add(current.key)) {
                order(report, current, "section.order.twoSystems", current.heading, b.text.trim());
            }
            bound(report, current, b, text.length());
            text.append(b.text.trim()).append('\n');
        }
        if (current != null) report.section(current.key, text.toString().trim());
        report.preamble(preamble);
        TitleReader.read(preamble, report);
        for (SectionDef s : sections) {
            if (report.sectionText(s.key) == null) {
                report.addFinding(Messages.finding(Rule.S_MISSING.id, Severity.WARNING, "section." + s.key, s.heading, null,
                        "section.missing", s.heading));
            }
        }
    }

    /** The paragraph's bound numbers, at their offsets in the section text (the paragraph trimmed, at {@code base}). */
    private static void bound(Report report, SectionDef section, Block b, int base) {
        if (b.bound.isEmpty()) return;
        int lead = 0;
        while (lead < b.text.length() && b.text.charAt(lead) <= ' ') lead++;
        int length = b.text.trim().length();
        for (org.nianbao.core.doc.BoundSpan span : b.bound) {
            String key = org.nianbao.core.bound.BoundKey.keyOf(span.name);
            int start = span.start - lead;
            int end = Math.min(span.end - lead, length);
            if (key == null || start < 0 || end <= start) continue; // not ours, or in the blanks around the text
            report.boundNumber(new org.nianbao.core.model.BoundNumber(key, span.name, section.key, base + start, base + end,
                    b.text.substring(span.start, span.start + (end - start))));
        }
    }

    /** A heading read: which section, its numeral as typed (null when none), how close to the official wording. */
    private static final class Match {
        final SectionDef section;
        final String numeral;
        final double similarity;

        Match(SectionDef section, String numeral, double similarity) {
            this.section = section;
            this.numeral = numeral;
            this.similarity = similarity;
        }
    }

    /** The section this paragraph is the heading of, or null. */
    private Match headingOf(String t) {
        if (t.isEmpty() || t.length() > MAX_HEADING_LENGTH || SUB_ITEM.matcher(t).find()) return null;
        Matcher m = NUMBERED.matcher(t);
        String numeral = m.matches() ? m.group(1) : null;
        String rest = numeral == null ? t : m.group(2);
        Match best = null;
        for (SectionDef s : sections) {
            if (!DISTINCTIVE.get(s.key).matcher(rest).find()) continue;
            String official = LabelText.normalize(s.heading).substring(2);
            double sim = rest.contains(official) || LabelText.containsLoosely(rest, official)
                    ? Math.max(0.9, LabelText.similarity(rest, official)) : LabelText.similarity(rest, official);
            boolean sameNumeral = s.numeral.equals(numeral);
            // without a numeral (automatic numbering) or under another numeral the wording must be close
            double needed = sameNumeral ? 0.6 : 0.8;
            if (numeral == null) needed = 0.85;
            if (sim < needed) continue;
            if (best == null || sim > best.similarity || (sim == best.similarity && sameNumeral)) best = new Match(s, numeral, sim);
        }
        return best;
    }

    private void noteHeading(Report report, Match h, SectionDef previous, String typed) {
        SectionDef s = h.section;
        report.heading(s.key, typed);
        if (h.numeral != null && !h.numeral.equals(s.numeral)) {
            order(report, s, "section.order.numeral", typed, s.heading, h.numeral, s.numeral);
        } else if (previous != null && s.index < previous.index) {
            order(report, s, "section.order.sequence", typed, previous.heading);
        }
        String official = bare(LabelText.normalize(s.heading).substring(2));
        String read = bare(h.numeral == null ? LabelText.normalize(typed) : LabelText.normalize(typed).replaceFirst("^[^、．.，,]{1,2}[、．.，,]", ""));
        if (!read.equals(official)) {
            report.addFinding(Messages.finding(Rule.S_HEADING.id, Severity.WARNING, "section." + s.key, s.heading, typed,
                    "section.heading", typed, s.heading));
        }
    }

    /** A numbered paragraph “一、…” inside a section that is no heading: a second numbering system. */
    private static boolean restartsNumbering(String t) {
        Matcher m = NUMBERED.matcher(t);
        return m.matches() && m.group(1).length() == 1 && NUMERALS.indexOf(m.group(1).charAt(0)) == 0 && t.length() <= MAX_HEADING_LENGTH;
    }

    /** Without punctuation and blanks: “其他需要报告的事项。” reads as the official wording. */
    private static String bare(String s) {
        return s.replaceAll("[\\p{P}\\s]", "");
    }

    private static void order(Report report, SectionDef s, String messageId, Object... args) {
        report.addFinding(Messages.finding(Rule.S_ORDER.id, Severity.WARNING, "section." + s.key, s.heading, null, messageId, args));
    }
}
