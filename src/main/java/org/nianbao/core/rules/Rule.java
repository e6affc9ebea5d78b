package org.nianbao.core.rules;

import org.nianbao.core.model.Severity;

/**
 * Every rule the checker applies, with its stable id and its basis (spec §0 tags). The basis gives the
 * default severity: what the format states (official) or implies → ERROR; practice and local house
 * style → WARNING.
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
    /** Numbers quoted in 一、总体情况 equal the tables. */
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
    C_NUM("C-NUM", Basis.PRACTICE);

    /** Where a rule comes from (spec §0). */
    public enum Basis { OFFICIAL, IMPLIED, PRACTICE, LOCAL }

    public final String id;
    public final Basis basis;

    Rule(String id, Basis basis) {
        this.id = id;
        this.basis = basis;
    }

    /** Default severity: ERROR for official and implied rules, WARNING for practice and local style. */
    public Severity severity() {
        return basis == Basis.OFFICIAL || basis == Basis.IMPLIED ? Severity.ERROR : Severity.WARNING;
    }

    /** The rule with this id, or null. */
    public static Rule byId(String id) {
        for (Rule r : values()) if (r.id.equals(id)) return r;
        return null;
    }
}
