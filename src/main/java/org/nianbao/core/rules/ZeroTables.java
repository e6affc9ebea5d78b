package org.nianbao.core.rules;

import java.math.BigDecimal;
import java.util.List;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Place;
import org.nianbao.core.parse.Findings;
import org.nianbao.core.parse.ParsedCell;
import org.nianbao.core.schema.TableId;

/**
 * T-ZERO (info): every cell of 表三 and 表四 reads 0. Not wrong in itself; a prompt for a human to
 * confirm that no application, 复议 or 诉讼 happened (an all-zero report that hid real applications was
 * publicly exposed and withdrawn, 鹿邑 2025). Blank or unreadable cells are other rules' and stop this one.
 */
final class ZeroTables {
    private ZeroTables() {
    }

    static void check(Context ctx, List<Finding> out) {
        if (!ctx.has(TableId.T3) || !ctx.has(TableId.T4)) return;
        int cells = 0;
        for (ParsedCell p : ctx.parsed.values()) {
            TableId t = TableId.ofKey(p.key);
            if (t != TableId.T3 && t != TableId.T4) continue;
            if (!p.isValue() || p.value.compareTo(BigDecimal.ZERO) != 0) return;
            cells++;
        }
        if (cells > 0) out.add(Findings.at(Rule.T_ZERO, Place.table(TableId.T3), null, "0", "rule.tzero", cells));
    }
}
