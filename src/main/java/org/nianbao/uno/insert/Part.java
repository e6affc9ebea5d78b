package org.nianbao.uno.insert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

/**
 * What an insert command puts into the document, derived from {@link ReportSchema}: the complete
 * report (title, then every section), one section (its heading, then its table, or its guidance and an
 * empty body paragraph), or one table.
 */
public enum Part {
    REPORT("report"),
    SECTION_1("section-1"),
    SECTION_2("section-2"),
    SECTION_3("section-3"),
    SECTION_4("section-4"),
    SECTION_5("section-5"),
    SECTION_6("section-6"),
    TABLE_2("table-2"),
    TABLE_3("table-3"),
    TABLE_4("table-4");

    /** The id in the URL {@code nianbao:insert?part=<id>}. */
    public final String id;

    Part(String id) {
        this.id = id;
    }

    public static Part byId(String id) {
        for (Part p : values()) if (p.id.equals(id)) return p;
        return null;
    }

    public static Part section(int index) {
        return byId("section-" + index);
    }

    public static Part table(TableId table) {
        return byId("table-" + table.id.substring(1));
    }

    /** The section of a SECTION_n part, else null. */
    public SectionDef sectionDef() {
        if (!id.startsWith("section-")) return null;
        int index = Integer.parseInt(id.substring("section-".length()));
        return ReportSchema.get().sections().get(index - 1);
    }

    /** The table of a TABLE_n part, else null. */
    public TableId tableId() {
        if (!id.startsWith("table-")) return null;
        return TableId.valueOf("T" + id.substring("table-".length()));
    }

    /** The items to insert, in order. */
    public List<Item> items() {
        List<Item> out = new ArrayList<>();
        if (this == REPORT) {
            out.add(Item.title());
            for (SectionDef s : ReportSchema.get().sections()) addSection(out, s);
        } else if (sectionDef() != null) {
            addSection(out, sectionDef());
        } else {
            out.add(Item.table(tableId()));
        }
        return Collections.unmodifiableList(out);
    }

    /** The official tables this part inserts. */
    public Set<TableId> tables() {
        Set<TableId> out = EnumSet.noneOf(TableId.class);
        for (Item i : items()) if (i.table != null) out.add(i.table);
        return out;
    }

    private static void addSection(List<Item> out, SectionDef s) {
        out.add(Item.heading(s));
        if (s.isText()) {
            if (s.guidance != null) out.add(Item.guidance(s));
            out.add(Item.emptyBody());
        } else {
            out.add(Item.table(s.table));
        }
    }

    /** One paragraph or table of a part. */
    public static final class Item {
        public enum Kind { TITLE, HEADING, GUIDANCE, BODY, TABLE }

        public final Kind kind;
        /** The paragraph's text (heading, guidance); empty for TITLE (built from fields), BODY and TABLE. */
        public final String text;
        public final TableId table;

        private Item(Kind kind, String text, TableId table) {
            this.kind = kind;
            this.text = text;
            this.table = table;
        }

        static Item title() {
            return new Item(Kind.TITLE, "", null);
        }

        static Item heading(SectionDef s) {
            return new Item(Kind.HEADING, s.heading, null);
        }

        static Item guidance(SectionDef s) {
            return new Item(Kind.GUIDANCE, s.guidance, null);
        }

        static Item emptyBody() {
            return new Item(Kind.BODY, "", null);
        }

        static Item table(TableId t) {
            return new Item(Kind.TABLE, "", t);
        }

        @Override
        public String toString() {
            return kind + (table != null ? " " + table : text.isEmpty() ? "" : " " + text);
        }
    }
}
