package org.nianbao.core.bound;

import org.nianbao.core.schema.CellKey;
import org.nianbao.core.schema.TableId;

/**
 * A figure the narrative of 一、总体情况 quotes from the tables, with the key it stands for (a cell, or one of
 * {@link BoundKey}'s sums). Defined once: the P-2 reader finds these in the text, the data sentences write
 * them, and a bound number of one of them is checked against the same cells.
 */
public enum Quantity {
    /** Applications received this year (一、本年新收). */
    RECEIVED(t3("new")),
    /** Applications answered/concluded (三（七）总计). */
    ANSWERED(t3("results.total")),
    /** Carried over from last year (二). */
    CARRIED_OVER(t3("carried_over")),
    /** Carried forward to next year (四). */
    CARRIED_FORWARD(t3("carry_forward")),
    /** 行政复议 cases (表四 行政复议 总计). */
    REVIEW(CellKey.of(TableId.T4, "review", "total").id()),
    /** 行政诉讼 cases (表四 未经复议直接起诉 总计 + 复议后起诉 总计). */
    SUIT(BoundKey.SUITS),
    /** 规章 issued this year (表二 （一） 规章 本年制发件数). */
    RULES_ISSUED(t2("rules", "issued")),
    /** 行政规范性文件 issued this year. */
    NORMATIVE_ISSUED(t2("normative_docs", "issued")),
    /** 规章 in force (表二 （一） 现行有效件数). */
    RULES_IN_FORCE(t2("rules", "in_force")),
    /** 行政规范性文件 in force. */
    NORMATIVE_IN_FORCE(t2("normative_docs", "in_force")),
    /** 行政许可 decisions (表二 （五）). */
    LICENSING(CellKey.of(TableId.T2, "art20_5.licensing", "decisions").id()),
    /** 行政处罚 decisions (表二 （六）). */
    PENALTY(CellKey.of(TableId.T2, "art20_6.penalty", "decisions").id()),
    /** 行政强制 decisions (表二 （六）). */
    COERCION(CellKey.of(TableId.T2, "art20_6.coercion", "decisions").id()),
    /** Answers of one result of 三（七） (a row's 总计, or the sum of its sub-rows: 不予公开 1–8 …). */
    GRANTED(t3("results.granted")), PARTIAL(t3("results.partial")), DENIED(t3("results.denied")),
    UNABLE(t3("results.unable")), NOT_PROCESSED(t3("results.not_processed")), OTHER_HANDLING(t3("results.other_handling"));

    /** The key the figure stands for ({@link BoundKey#cells} gives the cells it adds up). */
    public final String key;

    Quantity(String key) {
        this.key = key;
    }

    private static String t3(String row) {
        return CellKey.of(TableId.T3, row, "total").id();
    }

    private static String t2(String row, String column) {
        return CellKey.of(TableId.T2, CellKey.rowOf("art20_1", row), column).id();
    }
}
