package org.nianbao.uno.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.aggregate.Aggregation;
import org.nianbao.core.aggregate.Aggregator;
import org.nianbao.core.aggregate.UnitReport;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.uno.Log;
import org.nianbao.uno.UiText;

/**
 * 汇总下级报告 in Writer (issue 11): the units' reports read through a {@link Reader} (in Writer each opened
 * hidden and read-only, like last year's report), checked, and summed by the core {@link Aggregator} with its
 * refusals (the CLI's {@code nianbao aggregate}: table errors, another year, and a document that is not a
 * report at all); the units used, refused, unreadable, the files not read and the units of the folder's list
 * without a report (A-MISSING) as findings for the 校验 panel.
 */
public final class UnitAggregation {
    /** Reads one unit's report from a URL (the seam: Writer's hidden load, or an in-memory fake in tests). */
    public interface Reader {
        Report read(String url) throws Exception;
    }

    /** Rule ids of the 校验 panel's lines: a unit summed (note), a unit refused or unreadable (warning). */
    public static final String UNIT_RULE = org.nianbao.core.rules.Rule.A_UNIT.id;
    public static final String REFUSED_RULE = org.nianbao.core.rules.Rule.A_REFUSED.id;

    private final List<UnitReport> read;
    /** Units that could not be read: URL to the reason. */
    public final Map<String, String> unreadable;
    /** Documents read that are not reports (no title, heading or table of the format): their URLs. */
    public final List<String> notReports;
    /** Files of the folder that are not documents Writer reads as text: their URLs. */
    public final List<String> notRead;
    /** The sums and each unit's status, once {@link #sum} ran. */
    public Aggregation aggregation;

    private UnitAggregation(List<UnitReport> read, Map<String, String> unreadable, List<String> notReports, List<String> notRead) {
        this.read = read;
        this.unreadable = unreadable;
        this.notReports = notReports;
        this.notRead = notRead;
    }

    /**
     * Reads and checks every report of the folder; an unreadable one is kept with its reason, a document that
     * is not a report by itself (as the CLI refuses it).
     */
    static UnitAggregation read(UnitFolder.Listing folder, List<String> urls, Reader reader, Profile profile) {
        List<UnitReport> units = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        List<String> notReports = new ArrayList<>();
        for (String url : urls) {
            try {
                Report r = reader.read(url);
                if (DocumentReader.looksLikeReport(r)) units.add(new UnitReport(path(url), r, Checker.check(r, null, profile)));
                else notReports.add(url);
            } catch (Exception e) {
                Log.error("reading unit report " + url, e);
                unreadable.put(url, String.valueOf(e.getMessage()));
            }
        }
        return new UnitAggregation(units, unreadable, notReports, folder.notRead);
    }

    /**
     * Sums the units read for the summary's {@code year} (null: the year most units give), with the core's
     * refusals; {@code expected}: the units of the folder's list (their names matched by agency or file name).
     */
    UnitAggregation sum(Integer year, boolean force, List<String> expected) {
        aggregation = Aggregator.aggregate(read, year, force, expected);
        return this;
    }

    /** A file URL as a path (decoded, so that a list's unit names match file names); else the URL. */
    private static String path(String url) {
        try {
            return java.nio.file.Path.of(java.net.URI.create(url)).toString();
        } catch (RuntimeException e) {
            return url;
        }
    }

    /** One line per unit: summed (note), forced (warning), refused or unreadable (warning). */
    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (Aggregation.Unit u : aggregation.units) {
            String name = u.report.name();
            String file = fileName(u.report.file);
            String year = u.year == null ? "?" : u.year.toString();
            String summary = aggregation.year == null ? "?" : aggregation.year.toString();
            switch (u.status) {
                case INCLUDED:
                    out.add(finding(UNIT_RULE, Severity.INFO, "aggregate.unit.used", name, file));
                    break;
                case FORCED:
                    out.add(finding(REFUSED_RULE, Severity.WARNING, "aggregate.unit.forced", name, file, u.errors, year));
                    break;
                case REFUSED_ERRORS:
                    out.add(finding(REFUSED_RULE, Severity.WARNING, "aggregate.unit.errors", name, file, u.errors));
                    break;
                default:
                    out.add(finding(REFUSED_RULE, Severity.WARNING, "aggregate.unit.year", name, file, year, summary));
                    break;
            }
        }
        for (Map.Entry<String, String> e : unreadable.entrySet()) {
            out.add(finding(REFUSED_RULE, Severity.WARNING, "aggregate.unit.unreadable", fileName(e.getKey()), e.getValue()));
        }
        for (String url : notReports) out.add(finding(REFUSED_RULE, Severity.WARNING, "aggregate.unit.notReport", fileName(url)));
        for (String url : notRead) out.add(finding(REFUSED_RULE, Severity.WARNING, "aggregate.unit.notRead", fileName(url)));
        out.addAll(Aggregator.missingFindings(aggregation));
        return out;
    }

    /** Files of the folder not summed: refused, unreadable, not a report, or not read. */
    public long refusedCount() {
        return aggregation.units.stream().filter(u -> !u.summed()).count() + unreadable.size() + notReports.size() + notRead.size();
    }

    private static Finding finding(String rule, Severity severity, String key, Object... args) {
        return new Finding(rule, severity, "document", null, null, UiText.of("zh").get(key, args), UiText.of("en").get(key, args));
    }

    /** The last segment of a URL (percent-decoded when it can be) or of a path. */
    static String fileName(String url) {
        String f = url.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        if (!url.startsWith("file:")) return f;
        try {
            return java.net.URLDecoder.decode(f.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return f;
        }
    }
}
