package org.nianbao.core.schema;

/**
 * A value cell's model key as a type: its table, its row within the table and its column, e.g. table 三, row
 * {@code results.denied.state_secret}, column {@code natural_person}; table 二's rows carry their block
 * ({@code art20_1.rules}). Its {@link #id()} is the key as data, {@code <table prefix>.<row>.<column>}
 * ({@code apply.results.denied.state_secret.natural_person}): the model's maps, the snapshot's JSON, findings and
 * the CLI's output keep that string; code that builds or takes a key apart goes through here.
 */
public final class CellKey {
    /** The key as data; the one place a key's parts are joined. */
    private final String id;
    public final TableId table;
    /** Within the table, e.g. {@code results.denied.state_secret}, {@code art20_1.rules}, {@code review}. */
    public final String row;
    /** e.g. {@code natural_person}, {@code issued}, {@code total}. */
    public final String column;

    private CellKey(TableId table, String row, String column) {
        this.id = table.prefix + "." + row + "." + column;
        this.table = table;
        this.row = row;
        this.column = column;
    }

    /** The key of a table's cell from its row's parts and its column, e.g. {@code of(T3, "new", "total")}. */
    public static CellKey of(TableId table, String... parts) {
        if (parts.length < 2) throw new IllegalArgumentException("a cell key needs a row and a column");
        String[] rowParts = java.util.Arrays.copyOf(parts, parts.length - 1);
        return new CellKey(table, rowOf(rowParts), part(parts[parts.length - 1]));
    }

    /** The key whose {@link #id()} this is; IllegalArgumentException when it is not a cell key's. */
    public static CellKey parse(String id) {
        TableId t = TableId.ofKey(id);
        int last = id.lastIndexOf('.');
        if (t == null || last <= t.prefix.length() + 1) throw new IllegalArgumentException("not a cell key: " + id);
        return new CellKey(t, part(id.substring(t.prefix.length() + 1, last)), part(id.substring(last + 1)));
    }

    /** A row key made of its parts, e.g. table 二's block and row: {@code rowOf("art20_1", "rules")} is {@code art20_1.rules}. */
    public static String rowOf(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) b.append(b.length() == 0 ? "" : ".").append(part(p));
        if (b.length() == 0) throw new IllegalArgumentException("a row key needs a part");
        return b.toString();
    }

    /** The row a sub-row belongs to: {@code results.denied.state_secret} → {@code results.denied}; null for a top row. */
    public static String parentRow(String rowKey) {
        int dot = rowKey.lastIndexOf('.');
        return dot < 0 ? null : rowKey.substring(0, dot);
    }

    private static String part(String p) {
        if (p == null || p.isEmpty() || p.startsWith(".") || p.endsWith(".")) throw new IllegalArgumentException("key part " + p);
        return p;
    }

    /** The key as data, e.g. {@code apply.new.total}. */
    public String id() {
        return id;
    }

    /** The same row's cell in another column. */
    public CellKey withColumn(String otherColumn) {
        return new CellKey(table, row, part(otherColumn));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellKey && ((CellKey) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
