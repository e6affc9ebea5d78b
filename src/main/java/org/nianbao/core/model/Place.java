package org.nianbao.core.model;

import java.util.Objects;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/**
 * Where a finding is: the whole document, a section, a table, one cell, or a sentence of a section
 * (with the sentence's text and its offsets in the section text the rules read — the text without
 * template guidance). {@link #key} is the legacy key string the JSON's {@code key} field carries:
 * a cell key, {@code section.<key>}, {@code table.<t2|t3|t4>} or {@code document}.
 */
public final class Place {
    public enum Kind { DOCUMENT, SECTION, TABLE, CELL, SENTENCE }

    private static final Place DOCUMENT = new Place(Kind.DOCUMENT, "document", null, null, null, -1, -1);

    public final Kind kind;
    public final String key;
    /** The section key (overview, active, …) for SECTION and SENTENCE, else null. */
    public final String section;
    /** The table for TABLE and CELL places, else null. */
    public final TableId table;
    /** The sentence quoted, for SENTENCE places, else null. */
    public final String sentence;
    /** Offsets of the sentence in the section text as the rules read it; -1 when not a sentence. */
    public final int start;
    public final int end;

    private Place(Kind kind, String key, String section, TableId table, String sentence, int start, int end) {
        this.kind = kind;
        this.key = key;
        this.section = section;
        this.table = table;
        this.sentence = sentence;
        this.start = start;
        this.end = end;
    }

    public static Place document() {
        return DOCUMENT;
    }

    public static Place section(String sectionKey) {
        return new Place(Kind.SECTION, "section." + sectionKey, sectionKey, null, null, -1, -1);
    }

    public static Place table(TableId table) {
        return new Place(Kind.TABLE, "table." + table.id, null, table, null, -1, -1);
    }

    public static Place cell(String cellKey) {
        return new Place(Kind.CELL, cellKey, null, TableId.ofKey(cellKey), null, -1, -1);
    }

    /**
     * A sentence of a section (or of the text before the first heading when {@code sectionKey} is null); its
     * key stays the section's (or {@code document}), so consumers reading {@code key} still find the section.
     */
    public static Place sentence(String sectionKey, String sentence, int start, int end) {
        return new Place(Kind.SENTENCE, sectionKey == null ? "document" : "section." + sectionKey, sectionKey, null,
                Objects.requireNonNull(sentence), start, end);
    }

    /** The place a legacy key string names (for findings built from a key; new code passes a place). */
    public static Place ofKey(String key) {
        if (key == null || key.equals("document")) return DOCUMENT;
        if (key.startsWith("section.")) return section(key.substring("section.".length()));
        if (key.startsWith("table.") && tableOf(key) != null) return table(tableOf(key));
        if (ReportSchema.get().hasCell(key)) return cell(key);
        return new Place(Kind.DOCUMENT, key, null, null, null, -1, -1);
    }

    /** The table a finding's key belongs to: {@code table.t3}, a cell key or a row of it; else null. */
    public static TableId tableOf(String key) {
        if (key == null) return null;
        if (key.startsWith("table.")) {
            for (TableId t : TableId.values()) if (key.equals("table." + t.id)) return t;
            return null;
        }
        return TableId.ofKey(key);
    }

    @Override
    public String toString() {
        return kind == Kind.SENTENCE ? key + "@" + start + "«" + sentence + "»" : key;
    }
}
