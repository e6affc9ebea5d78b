package org.nianbao.odf;

/** How {@link OdfComposer} draws a table: column widths in millimetres, font sizes in points, header rows. */
public final class TableStyle {
    public final double[] columnWidthsMm;
    public final double labelFontPt;
    public final double valueFontPt;
    /** Rows repeated at the top of each page when the table breaks (0: none). */
    public final int headerRows;

    public TableStyle(double[] columnWidthsMm, double labelFontPt, double valueFontPt, int headerRows) {
        this.columnWidthsMm = columnWidthsMm.clone();
        this.labelFontPt = labelFontPt;
        this.valueFontPt = valueFontPt;
        this.headerRows = headerRows;
    }

    /** Equal columns over the text width, 10.5 pt (五号). */
    public static TableStyle equal(int columns) {
        double[] w = new double[columns];
        java.util.Arrays.fill(w, OdfComposer.TEXT_WIDTH_MM / columns);
        return new TableStyle(w, 10.5, 10.5, 0);
    }

    public double widthMm() {
        double sum = 0;
        for (double w : columnWidthsMm) sum += w;
        return sum;
    }
}
