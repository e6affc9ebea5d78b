package org.nianbao.core.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.parse.Findings;
import org.nianbao.core.parse.Numbers;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.T2Block;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.ValueType;

/**
 * The header of table 二 （八）'s value column, official “本年收费金额（单位：万元）”.
 * <ul>
 * <li>R-OFF-3: the unit after “单位” must be 万元. Another unit (“（单位：元）”, “千元”) is an ERROR: the
 *     amounts are not in the official unit. A garbled 万元 (“(单位:0万元)”) or no unit at all is a WARNING:
 *     a label typo; the amount is still read and checked as 万元.</li>
 * <li>“保留N位小数” in the header sets the decimals of the L-DEC check when the caller's profile prescribes none.</li>
 * </ul>
 */
final class AmountHeader {
    private static final Pattern UNIT = Pattern.compile("单位\\s*:?\\s*([^,;)]*)");
    private static final Pattern DECIMALS = Pattern.compile("保留\\s*([0-9]+|[一二两三四五六七八九十])\\s*位小数");
    private static final String OFFICIAL_UNIT = "万元";

    private AmountHeader() {
    }

    /** The profile to check with: the caller's decimals if set, else those the header declares, else none. */
    static Profile effectiveProfile(Report report, Profile profile) {
        if (profile != null && profile.amountDecimals != null) return profile;
        String header = report.amountHeader();
        if (header != null) {
            Matcher m = DECIMALS.matcher(Numbers.toAscii(header));
            if (m.find()) {
                String n = m.group(1);
                int d = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : Numbers.chinese(n).intValue();
                if (d >= 0 && d <= 6) return new Profile(d);
            }
        }
        return profile == null ? Profile.national() : profile;
    }

    static void check(Context ctx, List<Finding> out) {
        String header = ctx.report.amountHeader();
        if (header == null || !ctx.has(TableId.T2)) return;
        CellDef amount = amountCell(ctx);
        String official = officialHeader(ctx);
        String h = Numbers.toAscii(header).replaceAll("\\s+", "");
        Matcher m = UNIT.matcher(h);
        String unit = m.find() ? m.group(1) : "";
        if (unit.equals(OFFICIAL_UNIT)) return;
        String shown = Numbers.strip(header);
        if (unit.isEmpty()) {
            out.add(Findings.of(Rule.R_OFF_3, Severity.WARNING, amount.key, OFFICIAL_UNIT, shown, "rule.off3.noUnit",
                    shown, official));
        } else if (unit.contains(OFFICIAL_UNIT)) {
            out.add(Findings.of(Rule.R_OFF_3, Severity.WARNING, amount.key, OFFICIAL_UNIT, shown, "rule.off3.typo",
                    shown, official, unit));
        } else {
            out.add(Findings.of(Rule.R_OFF_3, Severity.ERROR, amount.key, OFFICIAL_UNIT, shown, "rule.off3.unit",
                    shown, official, unit));
        }
    }

    private static CellDef amountCell(Context ctx) {
        for (CellDef c : ctx.schema.cells(TableId.T2)) if (c.type == ValueType.AMOUNT) return c;
        throw new IllegalStateException("no amount cell in table 二");
    }

    private static String officialHeader(Context ctx) {
        for (T2Block b : ctx.schema.t2Blocks()) if (b.type == ValueType.AMOUNT) return b.columns.get(0).zh;
        throw new IllegalStateException("no amount block in table 二");
    }
}
