package org.nianbao.core.schema;

/** The three statistical tables of the 2021 format. */
public enum TableId {
    T2("t2", "二", "active", "表二", "Table 2"),
    T3("t3", "三", "apply", "表三", "Table 3"),
    T4("t4", "四", "appeal", "表四", "Table 4");

    public final String id;
    /** The Chinese numeral of the section the table belongs to. */
    public final String numeral;
    /** Prefix of every cell key of this table (spec §7). */
    public final String prefix;
    public final String nameZh;
    public final String nameEn;

    TableId(String id, String numeral, String prefix, String nameZh, String nameEn) {
        this.id = id;
        this.numeral = numeral;
        this.prefix = prefix;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public static TableId ofKey(String key) {
        for (TableId t : values()) {
            if (key.startsWith(t.prefix + ".")) return t;
        }
        return null;
    }
}
