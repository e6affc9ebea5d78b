package org.nianbao.core.doc;

/** A paragraph or a table of a document body, in document order. */
public final class Block {
    /** Paragraph text, or null for a table. */
    public final String text;
    /** The table, or null for a paragraph. */
    public final Grid table;
    /** Outline level of a heading paragraph (1 = top), 0 for body text or unknown. */
    public final int outlineLevel;
    /** A picture (ODF draw:image, a Writer graphic object): text is empty, this is its name. */
    public final String image;
    /** Numbers of a paragraph bound to the tables (our bookmarks in it), in text order; empty for most. */
    public final java.util.List<BoundSpan> bound;

    private Block(String text, Grid table, int outlineLevel, String image, java.util.List<BoundSpan> bound) {
        this.text = text;
        this.table = table;
        this.outlineLevel = outlineLevel;
        this.image = image;
        this.bound = bound == null || bound.isEmpty() ? java.util.List.of() : java.util.List.copyOf(bound);
    }

    private Block(String text, Grid table, int outlineLevel, String image) {
        this(text, table, outlineLevel, image, null);
    }

    private Block(String text, Grid table, int outlineLevel) {
        this(text, table, outlineLevel, null);
    }

    /** A picture in the text, by its name (read as an empty paragraph by whoever reads only text). */
    public static Block image(String name) {
        return new Block("", null, 0, name == null ? "" : name);
    }

    public boolean isImage() {
        return image != null;
    }

    public static Block paragraph(String text, int outlineLevel) {
        return new Block(text == null ? "" : text, null, outlineLevel);
    }

    /** A paragraph with numbers bound to the tables (spans outside the text are dropped). */
    public static Block paragraph(String text, int outlineLevel, java.util.List<BoundSpan> bound) {
        String t = text == null ? "" : text;
        java.util.List<BoundSpan> inside = new java.util.ArrayList<>();
        if (bound != null) for (BoundSpan b : bound) if (b.start >= 0 && b.end <= t.length() && b.start < b.end) inside.add(b);
        return new Block(t, null, outlineLevel, null, inside);
    }

    public static Block paragraph(String text) {
        return paragraph(text, 0);
    }

    public static Block table(Grid grid) {
        return new Block(null, grid, 0);
    }

    public boolean isTable() {
        return table != null;
    }
}
