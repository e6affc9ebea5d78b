package org.nianbao.core.schema;

import java.util.List;

/** A block of table 二: caption row, header row, data rows (spec §3.1). */
public final class T2Block {
    public final String key;
    /** e.g. “第二十条第（一）项” */
    public final String caption;
    /** The value columns; one column spans the three right-hand grid columns. */
    public final List<Labels> columns;
    public final List<Labels> rows;
    public final ValueType type;

    T2Block(String key, String caption, List<Labels> columns, List<Labels> rows, ValueType type) {
        this.key = key;
        this.caption = caption;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.type = type;
    }

    /** The key of one of the block's rows within table 二, e.g. {@code art20_1.rules} (see {@link CellKey#rowOf}). */
    public String rowKey(Labels row) {
        return CellKey.rowOf(key, row.key);
    }
}
