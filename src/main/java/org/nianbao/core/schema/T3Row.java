package org.nianbao.core.schema;

/** One of the 25 data rows of table 三 (spec §3.2). */
public final class T3Row {
    /** Row key, e.g. {@code new}, {@code results.denied.state_secret}, {@code results.total}. */
    public final String key;
    /** The merged group cell on the left (“三、本年度办理结果”), or null for rows 一, 二, 四. */
    public final String part;
    /** The merged sub-group cell (“（三）不予公开”), or null. */
    public final String group;
    /** The row's own label (“1.属于国家秘密”, “（一）予以公开”, “一、本年新收政府信息公开申请数量”). */
    public final String label;
    public final String labelEn;
    public final boolean computed;

    T3Row(String key, String part, String group, String label, String labelEn, boolean computed) {
        this.key = key;
        this.part = part;
        this.group = group;
        this.label = label;
        this.labelEn = labelEn;
        this.computed = computed;
    }

    /** The row in words for messages: the sub-group and the label, e.g. “（三）不予公开 1.属于国家秘密”. */
    public String displayZh() {
        return group == null ? label : group + " " + label;
    }
}
