package org.nianbao.core.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;

/**
 * Reads the title (agency and year) and the text under each of the six headings. A heading is a short
 * paragraph that starts with the section's numeral and “、” and resembles the official wording
 * (“五、政府信息公开工作存在的主要问题及改进情况” still counts as 五).
 */
final class SectionReader {
    private static final Pattern TITLE = Pattern.compile("^(.*?)(\\d{4})\\s*年度?\\s*政府信息公开工作年度报告");
    private static final int MAX_HEADING_LENGTH = 40;
    private final List<SectionDef> sections = ReportSchema.get().sections();
    /** The section each block of the last document read stands in (null before the first heading). */
    final List<SectionDef> sectionOfBlock = new ArrayList<>();

    void read(DocumentContent doc, Report report) {
        List<String> beforeFirstHeading = new ArrayList<>();
        SectionDef current = null;
        StringBuilder text = new StringBuilder();
        for (Block b : doc.blocks) {
            sectionOfBlock.add(current);
            if (b.isTable()) continue;
            SectionDef heading = headingOf(b.text, current);
            if (heading != null) {
                if (current != null) report.section(current.key, text.toString().trim());
                current = heading;
                text.setLength(0);
                continue;
            }
            if (current == null) {
                if (!b.text.isBlank() && beforeFirstHeading.size() < 8) beforeFirstHeading.add(b.text.trim());
            } else if (!b.text.isBlank()) {
                text.append(b.text.trim()).append('\n');
            }
        }
        if (current != null) report.section(current.key, text.toString().trim());
        readTitle(beforeFirstHeading, report);
        for (SectionDef s : sections) {
            if (report.sectionText(s.key) == null) {
                report.addFinding(Messages.finding("S-MISSING", Severity.WARNING, "section." + s.key, s.heading, null,
                        "section.missing", s.heading));
            }
        }
    }

    /** The section this paragraph is the heading of, or null. Headings come in order; a repeated one is body text. */
    private SectionDef headingOf(String paragraph, SectionDef current) {
        String t = LabelText.normalize(paragraph);
        if (t.isEmpty() || t.length() > MAX_HEADING_LENGTH) return null;
        int from = current == null ? 0 : current.index;
        for (int i = from; i < sections.size(); i++) {
            SectionDef s = sections.get(i);
            String official = LabelText.normalize(s.heading);
            if (!t.startsWith(s.numeral + "、")) {
                // automatic outline numbering is not part of the paragraph text: “总体情况” alone
                if (LabelText.similarity(t, official.substring(2)) >= 0.85) return s;
                continue;
            }
            String bareRead = t.substring(2);
            String bareOfficial = official.substring(2);
            if (LabelText.similarity(t, official) >= 0.6 || bareRead.contains(bareOfficial)
                    || LabelText.containsLoosely(bareRead, bareOfficial)) {
                return s;
            }
        }
        return null;
    }

    private void readTitle(List<String> lines, Report report) {
        for (int n = 1; n <= Math.min(3, lines.size()); n++) {
            for (int start = 0; start + n <= lines.size(); start++) {
                String joined = String.join("", lines.subList(start, start + n)).replaceAll("[\\s\\u3000]+", "");
                Matcher m = TITLE.matcher(joined);
                if (m.find()) {
                    report.title(joined.substring(0, m.end()));
                    String agency = m.group(1).trim();
                    report.agency(agency.isEmpty() ? null : agency);
                    report.year(Integer.valueOf(m.group(2)));
                    return;
                }
            }
        }
    }
}
