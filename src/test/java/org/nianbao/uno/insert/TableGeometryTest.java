package org.nianbao.uno.insert;

import org.nianbao.uno.insert.WriterTable;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.odf.OdfComposer;
import org.nianbao.odf.OdfTemplateWriter;
import org.nianbao.odf.TableStyle;

/** The extension's tables look like the .odt template's: same widths, font sizes, header rows, names, styles. */
class TableGeometryTest {

    @Test
    void sameAsTheOdtTemplate() {
        for (TableId t : TableId.values()) {
            TableStyle odf = OdfTemplateWriter.styleOf(t);
            TableGeometry uno = TableGeometry.of(t);
            assertArrayEquals(odf.columnWidthsMm, uno.columnWidthsMm, 1e-9, t.toString());
            assertEquals(odf.labelFontPt, uno.fontPt, t.toString());
            assertEquals(odf.valueFontPt, uno.fontPt, t.toString());
            assertEquals(odf.headerRows, uno.headerRows, t.toString());
            assertEquals(OdfTemplateWriter.tableName(t), WriterTable.baseName(t));
            assertEquals(ReportSchema.get().layout(t).columns, uno.columnWidthsMm.length);
        }
        assertEquals(OdfComposer.TEXT_WIDTH_MM, TableGeometry.TEXT_WIDTH_MM);
    }

    @Test
    void separatorsAreCumulativeAndIncreasing() {
        short[] s = TableGeometry.of(TableId.T3).separators(10000);
        assertEquals(9, s.length);
        assertEquals(Math.round(8 / 156.0 * 10000), s[0]);
        for (int i = 1; i < s.length; i++) assertTrue(s[i] > s[i - 1]);
        assertTrue(s[s.length - 1] < 10000);
    }

    @Test
    void fontChoiceFallsBackToInstalledNoto() {
        Fonts f = Fonts.choose(java.util.Set.of("noto serif cjk sc", "noto sans cjk sc"));
        assertEquals("Noto Serif CJK SC", f.title);
        assertEquals("Noto Sans CJK SC", f.heading);
        assertEquals("Noto Serif CJK SC", f.body);
        Fonts official = Fonts.choose(java.util.Set.of("方正小标宋简体", "黑体", "仿宋_gb2312"));
        assertEquals("方正小标宋简体", official.title);
        assertEquals("黑体", official.heading);
        assertEquals("仿宋_GB2312", official.body);
        assertEquals("方正小标宋简体", Fonts.choose(java.util.Set.of()).title);
    }
}
