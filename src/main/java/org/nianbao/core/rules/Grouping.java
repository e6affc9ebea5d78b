package org.nianbao.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Place;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/**
 * One finding per table for the cell rules that fire on many cells (P-6 blank or placeholder, C-NUM, L-DEC):
 * a half-filled report would otherwise give 150 warnings and the errors drown. The
 * group is at the table, says how many cells, names the first ones, and keeps every cell's own finding
 * ({@link Finding#members}, the JSON's {@code keys}). Errors are never grouped: each has its own
 * expected value. A rule with one cell in a table stays at that cell.
 */
final class Grouping {
    static final Set<String> GROUPED = Set.of(Rule.P_6.id, Rule.C_NUM.id, Rule.L_DEC.id);
    private static final int NAMED = 3;

    private Grouping() {
    }

    static List<Finding> byTable(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (!groupable(f)) continue;
            groups.computeIfAbsent(f.rule + "|" + f.severity + "|" + f.place.table, k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!groupable(f)) {
                out.add(f);
                continue;
            }
            List<Finding> g = groups.get(f.rule + "|" + f.severity + "|" + f.place.table);
            if (g.size() == 1) out.add(f);
            else if (g.get(0) == f) out.add(group(g));
        }
        return out;
    }

    private static boolean groupable(Finding f) {
        return GROUPED.contains(f.rule) && !f.isError() && f.place.kind == Place.Kind.CELL && f.place.table != null;
    }

    private static Finding group(List<Finding> members) {
        List<Finding> sorted = new ArrayList<>(members);
        sorted.sort(Finding.DOCUMENT_ORDER);
        Finding first = sorted.get(0);
        TableId table = first.place.table;
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < Math.min(NAMED, sorted.size()); i++) {
            String key = sorted.get(i).key;
            if (i > 0) {
                zh.append("；");
                en.append("; ");
            }
            zh.append(ReportSchema.get().cell(key).displayZh());
            en.append(ReportSchema.get().cell(key).displayEn());
        }
        String more = sorted.size() > NAMED ? String.valueOf(sorted.size() - NAMED) : "";
        String id = more.isEmpty() ? "group.cells" : "group.cells.more";
        return new Finding(first.rule, first.severity, Place.table(table), first.expected, null,
                Messages.zh(id, table.nameZh, sorted.size(), zh, more, first.messageZh),
                Messages.en(id, table.nameEn, sorted.size(), en, more, first.messageEn), sorted);
    }
}
