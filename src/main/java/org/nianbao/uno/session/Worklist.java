package org.nianbao.uno.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Severity;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.rules.Rule;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.UiText;

/**
 * The 校验 panel's worklist of a result: errors, then warnings, then notes; within each, groups by table
 * or section (a header line with the group's counts), the findings in document order; the blank cells
 * of one table (P-6) as one line. Also the order of next / previous problem.
 */
public final class Worklist {
    /** One line of the list: a group's header, a finding, or a group's blank cells. */
    public static final class Line {
        public final String text;
        /** The finding to show (the first blank cell for a blanks line); null for a header. */
        public final Finding finding;
        /** The number of blank cells on a blanks line, else 0. */
        public final int blanks;

        Line(String text, Finding finding, int blanks) {
            this.text = text;
            this.finding = finding;
            this.blanks = blanks;
        }
    }

    private static final Severity[] ORDER = {Severity.ERROR, Severity.WARNING, Severity.INFO};

    private Worklist() {
    }

    /** The errors, then the warnings, each in document order: what next / previous problem steps through. */
    public static List<Finding> problems(Evaluation ev) {
        List<Finding> out = new ArrayList<>();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING}) {
            for (Finding f : sorted(ev)) if (f.severity == s) out.add(f);
        }
        return out;
    }

    /** The lines for a result; {@code errorsOnly} leaves out warnings and notes. */
    public static List<Line> lines(Evaluation ev, UiText ui, boolean errorsOnly) {
        List<Line> out = new ArrayList<>();
        for (Severity s : ORDER) {
            if (errorsOnly && s != Severity.ERROR) continue;
            Map<String, List<Finding>> groups = new LinkedHashMap<>();
            for (Finding f : sorted(ev)) if (f.severity == s) groups.computeIfAbsent(group(f.key, ui), g -> new ArrayList<>()).add(f);
            for (Map.Entry<String, List<Finding>> g : groups.entrySet()) {
                String severity = ui.get("severity." + s.id);
                out.add(new Line(ui.get("worklist.group", severity, g.getKey(), g.getValue().size()), null, 0));
                List<Finding> blanks = new ArrayList<>();
                for (Finding f : g.getValue()) {
                    if (isBlank(f)) blanks.add(f);
                    else out.add(new Line(ui.get("sidebar.check.entry", severity, f.message(ui.lang())), f, 0));
                }
                if (blanks.size() == 1) {
                    out.add(new Line(ui.get("sidebar.check.entry", severity, blanks.get(0).message(ui.lang())), blanks.get(0), 0));
                } else if (!blanks.isEmpty()) {
                    out.add(new Line(ui.get("worklist.blanks", severity, g.getKey(), blanks.size()), blanks.get(0), blanks.size()));
                }
            }
        }
        return out;
    }

    /** A blank cell the format counts (P-6): filled with 0 by {@link ReportSession#fillBlanks}. */
    public static boolean isBlank(Finding f) {
        return Rule.P_6.id.equals(f.rule) && ReportSchema.get().hasCell(f.key) && !ReportSchema.get().cell(f.key).computed;
    }

    /** “表三”, “一、总体情况” or “全文”: where a finding's key belongs. */
    static String group(String key, UiText ui) {
        boolean zh = "zh".equals(ui.lang());
        TableId table = org.nianbao.core.model.Place.tableOf(key);
        if (table != null) return zh ? table.nameZh : table.nameEn;
        if (key != null && key.startsWith("section.")) {
            try {
                SectionDef s = ReportSchema.get().section(key.substring("section.".length()));
                return zh ? s.heading : s.headingEn;
            } catch (IllegalArgumentException notASection) {
                // fall through: the whole document
            }
        }
        return ui.get("worklist.document");
    }

    private static List<Finding> sorted(Evaluation ev) {
        List<Finding> all = cellFindings(ev);
        all.sort(Finding.DOCUMENT_ORDER);
        return all;
    }

    /**
     * The findings with each group the core made (one per table for P-6, C-NUM, L-DEC) replaced by its
     * members, one per cell: the worklist groups them again itself and each line leads to its own cell.
     */
    public static List<Finding> cellFindings(Evaluation ev) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : ev.findings()) {
            if (f.members.isEmpty()) out.add(f);
            else out.addAll(f.members);
        }
        return out;
    }
}
