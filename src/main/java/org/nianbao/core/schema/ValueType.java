package org.nianbao.core.schema;

/** What a cell of the official tables holds. */
public enum ValueType {
    /** A number of cases or documents (件): a non-negative integer. */
    COUNT,
    /** An amount in 万元 (table 二 （八） only): a non-negative decimal. */
    AMOUNT
}
