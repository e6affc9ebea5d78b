package org.nianbao.core.model;

/**
 * House style a checking office may add on top of the national format. The national format
 * prescribes no decimals for 万元 (spec §4.4); a local profile such as “保留4位小数” does.
 */
public final class Profile {
    /** Decimal places required for 万元 amounts, or null when not prescribed. */
    public final Integer amountDecimals;

    public Profile(Integer amountDecimals) {
        if (amountDecimals != null && (amountDecimals < 0 || amountDecimals > 6)) {
            throw new IllegalArgumentException("decimals must be 0..6");
        }
        this.amountDecimals = amountDecimals;
    }

    public static Profile national() {
        return new Profile(null);
    }
}
