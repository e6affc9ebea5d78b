package org.nianbao.core.model;

import java.util.List;
import java.util.Set;

/**
 * House style a checking office may add on top of the national format (see {@link Profiles} for the
 * file format). The national format prescribes no decimals for 万元 (spec §4.4); a local profile such
 * as “保留4位小数” does. A profile also sets the Y-COPY threshold, a length limit and required
 * sub-topics for 一、总体情况, and which warnings are off.
 */
public final class Profile {
    /** Y-COPY's default: 宿迁's scoring deducts above 50 % repetition. */
    public static final double DEFAULT_COPY_THRESHOLD = 0.5;

    /** Short name (the file's {@code id}), or “national”. */
    public final String id;
    /** Decimal places required for 万元 amounts, or null when not prescribed. */
    public final Integer amountDecimals;
    /** Share of this year's text repeated from last year's at which Y-COPY warns (0..1). */
    public final double copyThreshold;
    /** Most characters 一、总体情况 may have, or null. */
    public final Integer overviewMaxChars;
    /** Sub-topics 一 must cover; each is a list of alternative words (any one is enough). */
    public final List<List<String>> overviewTopics;
    /** Rule ids switched off (warnings and info only; errors cannot be switched off). */
    public final Set<String> off;

    public Profile(Integer amountDecimals) {
        this("national", amountDecimals, DEFAULT_COPY_THRESHOLD, null, List.of(), Set.of());
    }

    public Profile(String id, Integer amountDecimals, double copyThreshold, Integer overviewMaxChars,
                   List<List<String>> overviewTopics, Set<String> off) {
        if (amountDecimals != null && (amountDecimals < 0 || amountDecimals > 6)) {
            throw new IllegalArgumentException("decimals must be 0..6");
        }
        if (!(copyThreshold > 0 && copyThreshold <= 1)) throw new IllegalArgumentException("copy.threshold must be in (0, 1]");
        if (overviewMaxChars != null && overviewMaxChars < 1) throw new IllegalArgumentException("overview.maxChars must be at least 1");
        this.id = id == null || id.isBlank() ? "custom" : id;
        this.amountDecimals = amountDecimals;
        this.copyThreshold = copyThreshold;
        this.overviewMaxChars = overviewMaxChars;
        this.overviewTopics = List.copyOf(overviewTopics);
        this.off = Set.copyOf(off);
    }

    public static Profile national() {
        return new Profile(null);
    }

    /** The same profile with other decimals (the CLI's {@code --decimals} overrides a profile's). */
    public Profile withDecimals(Integer decimals) {
        return new Profile(id, decimals, copyThreshold, overviewMaxChars, overviewTopics, off);
    }

    /** Whether findings of this rule id are reported. */
    public boolean isOn(String ruleId) {
        return !off.contains(ruleId);
    }
}
