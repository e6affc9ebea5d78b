package org.nianbao.core.schema;

/**
 * A value cell's model key, made and taken apart in one place: {@code <table prefix>.<row>.<column>}, e.g.
 * {@code apply.results.denied.state_secret.natural_person} (row {@code results.denied.state_secret}), table 二's
 * rows with their block ({@code active.art20_1.rules.issued}). Keys stay strings where they are data (the
 * snapshot's JSON, findings, the CLI's output); code that builds or reads one goes through here.
 */
public final class CellKey {
    private CellKey() {
    }

    /** The key of a table's cell from its row's parts and its column, e.g. {@code of(T3, "new", "total")}. */
    public static String of(TableId table, String... parts) {
        if (parts.length < 2) throw new IllegalArgumentException("a cell key needs a row and a column");
        StringBuilder b = new StringBuilder(table.prefix);
        for (String p : parts) {
            if (p == null || p.isEmpty() || p.startsWith(".") || p.endsWith(".")) throw new IllegalArgumentException("key part " + p);
            b.append('.').append(p);
        }
        return b.toString();
    }

    /** A row key made of its parts, e.g. table 二's block and row: {@code rowOf("art20_1", "rules")} is {@code art20_1.rules}. */
    public static String rowOf(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty() || p.startsWith(".") || p.endsWith(".")) throw new IllegalArgumentException("row part " + p);
            b.append(b.length() == 0 ? "" : ".").append(p);
        }
        if (b.length() == 0) throw new IllegalArgumentException("a row key needs a part");
        return b.toString();
    }

    /** The row a sub-row belongs to: {@code results.denied.state_secret} → {@code results.denied}; null for a top row. */
    public static String parentRow(String rowKey) {
        int dot = rowKey.lastIndexOf('.');
        return dot < 0 ? null : rowKey.substring(0, dot);
    }

    /** The table a key belongs to, or null. */
    public static TableId table(String key) {
        return TableId.ofKey(key);
    }

    /** The column part (after the last dot). */
    public static String column(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** The row part (between the table prefix and the column), e.g. {@code results.denied.state_secret}. */
    public static String row(String key) {
        TableId t = table(key);
        if (t == null) throw new IllegalArgumentException("not a cell key: " + key);
        return key.substring(t.prefix.length() + 1, key.lastIndexOf('.'));
    }

    /** The same row's cell in another column. */
    public static String withColumn(String key, String column) {
        return key.substring(0, key.lastIndexOf('.') + 1) + column;
    }
}
