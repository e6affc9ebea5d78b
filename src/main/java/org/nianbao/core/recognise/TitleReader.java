package org.nianbao.core.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.rules.Rule;

/**
 * Reads the title from the paragraphs before the first heading: agency and year in the standard order
 * “<机关名称><YYYY>年(度)政府信息公开工作年度报告”, in the year-first order “2024年上海市××政府信息公开工作
 * 年度报告”, and over up to three lines (“××局” / “2023年政府信息公开工作年度报告”). Only short lines
 * without a full stop are title lines, so a preamble sentence never gives the agency. D-TITLE for a
 * title that is not in the standard form.
 */
final class TitleReader {
    private static final Pattern STANDARD = Pattern.compile("^(.*?)(\\d{4})年度?政府信息公开工作年度报告");
    private static final Pattern YEAR_FIRST = Pattern.compile("^(\\d{4})年度?(.+?)政府信息公开工作年度报告");
    private static final Pattern NO_YEAR = Pattern.compile("^(.+?)政府信息公开工作年度报告");
    private static final Pattern LOOSE = Pattern.compile("政府信息公开(工作)?(年度)?(工作)?报告");
    private static final int MAX_TITLE_LINE = 50;

    private TitleReader() {
    }

    static void read(List<String> preamble, Report report) {
        int lines = Math.min(preamble.size(), 8);
        // the longest run of consecutive title lines that reads as a title wins (a two-line title gives its agency)
        for (int start = 0; start < lines; start++) {
            for (int end = runEnd(preamble, start, lines); end > start; end--) {
                String joined = joined(preamble.subList(start, end));
                if (readStandard(joined, report) || readYearFirst(joined, report)) return;
            }
        }
        for (int start = 0; start < lines; start++) {
            int end = runEnd(preamble, start, lines);
            if (end == start) continue;
            String joined = joined(preamble.subList(start, end));
            Matcher m = NO_YEAR.matcher(joined);
            if (m.find()) {
                report.title(joined.substring(0, m.end())).agency(m.group(1));
                title(report, "title.noYear", report.title());
                return;
            }
            if (LOOSE.matcher(joined).find()) {
                report.title(joined);
                title(report, "title.nonStandard", joined);
                return;
            }
        }
        if (!preamble.isEmpty()) title(report, "title.missing");
    }

    /** The end of the run of title lines from {@code start} (at most three lines; {@code start} when it is no title line). */
    private static int runEnd(List<String> preamble, int start, int limit) {
        int end = start;
        while (end < limit && end < start + 3 && isTitleLine(preamble.get(end))) end++;
        return end;
    }

    private static boolean readStandard(String joined, Report report) {
        Matcher m = STANDARD.matcher(joined);
        if (!m.find()) return false;
        String agency = m.group(1);
        if (agency.indexOf('：') >= 0 || agency.indexOf(':') >= 0) return false; // “索引号：…” is no agency
        report.title(joined.substring(0, m.end()));
        report.year(Integer.valueOf(m.group(2)));
        if (agency.isEmpty()) {
            title(report, "title.noAgency", report.title());
            return true;
        }
        report.agency(agency);
        return true;
    }

    private static boolean readYearFirst(String joined, Report report) {
        Matcher m = YEAR_FIRST.matcher(joined);
        if (!m.find()) return false;
        report.title(joined.substring(0, m.end()));
        report.year(Integer.valueOf(m.group(1)));
        report.agency(m.group(2));
        title(report, "title.yearFirst", report.title(), m.group(2) + m.group(1) + "年度政府信息公开工作年度报告");
        return true;
    }

    private static boolean isTitleLine(String line) {
        String t = line.strip();
        return t.length() <= MAX_TITLE_LINE && t.indexOf('。') < 0 && t.indexOf('；') < 0;
    }

    private static String joined(List<String> lines) {
        return Numbers.digitsToAscii(String.join("", lines)).replaceAll("[\\s\\u3000]+", "");
    }

    private static void title(Report report, String messageId, Object... args) {
        report.addFinding(Messages.finding(Rule.D_TITLE.id, Severity.WARNING, "document", null, null, messageId, args));
    }
}
