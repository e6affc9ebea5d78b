package org.nianbao.core.schema;

/** One of the six headings of the report (spec §2). */
public final class SectionDef {
    public final String key;
    /** 一 … 六 */
    public final String numeral;
    /** The heading exactly as the format prints it, e.g. “一、总体情况”. */
    public final String heading;
    public final String headingEn;
    /** The table under this heading, or null for a text section. */
    public final TableId table;
    /** Guidance paragraph the template puts under a text section (our wording, not the official text). */
    public final String guidance;
    /** 1-based position in the report. */
    public final int index;

    SectionDef(int index, String key, String numeral, String heading, String headingEn, TableId table, String guidance) {
        this.index = index;
        this.key = key;
        this.numeral = numeral;
        this.heading = heading;
        this.headingEn = headingEn;
        this.table = table;
        this.guidance = guidance;
    }

    public boolean isText() {
        return table == null;
    }
}
