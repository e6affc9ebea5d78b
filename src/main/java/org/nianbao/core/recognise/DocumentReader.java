package org.nianbao.core.recognise;

import org.nianbao.core.rules.Rule;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

/**
 * Turns a document, as either adapter hands it over, into a {@link Report}: the official tables are
 * recognised by their labels wherever they came from, every value cell is bound to its key, and the
 * title and section texts are read. Nothing here throws on odd documents: what cannot be recognised
 * becomes a finding.
 */
public final class DocumentReader {
    /**
     * Reading findings that only say what is absent: a document with nothing else is not a report (D-TITLE
     * without a title read is “no title found”).
     */
    private static final java.util.Set<String> ABSENCE_RULES = java.util.Set.of(Rule.T_MISSING.id, Rule.S_MISSING.id, Rule.D_TITLE.id);

    private DocumentReader() {
    }

    /**
     * Whether a document read is a report at all: a title, a section heading or a table of the format, or a
     * reading finding about something present. A cover letter or a spreadsheet-like table in a folder of
     * reports is not (the CLI says so in one line; Writer's 汇总下级报告 does not sum it).
     */
    public static boolean looksLikeReport(Report r) {
        if (!r.tablesFound().isEmpty() || !r.sectionTexts().isEmpty()) return true;
        if (r.agency() != null || r.year() != null || r.title() != null) return true;
        for (org.nianbao.core.model.Finding f : r.readingFindings()) if (!ABSENCE_RULES.contains(f.rule)) return true;
        return false;
    }

    public static Report read(DocumentContent original) {
        Report report = new Report();
        DocumentContent doc = new DocumentContent(LayoutTables.flatten(original.blocks));
        SectionReader sections = new SectionReader();
        sections.read(doc, report);
        Table2Recogniser t2 = new Table2Recogniser(report);
        Table3Recogniser t3 = new Table3Recogniser(report);
        Table4Recogniser t4 = new Table4Recogniser(report);
        int tableIndex = 0;
        for (Block b : doc.blocks) {
            if (!b.isTable()) continue;
            t2.accept(tableIndex, b.table);
            t3.accept(tableIndex, b.table);
            t4.accept(tableIndex, b.table);
            tableIndex++;
        }
        t2.finish();
        t3.finish();
        t4.finish();
        for (TableId t : TableId.values()) {
            boolean reported2019 = report.readingFindings().stream()
                    .anyMatch(f -> f.rule.equals(Rule.T_2019.id) && f.key.equals("table." + t.id));
            if (!report.hasTable(t) && !reported2019 && pictureUnder(doc, sections, t)) {
                report.addFinding(new org.nianbao.core.model.Finding(Rule.T_IMAGE.id, Severity.ERROR, "table." + t.id, null, null,
                        Messages.zh("table.image", t.nameZh), Messages.en("table.image", t.nameEn)));
            } else if (!report.hasTable(t) && !reported2019) {
                report.addFinding(Messages.finding(Rule.T_MISSING.id, Severity.ERROR, "table." + t.id, null, null,
                        "table.missing", t.nameZh, ReportSchema.get().sectionOf(t).numeral));
            }
        }
        return report;
    }

    /** Whether a picture stands between the heading of the table's section and the next heading (T-IMAGE). */
    private static boolean pictureUnder(DocumentContent doc, SectionReader sections, TableId table) {
        SectionDef section = ReportSchema.get().sectionOf(table);
        for (int i = 0; i < doc.blocks.size(); i++) {
            if (doc.blocks.get(i).isImage() && sections.sectionOfBlock.get(i) == section) return true;
        }
        return false;
    }
}
