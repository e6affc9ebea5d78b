package org.nianbao.odf;

import org.nianbao.core.style.HouseStyle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;

/**
 * Writes a complete blank report (national format 2021): title, the six headings, a guidance
 * paragraph under each text section and tables 二, 三, 四 from {@link ReportSchema#layout} with the
 * official merges, value cells empty. Tables are named {@link #tableName(TableId)}.
 */
public final class OdfTemplateWriter {
    /** Placeholders when agency or year are not given. */
    public static final String AGENCY_PLACEHOLDER = "（机关名称）";
    public static final String YEAR_PLACEHOLDER = "××××";

    private OdfTemplateWriter() {
    }

    /** "Nianbao_T2", "Nianbao_T3", "Nianbao_T4". */
    public static String tableName(TableId table) {
        return HouseStyle.tableName(table);
    }

    /**
     * Column widths (mm, summing to the A4 text width of 156 mm) and font sizes such that a 7-digit
     * number stays on one line even in the widest CJK fonts (Noto CJK: 7 digits = 3.9 em; 仿宋: 3.5 em),
     * with 0.4 mm cell padding. Table 二: 五号 (10.5 pt); table 三: 小五 (9 pt), narrow part column, group
     * column, wide item column, seven value columns of 14 mm; table 四: fifteen columns of 10.4 mm at
     * 小六 (6.5 pt).
     */
    public static TableStyle styleOf(TableId table) {
        HouseStyle.TableShape shape = HouseStyle.table(table);
        return new TableStyle(shape.columnWidthsMm(), shape.fontPt, shape.fontPt, shape.headerRows);
    }

    /** “<机关名称><年度>年政府信息公开工作年度报告”, with placeholders for what is not given. */
    public static String title(String agency, Integer year) {
        String a = agency == null || agency.isBlank() ? AGENCY_PLACEHOLDER : agency.trim();
        if (year != null) return ReportSchema.title(a, year);
        String suffix = ReportSchema.title("", 0).substring(1); // “年政府信息公开工作年度报告”
        return a + YEAR_PLACEHOLDER + suffix;
    }

    public static void write(Path out, String agency, Integer year) throws IOException {
        compose(agency, year, FontSet.detect()).save(out);
    }

    public static void write(OutputStream out, String agency, Integer year) throws IOException {
        compose(agency, year, FontSet.detect()).save(out);
    }

    public static byte[] toBytes(String agency, Integer year, FontSet fonts) throws IOException {
        return compose(agency, year, fonts).toBytes();
    }

    /** The blank report, not yet saved (tests and fixtures may add to it). */
    public static OdfComposer compose(String agency, Integer year, FontSet fonts) throws IOException {
        ReportSchema schema = ReportSchema.get();
        String title = title(agency, year);
        OdfComposer c = OdfComposer.create(fonts).metaTitle(title).title(title);
        for (SectionDef s : schema.sections()) {
            c.heading(s.heading, 1);
            if (s.isText()) {
                if (s.guidance != null) c.guidance(s.guidance);
                c.paragraph("");
            } else {
                c.table(tableName(s.table), schema.layout(s.table).rows, styleOf(s.table));
            }
        }
        return c;
    }
}
