package org.nianbao.core.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nianbao.core.model.Finding;

/** The outcome of reading one cell text: a value (or none), what kind of content it was, and what was wrong. */
public final class ParsedCell {

    public enum Kind {
        /** A number was read (it may still carry a finding, e.g. a negative count or “12件”). */
        VALUE,
        /** Nothing in the cell (or only spaces, U+3000, line breaks). Counts as 0 for totals. */
        BLANK,
        /** A stand-in for “nothing”: / ／ — —— - － 无 暂无. Counts as 0 for totals. */
        PLACEHOLDER,
        /** Not a number (text, a formula, a number with a note). Makes dependent totals unknown. */
        INVALID
    }

    public final String key;
    /** The text as typed (never null). */
    public final String text;
    public final Kind kind;
    /** The value read; null unless {@link Kind#VALUE}. */
    public final BigDecimal value;
    private final List<Finding> findings;

    ParsedCell(String key, String text, Kind kind, BigDecimal value, List<Finding> findings) {
        this.key = key;
        this.text = text == null ? "" : text;
        this.kind = kind;
        this.value = kind == Kind.VALUE ? value : null;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort((a, b) -> a.severity.compareTo(b.severity));
        this.findings = Collections.unmodifiableList(sorted);
    }

    /** Everything wrong with the cell, most serious first (empty when the cell is a plain number). */
    public List<Finding> findings() {
        return findings;
    }

    /** The most serious finding, or null. */
    public Finding finding() {
        return findings.isEmpty() ? null : findings.get(0);
    }

    public boolean isValue() {
        return kind == Kind.VALUE;
    }

    /** BLANK or PLACEHOLDER: the cell says “nothing”. */
    public boolean isEmptyLike() {
        return kind == Kind.BLANK || kind == Kind.PLACEHOLDER;
    }

    /** The value to compute totals with: the value read, 0 for blank and placeholder cells, null when invalid. */
    public BigDecimal valueForTotals() {
        switch (kind) {
            case VALUE: return value;
            case BLANK:
            case PLACEHOLDER: return BigDecimal.ZERO;
            default: return null;
        }
    }

    @Override
    public String toString() {
        return key + "=" + kind + (value == null ? "" : ":" + Numbers.plain(value)) + findings;
    }
}
