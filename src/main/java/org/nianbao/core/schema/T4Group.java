package org.nianbao.core.schema;

/** A group of five columns of table 四: 行政复议, 未经复议直接起诉 or 复议后起诉 (spec §3.3). */
public final class T4Group {
    public final String key;
    public final String label;
    public final String labelEn;
    /** “行政诉讼” for the two suit groups, null for 行政复议. */
    public final String parent;

    T4Group(String key, String label, String labelEn, String parent) {
        this.key = key;
        this.label = label;
        this.labelEn = labelEn;
        this.parent = parent;
    }
}
