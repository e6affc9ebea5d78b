package org.nianbao.core.model;

/** How serious a finding is; follows the basis of the rule (spec §0 tags). */
public enum Severity {
    /** What the format states or implies (official, implied): the report is wrong. */
    ERROR("error"),
    /** Reviewer practice: worth a look, may be legitimate. */
    WARNING("warning"),
    /** A deviation we read through (a label variant): no action needed for the numbers. */
    INFO("info");

    public final String id;

    Severity(String id) {
        this.id = id;
    }
}
