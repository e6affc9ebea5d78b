package org.nianbao.uno.insert;

import org.nianbao.core.style.HouseStyle;
import java.util.Arrays;
import org.nianbao.core.schema.TableId;

/**
 * Column widths and font sizes of the tables we insert, from the {@link HouseStyle} the .odt template uses
 * too; here with Writer's column separators.
 */
public final class TableGeometry {
    public static final double TEXT_WIDTH_MM = HouseStyle.TEXT_WIDTH_MM;

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
        HouseStyle.TableShape shape = HouseStyle.table(table);
        return new TableGeometry(shape.columnWidthsMm(), shape.fontPt, shape.headerRows);
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
