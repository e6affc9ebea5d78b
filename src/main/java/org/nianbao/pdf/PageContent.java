package org.nianbao.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one page (table borders), from the content stream: stroked lines and thin filled
 * rectangles, in PDF user space (y up). Curves and images are ignored.
 */
final class PageContent extends PDFGraphicsStreamEngine {
    /** A horizontal or vertical segment: fixed coordinate, from, to. */
    static final class Segment {
        final boolean horizontal;
        final double at;
        final double from;
        final double to;

        Segment(boolean horizontal, double at, double from, double to) {
            this.horizontal = horizontal;
            this.at = at;
            this.from = Math.min(from, to);
            this.to = Math.max(from, to);
        }
    }

    private static final double THIN = 2.0;
    final List<Segment> segments = new ArrayList<>();
    private final List<double[]> path = new ArrayList<>();
    private final List<double[]> rects = new ArrayList<>();
    private Point2D current;
    private final int maxSegments;

    PageContent(PDPage page, int maxSegments) {
        super(page);
        this.maxSegments = maxSegments;
    }

    void read() throws IOException {
        processPage(getPage());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rects.add(new double[] {Math.min(p0.getX(), p2.getX()), Math.min(p0.getY(), p2.getY()),
                Math.max(p0.getX(), p2.getX()), Math.max(p0.getY(), p2.getY())});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) path.add(new double[] {current.getX(), current.getY(), x, y});
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current == null ? new Point2D.Float(0, 0) : current;
    }

    @Override
    public void closePath() {
        // closing segments of rectangles are covered by their four sides
    }

    @Override
    public void endPath() {
        path.clear();
        rects.clear();
    }

    @Override
    public void strokePath() {
        for (double[] l : path) line(l[0], l[1], l[2], l[3]);
        for (double[] r : rects) {
            line(r[0], r[1], r[2], r[1]);
            line(r[0], r[3], r[2], r[3]);
            line(r[0], r[1], r[0], r[3]);
            line(r[2], r[1], r[2], r[3]);
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (double[] r : rects) { // borders drawn as thin filled rectangles
            double w = r[2] - r[0];
            double h = r[3] - r[1];
            if (h <= THIN && w > THIN) add(new Segment(true, (r[1] + r[3]) / 2, r[0], r[2]));
            else if (w <= THIN && h > THIN) add(new Segment(false, (r[0] + r[2]) / 2, r[1], r[3]));
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // not a border
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // not a border
    }

    @Override
    public void clip(int windingRule) {
        endPath();
    }

    private void line(double x0, double y0, double x1, double y1) {
        if (Math.abs(y0 - y1) < 0.5 && Math.abs(x0 - x1) > THIN) add(new Segment(true, y0, x0, x1));
        else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y0 - y1) > THIN) add(new Segment(false, x0, y0, y1));
    }

    private void add(Segment s) {
        if (segments.size() < maxSegments) segments.add(s);
    }
}
