package org.nianbao.core.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.parse.CellParser;
import org.nianbao.core.parse.Localized;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.parse.ParsedCell;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.CellKey;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/** One report parsed for checking: its cells (of the tables found), the computed totals, and how to read them. */
final class Context {
    final Report report;
    final Profile profile;
    final ReportSchema schema = ReportSchema.get();
    /** Parsed cells of the tables found, by key, in document order. */
    final Map<String, ParsedCell> parsed;
    /** Computed cells of the tables found, by key (null = unknown). */
    final Map<String, BigDecimal> computed;

    private Context(Report report, Profile profile) {
        this.report = report;
        this.profile = profile;
        Map<String, ParsedCell> p = new LinkedHashMap<>();
        for (CellDef def : schema.cells()) {
            if (report.hasTable(def.table) && report.hasCell(def.key)) {
                p.put(def.key, CellParser.parse(def, report.cellText(def.key), profile));
            }
        }
        this.parsed = Collections.unmodifiableMap(p);
        Map<String, BigDecimal> all = Totals.compute(p);
        Map<String, BigDecimal> c = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : all.entrySet()) {
            if (report.hasTable(TableId.ofKey(e.getKey()))) c.put(e.getKey(), e.getValue());
        }
        this.computed = Collections.unmodifiableMap(c);
    }

    static Context of(Report report, Profile profile) {
        return new Context(report, profile);
    }

    boolean has(TableId table) {
        return report.hasTable(table);
    }

    CellDef def(String key) {
        return schema.cell(key);
    }

    CellDef def(CellKey key) {
        return schema.cell(key);
    }

    /**
     * The value of a cell as printed, for the cell being checked: the number read, 0 for a blank or
     * placeholder cell, null when unreadable or not in the document.
     */
    BigDecimal printed(String key) {
        ParsedCell p = parsed.get(key);
        return p == null ? null : p.valueForTotals();
    }

    /**
     * The value of a cell used in another cell's check: as printed, but a computed cell that is blank,
     * a placeholder, unreadable or missing falls back to its computed value.
     */
    BigDecimal operand(String key) {
        ParsedCell p = parsed.get(key);
        if (p != null && p.isValue()) return p.value;
        if (def(key).computed) return computed.get(key);
        return p == null ? null : p.valueForTotals();
    }

    BigDecimal operand(CellKey key) {
        return operand(key.id());
    }

    /** The cell's content for a finding's {@code actual} field: the number read, or the text as typed. */
    String actual(String key) {
        ParsedCell p = parsed.get(key);
        if (p == null) return null;
        return p.isValue() ? Numbers.plain(p.value) : CellParser.actual(p.text);
    }

    /** The cell's content for a message: the number, or “空白” / “blank”, or the quoted text. */
    Localized shown(String key) {
        ParsedCell p = parsed.get(key);
        if (p == null) return Localized.of("—", "—");
        if (p.isValue()) return Localized.of(Numbers.plain(p.value), Numbers.plain(p.value));
        if (p.kind == ParsedCell.Kind.BLANK) return Localized.message("value.blank");
        String q = CellParser.quote(p.text);
        return Localized.of("“" + q + "”", "“" + q + "”");
    }

    Localized cell(CellKey key) {
        return Localized.cell(def(key));
    }

    Localized cell(String key) {
        return Localized.cell(def(key));
    }
}
