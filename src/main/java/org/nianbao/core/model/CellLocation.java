package org.nianbao.core.model;

/** Where a bound cell sits in the document: which table (by index among the document's tables and by name) and which cell. */
public final class CellLocation {
    /** 0-based index of the table among all tables of the document, in document order. */
    public final int tableIndex;
    public final String tableName;
    /** The adapter's cell id (see {@link org.nianbao.core.doc.GridCell#id}). */
    public final String cellId;

    public CellLocation(int tableIndex, String tableName, String cellId) {
        this.tableIndex = tableIndex;
        this.tableName = tableName;
        this.cellId = cellId;
    }

    @Override
    public String toString() {
        return tableName + "[" + cellId + "]";
    }
}
