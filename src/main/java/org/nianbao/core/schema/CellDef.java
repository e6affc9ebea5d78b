package org.nianbao.core.schema;

/**
 * One value cell of an official table: its model key, where it sits (row and column labels) and
 * whether the user types it or it is a computed total.
 */
public final class CellDef {
    /** The cell's key as a type. */
    public final CellKey cell;
    /** The key as data ({@link CellKey#id()}), as the model's maps hold it. */
    public final String key;
    public final TableId table;
    /** Key of the row within the table, e.g. {@code results.denied.state_secret} or {@code art20_1.rules}. */
    public final String rowKey;
    /** Key of the column, e.g. {@code natural_person}, {@code issued}, {@code review.total}. */
    public final String columnKey;
    public final String rowLabelZh;
    public final String rowLabelEn;
    public final String columnLabelZh;
    public final String columnLabelEn;
    public final ValueType type;
    public final boolean computed;
    /** Position in document order over all tables (二 before 三 before 四, rows top-down, columns left-right). */
    public final int order;

    CellDef(CellKey cell, String rowLabelZh, String rowLabelEn,
            String columnLabelZh, String columnLabelEn, ValueType type, boolean computed, int order) {
        this.cell = cell;
        this.key = cell.id();
        this.table = cell.table;
        this.rowKey = cell.row;
        this.columnKey = cell.column;
        this.rowLabelZh = rowLabelZh;
        this.rowLabelEn = rowLabelEn;
        this.columnLabelZh = columnLabelZh;
        this.columnLabelEn = columnLabelEn;
        this.type = type;
        this.computed = computed;
        this.order = order;
    }

    /** The cell in words, e.g. “表三 （七）总计 / 自然人”. */
    public String displayZh() {
        return table.nameZh + " " + (rowLabelZh.isEmpty() ? "" : rowLabelZh + " / ") + columnLabelZh;
    }

    public String displayEn() {
        return table.nameEn + " " + (rowLabelEn.isEmpty() ? "" : rowLabelEn + " / ") + columnLabelEn;
    }

    @Override
    public String toString() {
        return key;
    }
}
