package org.nianbao.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {

    private static void chinese(String text, long expected) {
        assertEquals(0, BigDecimal.valueOf(expected).compareTo(Numbers.chinese(text)), text);
    }

    @Test
    void chineseNumerals() {
        chinese("〇", 0);
        chinese("零", 0);
        chinese("五", 5);
        chinese("十", 10);
        chinese("十二", 12);
        chinese("二十", 20);
        chinese("二十三", 23);
        chinese("一百", 100);
        chinese("一百零五", 105);
        chinese("一百一十", 110);
        chinese("一百五", 150);
        chinese("三千零五十", 3050);
        chinese("三千一百一十九", 3119);
        chinese("一万零三", 10003);
        chinese("两万三", 23000);
        chinese("二十三万四千", 234000);
        chinese("一亿二千万", 120_000_000);
        chinese("二〇二一", 2021);
        chinese("壹佰零伍", 105);
        chinese("两", 2);
    }

    @Test
    void notChineseNumerals() {
        assertNull(Numbers.chinese(""));
        assertNull(Numbers.chinese("百"));
        assertNull(Numbers.chinese("十十"));
        assertNull(Numbers.chinese("一二十"));
        assertNull(Numbers.chinese("万"));
        assertNull(Numbers.chinese("一万二万"));
        assertNull(Numbers.chinese("十二件"));
        assertNull(Numbers.chinese("零十"));
        assertNull(Numbers.chinese(null));
    }

    @Test
    void plainAndStrip() {
        assertEquals("1000", Numbers.plain(new BigDecimal("1E+3")));
        assertEquals("0", Numbers.plain(new BigDecimal("0.000")));
        assertEquals("0.394", Numbers.plain(new BigDecimal("0.3940")));
        assertEquals("12", Numbers.strip("\u3000\u00A0 12\u200B\n"));
        assertEquals("1,234", Numbers.toAscii("１，２３４"));
        assertEquals(3, Numbers.decimalsNeeded(new BigDecimal("0.39400")));
        assertEquals(0, Numbers.decimalsNeeded(new BigDecimal("12.000")));
    }
}
