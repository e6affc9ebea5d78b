package org.nianbao.core.style;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nianbao.core.schema.TableId;

/**
 * The report's house style, defined once for both writers (the .odt template of {@code org.nianbao.odf}
 * and the Writer inserter of {@code org.nianbao.uno.insert}): GB/T 9704 fonts with their fallbacks, the
 * paragraph style names, the tables' names, column widths, font sizes and repeated header rows.
 */
public final class HouseStyle {
    /** The A4 text width with GB/T 9704 margins. */
    public static final double TEXT_WIDTH_MM = 156.0;

    public static final String STYLE_TITLE = "Nianbao Title";
    public static final String STYLE_HEADING = "Nianbao Heading";
    public static final String STYLE_BODY = "Nianbao Body";
    public static final String STYLE_GUIDANCE = "Nianbao Guidance";
    public static final String STYLE_TABLE_LABEL = "Nianbao Table Label";
    public static final String STYLE_TABLE_VALUE = "Nianbao Table Value";

    /**
     * The styles' names in a Chinese user interface (issue 10, defect 8): Writer 7.4 shows a user style by its
     * name ({@code DisplayName} is read-only and equals the name), so under a Chinese UI the styles are created
     * with these names. The .odt template keeps the names above.
     */
    private static final java.util.Map<String, String> STYLE_NAMES_ZH = java.util.Map.of(
            STYLE_TITLE, "年报标题",
            STYLE_HEADING, "年报标题1",
            STYLE_BODY, "年报正文",
            STYLE_GUIDANCE, "年报填写说明",
            STYLE_TABLE_LABEL, "年报表格标签",
            STYLE_TABLE_VALUE, "年报表格数值");

    /** One of the {@code STYLE_*} names as created in a user interface of that language ("zh", "en"). */
    public static String styleName(String style, String lang) {
        if (!STYLE_NAMES_ZH.containsKey(style)) throw new IllegalArgumentException("not a house style: " + style);
        return "zh".equals(lang) ? STYLE_NAMES_ZH.get(style) : style;
    }

    /** Every name a house style may have in a document (the English one first). */
    public static List<String> styleNames(String style) {
        return List.of(styleName(style, "en"), styleName(style, "zh"));
    }

    /** Font candidates per role, official first, ending with the open Noto CJK fonts. */
    public static final List<String> TITLE_FONTS = List.of("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "Noto Serif CJK SC");
    public static final List<String> HEADING_FONTS = List.of("黑体", "SimHei", "Noto Sans CJK SC");
    public static final List<String> BODY_FONTS = List.of("仿宋_GB2312", "仿宋", "FangSong", "FangSong_GB2312", "Noto Serif CJK SC");

    /** Fonts per role (tables use the body font). */
    public static final class Fonts {
        public final String title;
        public final String heading;
        public final String body;

        public Fonts(String title, String heading, String body) {
            this.title = title;
            this.heading = heading;
            this.body = body;
        }

        @Override
        public String toString() {
            return title + " / " + heading + " / " + body;
        }
    }

    /** How one table is drawn: column widths in millimetres, font size in points, rows repeated on each page. */
    public static final class TableShape {
        private final double[] columnWidthsMm;
        public final double fontPt;
        public final int headerRows;

        TableShape(double[] columnWidthsMm, double fontPt, int headerRows) {
            this.columnWidthsMm = columnWidthsMm;
            this.fontPt = fontPt;
            this.headerRows = headerRows;
        }

        public double[] columnWidthsMm() {
            return columnWidthsMm.clone();
        }
    }

    private HouseStyle() {
    }

    /** "Nianbao_T2", "Nianbao_T3", "Nianbao_T4". */
    public static String tableName(TableId table) {
        return "Nianbao_" + table.name();
    }

    /**
     * Widths sum to {@link #TEXT_WIDTH_MM} and keep a 7-digit number on one line in tables 二 and 三 (table
     * 四 has fifteen columns and a small font).
     */
    public static TableShape table(TableId table) {
        switch (table) {
            case T2:
                return new TableShape(new double[] {54, 34, 34, 34}, 10.5, 0);
            case T3:
                return new TableShape(new double[] {8, 15, 35, 14, 14, 14, 14, 14, 14, 14}, 9, 3);
            case T4:
                double[] w = new double[15];
                Arrays.fill(w, TEXT_WIDTH_MM / 15);
                return new TableShape(w, 6.5, 3);
            default:
                throw new IllegalArgumentException(String.valueOf(table));
        }
    }

    /** The official fonts (what Windows machines in government offices usually have). */
    public static Fonts officialFonts() {
        return new Fonts(TITLE_FONTS.get(0), HEADING_FONTS.get(0), BODY_FONTS.get(0));
    }

    /** Per role the first installed candidate; the official names when nothing is known to be installed. */
    public static Fonts fonts(Set<String> installedLowerCase) {
        return new Fonts(first(TITLE_FONTS, installedLowerCase), first(HEADING_FONTS, installedLowerCase),
                first(BODY_FONTS, installedLowerCase));
    }

    private static String first(List<String> candidates, Set<String> installed) {
        for (String c : candidates) if (installed.contains(c.toLowerCase(Locale.ROOT))) return c;
        return candidates.get(0);
    }
}
