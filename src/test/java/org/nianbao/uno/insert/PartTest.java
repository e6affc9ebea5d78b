package org.nianbao.uno.insert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

class PartTest {

    @Test
    void reportIsTitleThenEverySectionInOrder() {
        List<Part.Item> items = Part.REPORT.items();
        assertEquals(Part.Item.Kind.TITLE, items.get(0).kind);
        int i = 1;
        for (SectionDef s : ReportSchema.get().sections()) {
            assertEquals(Part.Item.Kind.HEADING, items.get(i).kind);
            assertEquals(s.heading, items.get(i++).text);
            if (s.isText()) {
                assertEquals(Part.Item.Kind.GUIDANCE, items.get(i).kind);
                assertEquals(s.guidance, items.get(i++).text);
                assertEquals(Part.Item.Kind.BODY, items.get(i++).kind);
            } else {
                assertEquals(s.table, items.get(i++).table);
            }
        }
        assertEquals(items.size(), i);
        assertEquals(EnumSet.allOf(TableId.class), Part.REPORT.tables());
    }

    @Test
    void sectionsAndTables() {
        for (SectionDef s : ReportSchema.get().sections()) {
            Part p = Part.section(s.index);
            assertEquals(s, p.sectionDef());
            assertEquals(s.heading, p.items().get(0).text);
            assertEquals(s.isText() ? EnumSet.noneOf(TableId.class) : EnumSet.of(s.table), p.tables());
        }
        for (TableId t : TableId.values()) {
            Part p = Part.table(t);
            assertEquals(t, p.tableId());
            assertEquals(1, p.items().size());
            assertEquals(EnumSet.of(t), p.tables());
        }
    }

    @Test
    void titleSuffixComesFromTheSchema() {
        assertEquals(ReportSchema.title("某局", 2024), "某局" + 2024 + Inserter.titleAfterYear());
        assertTrue(Inserter.titleAfterYear().startsWith("年"));
    }
}
