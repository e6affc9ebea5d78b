package org.nianbao.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One result of checking a report: which rule, how serious, where ({@link Place}: a cell, a section, a
 * sentence of a section, a table or the document; {@link #key} is its legacy key string), expected and
 * actual value where there is one, and a message in Chinese and English. A grouped finding (one per
 * table for a rule that fires on many of its cells) lists every cell in {@link #keys}.
 */
public final class Finding {
    public final String rule;
    public final Severity severity;
    public final String key;
    public final Place place;
    /** Expected value as text (a number), or null. */
    public final String expected;
    /** Actual value as text (a number, or the cell text), or null. */
    public final String actual;
    public final String messageZh;
    public final String messageEn;
    /** Sort position in document order (see {@link DocumentOrder}). */
    public final int order;
    /** The cells of a grouped finding, in document order; empty for a single place. */
    public final List<String> keys;
    /** The per-cell findings a grouped finding stands for; empty otherwise. */
    public final List<Finding> members;

    public Finding(String rule, Severity severity, String key, String expected, String actual,
                   String messageZh, String messageEn) {
        this(rule, severity, Place.ofKey(Objects.requireNonNull(key)), expected, actual, messageZh, messageEn, List.of());
    }

    public Finding(String rule, Severity severity, Place place, String expected, String actual,
                   String messageZh, String messageEn) {
        this(rule, severity, place, expected, actual, messageZh, messageEn, List.of());
    }

    /** A grouped finding: one place (a table) standing for {@code members}. */
    public Finding(String rule, Severity severity, Place place, String expected, String actual,
                   String messageZh, String messageEn, List<Finding> members) {
        this.rule = Objects.requireNonNull(rule);
        this.severity = Objects.requireNonNull(severity);
        this.place = Objects.requireNonNull(place);
        this.key = place.key;
        this.expected = expected;
        this.actual = actual;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.order = DocumentOrder.of(place);
        this.members = List.copyOf(members);
        this.keys = this.members.stream().map(m -> m.key).collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    public String message(String lang) {
        return "en".equals(lang) ? messageEn : messageZh;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether this finding is at a key, or is a group that holds that cell. */
    public boolean covers(String cellKey) {
        return key.equals(cellKey) || keys.contains(cellKey);
    }

    /** Document order, then severity, then rule id: a stable order for the sidebar. */
    public static final Comparator<Finding> DOCUMENT_ORDER = Comparator.comparingInt((Finding f) -> f.order)
            .thenComparing(f -> f.severity)
            .thenComparing(f -> f.rule)
            .thenComparing(f -> f.key);

    /** Errors, then warnings, then info; within a level, document order (the checker's output order). */
    public static final Comparator<Finding> SEVERITY_THEN_DOCUMENT = Comparator.comparing((Finding f) -> f.severity)
            .thenComparingInt(f -> f.order)
            .thenComparing(f -> f.rule)
            .thenComparing(f -> f.key);

    @Override
    public String toString() {
        return rule + " " + severity.id + " " + place + " expected=" + expected + " actual=" + actual + " " + messageEn;
    }
}
