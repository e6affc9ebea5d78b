package org.nianbao.core.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T3Row;

/** The cached forms of official labels are exactly the uncached ones (a speed change must not change matching). */
class LabelTextTest {
    @Test
    void officialIsNormalizeCached() {
        for (CellDef c : ReportSchema.get().cells()) {
            assertEquals(LabelText.normalize(c.rowLabelZh), LabelText.official(c.rowLabelZh));
            assertEquals(LabelText.normalize(c.columnLabelZh), LabelText.official(c.columnLabelZh));
            assertSame(LabelText.official(c.columnLabelZh), LabelText.official(c.columnLabelZh));
        }
        for (T3Row r : ReportSchema.get().t3Rows()) {
            assertEquals(LabelText.withoutNumber(LabelText.normalize(r.label)), LabelText.officialBare(r.label));
        }
    }

    @Test
    void withoutNumberRemovesOneLeadingItemNumber() {
        assertEquals("属于国家秘密", LabelText.withoutNumber("1.属于国家秘密"));
        assertEquals("予以公开", LabelText.withoutNumber("（一）予以公开"));
        assertEquals("本年新收政府信息公开申请数量", LabelText.withoutNumber("一、本年新收政府信息公开申请数量"));
        assertEquals("总计1.", LabelText.withoutNumber("总计1."));
        assertEquals("", LabelText.withoutNumber("12."));
    }

    @Test
    void similarity() {
        assertEquals(1.0, LabelText.similarity("", ""));
        assertEquals(1.0, LabelText.similarity("予以公开", "予以公开"));
        assertEquals(0.75, LabelText.similarity("予以公升", "予以公开"));
        assertEquals(0.0, LabelText.similarity("", "规章"));
    }
}
