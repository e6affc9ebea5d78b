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

    private Block(String text, Grid table, int outlineLevel, String image) {
        this.text = text;
        this.table = table;
        this.outlineLevel = outlineLevel;
        this.image = image;
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
