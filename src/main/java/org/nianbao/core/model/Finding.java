package org.nianbao.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One result of checking a report: which rule, how serious, where (a cell key such as
 * {@code apply.results.total.natural_person}, a section key such as {@code section.other}, or a
 * table key such as {@code table.t3}), expected and actual value where there is one, and a message in
 * Chinese and English.
 */
public final class Finding {
    public final String rule;
    public final Severity severity;
    public final String key;
    /** Expected value as text (a number), or null. */
    public final String expected;
    /** Actual value as text (a number, or the cell text), or null. */
    public final String actual;
    public final String messageZh;
    public final String messageEn;
    /** Sort position in document order (see {@link DocumentOrder}). */
    public final int order;

    public Finding(String rule, Severity severity, String key, String expected, String actual,
                   String messageZh, String messageEn) {
        this.rule = Objects.requireNonNull(rule);
        this.severity = Objects.requireNonNull(severity);
        this.key = Objects.requireNonNull(key);
        this.expected = expected;
        this.actual = actual;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.order = DocumentOrder.of(key);
    }

    public String message(String lang) {
        return "en".equals(lang) ? messageEn : messageZh;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Document order, then severity, then rule id: a stable order for output and the sidebar. */
    public static final Comparator<Finding> DOCUMENT_ORDER = Comparator.comparingInt((Finding f) -> f.order)
            .thenComparing(f -> f.severity)
            .thenComparing(f -> f.rule)
            .thenComparing(f -> f.key);

    @Override
    public String toString() {
        return rule + " " + severity.id + " " + key + " expected=" + expected + " actual=" + actual + " " + messageEn;
    }
}
