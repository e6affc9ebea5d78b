package org.nianbao.uno.insert;

import java.util.Arrays;
import org.nianbao.core.schema.TableId;

/**
 * Column widths and font sizes of the tables we insert: the same as the .odt template
 * ({@code org.nianbao.odf.OdfTemplateWriter.styleOf}, which the .oxt cannot load; a unit test keeps the
 * two equal). Widths sum to the A4 text width with GB/T 9704 margins (156 mm) and keep a 7-digit number
 * on one line in tables 二 and 三 (table 四 has fifteen columns and a small font).
 */
public final class TableGeometry {
    public static final double TEXT_WIDTH_MM = 156.0;

    public final double[] columnWidthsMm;
    public final double fontPt;
    /** Rows repeated at the top of each page when the table breaks. */
    public final int headerRows;

    private TableGeometry(double[] columnWidthsMm, double fontPt, int headerRows) {
        this.columnWidthsMm = columnWidthsMm;
        this.fontPt = fontPt;
        this.headerRows = headerRows;
    }

    public static TableGeometry of(TableId table) {
        switch (table) {
            case T2:
                return new TableGeometry(new double[] {54, 34, 34, 34}, 10.5, 0);
            case T3:
                return new TableGeometry(new double[] {8, 15, 35, 14, 14, 14, 14, 14, 14, 14}, 9, 3);
            case T4:
                double[] w = new double[15];
                Arrays.fill(w, TEXT_WIDTH_MM / 15);
                return new TableGeometry(w, 6.5, 3);
            default:
                throw new IllegalArgumentException(String.valueOf(table));
        }
    }

    public double widthMm() {
        double sum = 0;
        for (double w : columnWidthsMm) sum += w;
        return sum;
    }

    /** Writer's column separators: cumulative positions on a scale of {@code relativeSum}. */
    public short[] separators(int relativeSum) {
        short[] out = new short[columnWidthsMm.length - 1];
        double total = widthMm();
        double x = 0;
        for (int i = 0; i < out.length; i++) {
            x += columnWidthsMm[i];
            out[i] = (short) Math.round(x / total * relativeSum);
        }
        return out;
    }
}
