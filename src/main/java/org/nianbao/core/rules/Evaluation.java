package org.nianbao.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Severity;
import org.nianbao.core.parse.ParsedCell;

/** The result of checking one report. */
public final class Evaluation {
    private final Map<String, ParsedCell> parsed;
    private final Map<String, BigDecimal> values;
    private final Map<String, BigDecimal> computed;
    private final List<Finding> findings;
    private final Profile profile;
    private final Map<String, Double> copyRatios;

    Evaluation(Map<String, ParsedCell> parsed, Map<String, BigDecimal> computed, List<Finding> findings, Profile profile) {
        this(parsed, computed, findings, profile, null);
    }

    Evaluation(Map<String, ParsedCell> parsed, Map<String, BigDecimal> computed, List<Finding> findings, Profile profile,
               Map<String, Double> copyRatios) {
        this.copyRatios = copyRatios == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(copyRatios));
        this.parsed = parsed;
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        for (ParsedCell p : parsed.values()) v.put(p.key, p.value);
        this.values = Collections.unmodifiableMap(v);
        this.computed = computed;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.SEVERITY_THEN_DOCUMENT);
        this.findings = Collections.unmodifiableList(sorted);
        this.profile = profile;
    }

    /**
     * Every cell of the tables found, in document order, to the number read from it; null when the cell
     * holds no number (blank, placeholder, unreadable). Cells of tables not found are absent.
     */
    public Map<String, BigDecimal> values() {
        return values;
    }

    /** The number read from a cell, or null. */
    public BigDecimal value(String key) {
        return values.get(key);
    }

    /**
     * A cell's value once the totals are recomputed: a total's computed value (when its inputs are all known),
     * any other cell's number as read; null when unknown. What a number bound to the cell shows.
     */
    public BigDecimal settled(String key) {
        BigDecimal c = computed.get(key);
        return c != null ? c : values.get(key);
    }

    /** How each cell read (kind, value, findings), by key. */
    public Map<String, ParsedCell> parsed() {
        return parsed;
    }

    public ParsedCell parsed(String key) {
        return parsed.get(key);
    }

    /**
     * Every computed cell (totals) of the tables found to its value from the inputs (see {@link Totals});
     * null when an input is unreadable or missing. This is what a recompute writes into the total cells.
     */
    public Map<String, BigDecimal> computed() {
        return computed;
    }

    public BigDecimal computed(String key) {
        return computed.get(key);
    }

    /**
     * Y-COPY's share of each section's text repeated from last year's report (section key to 0..1, plus
     * {@code whole}), or null when checked without last year's report.
     */
    public Map<String, Double> copyRatios() {
        return copyRatios;
    }

    /** All findings (the reader's and the rules'): errors, warnings, info; each in document order. */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The findings at one key (a cell, {@code section.<key>}, {@code table.<id>} or {@code document}); for a
     * cell inside a grouped finding, that cell's own finding.
     */
    public List<Finding> findings(String key) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.key.equals(key)) out.add(f);
            else for (Finding m : f.members) if (m.key.equals(key)) out.add(m);
        }
        return out;
    }

    public int errorCount() {
        return count(Severity.ERROR);
    }

    public int warningCount() {
        return count(Severity.WARNING);
    }

    public int infoCount() {
        return count(Severity.INFO);
    }

    /** The profile the amounts were checked with (the caller's, or the decimals the table header declares). */
    public Profile profile() {
        return profile;
    }

    /** The same evaluation with more findings (issue 11: a 汇总 report's A-SUM/A-MISSING against its units). */
    public Evaluation withFindings(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new Evaluation(parsed, computed, all, profile);
    }

    private int count(Severity s) {
        int n = 0;
        for (Finding f : findings) if (f.severity == s) n++;
        return n;
    }
}
