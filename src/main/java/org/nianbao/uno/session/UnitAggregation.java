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
import org.nianbao.core.rules.Checker;
import org.nianbao.uno.Log;
import org.nianbao.uno.UiText;

/**
 * 汇总下级报告 in Writer (issue 11): the units' reports read through a {@link Reader} (in Writer each opened
 * hidden and read-only, like last year's report), checked, and summed by the core {@link Aggregator} with its
 * refusals; the units used, refused and unreadable as findings for the 校验 panel.
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
    /** The sums and each unit's status, once {@link #sum} ran. */
    public Aggregation aggregation;

    private UnitAggregation(List<UnitReport> read, Map<String, String> unreadable) {
        this.read = read;
        this.unreadable = unreadable;
    }

    /** Reads and checks every unit; an unreadable one is kept with its reason. */
    static UnitAggregation read(List<String> urls, Reader reader, Profile profile) {
        List<UnitReport> units = new ArrayList<>();
        Map<String, String> unreadable = new LinkedHashMap<>();
        for (String url : urls) {
            try {
                Report r = reader.read(url);
                units.add(new UnitReport(url, r, Checker.check(r, null, profile)));
            } catch (Exception e) {
                Log.error("reading unit report " + url, e);
                unreadable.put(url, String.valueOf(e.getMessage()));
            }
        }
        return new UnitAggregation(units, unreadable);
    }

    /** Sums the units read for the summary's {@code year} (null: the year most units give), with the core's refusals. */
    UnitAggregation sum(Integer year, boolean force) {
        aggregation = Aggregator.aggregate(read, year, force, List.of());
        return this;
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
        return out;
    }

    public long refusedCount() {
        return aggregation.units.stream().filter(u -> !u.summed()).count() + unreadable.size();
    }

    private static Finding finding(String rule, Severity severity, String key, Object... args) {
        return new Finding(rule, severity, "document", null, null, UiText.of("zh").get(key, args), UiText.of("en").get(key, args));
    }

    /** The last segment of a URL or path, percent-decoded when it can be. */
    static String fileName(String url) {
        String f = url.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        try {
            return java.net.URLDecoder.decode(f.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return f;
        }
    }
}
