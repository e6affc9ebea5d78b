package org.nianbao.core.rules;

import org.nianbao.core.model.Severity;

/**
 * Every rule id a finding can carry — the checker's rules, the reader's findings and the extension's —
 * with its basis (spec §0 tags) and its severity. What the format states or implies is an error;
 * reviewers' practice is a warning; style is info (issue 9). A rule may lower a single finding's
 * severity where the message says why (e.g. P-4's fee-notice hint is info).
 */
public enum Rule {
    /** 一 + 二 = 三（七）总计 + 四, per column (table 三's corner note). */
    R_OFF_1("R-OFF-1", Basis.OFFICIAL),
    /** Table 二 （八） amounts are in 万元 (the printed header). */
    R_OFF_3("R-OFF-3", Basis.OFFICIAL),
    /** Table 三 row-wise: 总计 = the six applicant columns. */
    R_IMP_1("R-IMP-1", Basis.IMPLIED),
    /** Table 三 （七）总计 = the 21 result rows, per column. */
    R_IMP_2("R-IMP-2", Basis.IMPLIED),
    /** Table 四: each 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    R_IMP_3("R-IMP-3", Basis.IMPLIED),
    /** Cells hold non-negative integers (amounts: non-negative numbers). */
    R_IMP_4("R-IMP-4", Basis.IMPLIED),
    /** Carry-over: this year's 二 = last year's 四. */
    P_1("P-1", Basis.PRACTICE),
    /** Numbers quoted in the text equal the tables (matched by concept). */
    P_2("P-2", Basis.PRACTICE),
    /** 六 states the 信息处理费 collected. */
    P_4("P-4", Basis.PRACTICE),
    /** No blank or placeholder cells: print 0. */
    P_6("P-6", Basis.PRACTICE),
    /** 五 is substantive (not empty, not last year's text). */
    P_7("P-7", Basis.PRACTICE),
    /** 现行有效件数 ≈ last year's + 制发 − 废止 (heuristic). */
    P_10("P-10", Basis.PRACTICE),
    /** Decimal places of 万元 amounts required by a local profile (“保留N位小数”). */
    L_DEC("L-DEC", Basis.LOCAL),
    /** A readable number not written as a plain number (１２ is fine; 12.0, 12件, 十二, 1e3, 007 are not). */
    C_NUM("C-NUM", Basis.PRACTICE),

    /** Text repeated from last year's report, per section and whole (宿迁: deduction above 50 %). */
    Y_COPY("Y-COPY", Basis.PRACTICE),
    /** The text says every application was concluded while 四 > 0, or the reverse. */
    N_CONTRA("N-CONTRA", Basis.PRACTICE),
    /** Sections 一…六 missing, repeated, out of order or numbered with two systems. */
    S_ORDER("S-ORDER", Basis.PRACTICE),
    /** A section heading found by a tolerant match whose wording differs from the format's. */
    S_HEADING("S-HEADING", Basis.PRACTICE),
    /** 一 lacks a sub-topic a local profile requires (武威: the five aspects). */
    S_TOPIC("S-TOPIC", Basis.LOCAL),
    /** 一 longer than a local profile allows (武威: 原则上不超过一千字). */
    S_LENGTH("S-LENGTH", Basis.LOCAL),
    /** Title not “<机关名称><YYYY>年(度)政府信息公开工作年度报告”. */
    D_TITLE("D-TITLE", Basis.PRACTICE),
    /** Title year, report year and the text's years disagree. */
    D_YEAR("D-YEAR", Basis.PRACTICE),
    /** A 2021-or-later report citing the 2019 notice, 国务院令第492号 or the 试行 format as its basis. */
    D_BASIS("D-BASIS", Basis.PRACTICE),
    /** Domain misspellings, doubled words, ASCII punctuation between Chinese characters. */
    D_TERM("D-TERM", Basis.STYLE),
    /** Every cell of 表三 and 表四 is 0: a prompt for a human to confirm. */
    T_ZERO("T-ZERO", Basis.STYLE),

    /** A table not found. */
    T_MISSING("T-MISSING", Basis.READER, Severity.ERROR),
    /** A table whose rows or cells cannot be bound with certainty. */
    T_LAYOUT("T-LAYOUT", Basis.READER, Severity.ERROR),
    /** A table present only as a picture under its heading: cannot be checked. */
    T_IMAGE("T-IMAGE", Basis.READER, Severity.ERROR),
    /** A 2019-format table. */
    T_2019("T-2019", Basis.READER, Severity.ERROR),
    /** A table found twice. */
    T_DUPLICATE("T-DUPLICATE", Basis.READER, Severity.WARNING),
    /** A section heading not found. */
    S_MISSING("S-MISSING", Basis.READER, Severity.WARNING),
    /** A label read through a variant wording. */
    L_LABEL("L-LABEL", Basis.READER, Severity.INFO),
    /** The tables differ from the snapshot stored at the last save (Writer extension). */
    X_SNAPSHOT("X-SNAPSHOT", Basis.EXTENSION, Severity.WARNING),
    /** A typed total that recompute replaced (Writer extension). */
    X_OVERWRITTEN("X-OVERWRITTEN", Basis.EXTENSION, Severity.WARNING),
    /** A number in the text bound to the tables (插入数据句, 绑定到表格数据) that shows another value than they give. */
    X_BOUND("X-BOUND", Basis.EXTENSION, Severity.WARNING),
    /** A table Writer cannot give back until the document is reopened (Writer extension). */
    U_REOPEN("U-REOPEN", Basis.EXTENSION, Severity.ERROR),
    /** A 汇总 report's cell differs from the sum of its units' (check --children). */
    A_SUM("A-SUM", Basis.IMPLIED, Severity.ERROR),
    /** A unit named in the units list sent no report. */
    A_MISSING("A-MISSING", Basis.PRACTICE, Severity.WARNING),
    /** A unit summed into the open report (Writer's 汇总下级报告). */
    A_UNIT("A-UNIT", Basis.EXTENSION, Severity.INFO),
    /** A unit refused, forced or unreadable in Writer's 汇总下级报告. */
    A_REFUSED("A-REFUSED", Basis.EXTENSION, Severity.WARNING);

    /** Where a rule comes from (spec §0), plus the reader's and the extension's own findings. */
    public enum Basis { OFFICIAL, IMPLIED, PRACTICE, LOCAL, STYLE, READER, EXTENSION }

    public final String id;
    public final Basis basis;
    private final Severity severity;

    Rule(String id, Basis basis) {
        this(id, basis, null);
    }

    Rule(String id, Basis basis, Severity severity) {
        this.id = id;
        this.basis = basis;
        this.severity = severity;
    }

    /** ERROR for official and implied rules, WARNING for practice and local style, INFO for style; reader and extension ids as declared. */
    public Severity severity() {
        if (severity != null) return severity;
        switch (basis) {
            case OFFICIAL:
            case IMPLIED:
                return Severity.ERROR;
            case STYLE:
                return Severity.INFO;
            default:
                return Severity.WARNING;
        }
    }

    /** The rule with this id, or null. */
    public static Rule byId(String id) {
        for (Rule r : values()) if (r.id.equals(id)) return r;
        return null;
    }
}
