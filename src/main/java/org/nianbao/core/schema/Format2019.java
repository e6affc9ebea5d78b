package org.nianbao.core.schema;

import java.util.List;

/**
 * Labels that only the 2019 trial format (国办公开办函〔2019〕60号) has (spec §5). A table showing them
 * is recognised as a 2019 table and reported, never read as if it were 2021.
 */
public final class Format2019 {
    private Format2019() {
    }

    public static final String DOC_NO = "国办公开办函〔2019〕60号";

    /** Table 二 （一） value columns of 2019. */
    public static final List<String> T2_ART20_1_COLUMNS = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量");
    /** Table 二 （五）（六）（八） value columns of 2019. */
    public static final List<String> T2_OTHER_COLUMNS = List.of("上一年项目数量", "本年增/减", "处理决定数量");
    /** Rows that only 2019 has. */
    public static final List<String> T2_ROWS = List.of("规范性文件", "其他对外管理服务事项", "政府集中采购");
    /** The block 2021 removed. */
    public static final String T2_ART20_9 = "第二十条第（九）项";
    /** Columns of the removed block. */
    public static final List<String> T2_ART20_9_COLUMNS = List.of("采购项目数量", "采购总金额");
}
