package org.nianbao.core.schema;

/** A Chinese label of the format with its English rendering. */
public final class Labels {
    public final String key;
    public final String zh;
    public final String en;

    public Labels(String key, String zh, String en) {
        this.key = key;
        this.zh = zh;
        this.en = en;
    }

    static Labels of(String key, String zh, String en) {
        return new Labels(key, zh, en);
    }

    @Override
    public String toString() {
        return key + "=" + zh;
    }
}
