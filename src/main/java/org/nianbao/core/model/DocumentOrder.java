package org.nianbao.core.model;

import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

/**
 * Where a finding's key sits in the document, as one sortable number: the document head, then each
 * section in turn; a section's own findings come before the cells of its table.
 * Keys: a cell key, {@code section.<sectionKey>}, {@code table.<t2|t3|t4>}, or {@code document}.
 */
public final class DocumentOrder {
    private static final int PER_SECTION = 1_000_000;
    /** Sentences of a section come after its heading and before its table. */
    private static final int SENTENCES = 100_000;

    private DocumentOrder() {
    }

    public static int of(Place place) {
        if (place.kind == Place.Kind.SENTENCE) {
            return of(place.key) + 1 + Math.max(0, Math.min(place.start, SENTENCES - 2));
        }
        return of(place.key);
    }

    public static int of(String key) {
        ReportSchema schema = ReportSchema.get();
        if (key.startsWith("section.")) {
            String section = key.substring("section.".length());
            for (SectionDef s : schema.sections()) if (s.key.equals(section)) return s.index * PER_SECTION;
            return 0;
        }
        if (key.startsWith("table.")) {
            TableId t = Place.tableOf(key);
            return t == null ? 0 : schema.sectionOf(t).index * PER_SECTION + SENTENCES;
        }
        if (schema.hasCell(key)) {
            CellDef c = schema.cell(key);
            return schema.sectionOf(c.table).index * PER_SECTION + SENTENCES + 1 + c.order;
        }
        return 0;
    }
}
