package org.nianbao.core.schema;

/**
 * One cell of a table as the template lays it out: either a label (text) or a value cell (key),
 * with its spans. Covered cells are not listed; a row lists its cells left to right.
 */
public final class LayoutCell {
    public final String text;
    /** Cell key for a value cell, null for a label. */
    public final String key;
    public final int colspan;
    public final int rowspan;

    public LayoutCell(String text, String key, int colspan, int rowspan) {
        this.text = text;
        this.key = key;
        this.colspan = colspan;
        this.rowspan = rowspan;
    }

    public static LayoutCell label(String text) {
        return new LayoutCell(text, null, 1, 1);
    }

    public static LayoutCell label(String text, int colspan, int rowspan) {
        return new LayoutCell(text, null, colspan, rowspan);
    }

    public static LayoutCell value(CellKey key, int colspan) {
        return new LayoutCell("", key.id(), colspan, 1);
    }

    public boolean isValue() {
        return key != null;
    }
}
