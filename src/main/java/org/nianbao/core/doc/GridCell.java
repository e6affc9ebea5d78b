package org.nianbao.core.doc;

/**
 * One cell of a table as an adapter read it: its text and an id the adapter understands (an ODF
 * "row,column" position, a Writer cell name). Spans are 1 where the source does not tell them.
 */
public final class GridCell {
    public final String text;
    public final String id;
    public final int colspan;
    public final int rowspan;
    /**
     * What the cell holds in order — paragraphs, nested tables, pictures — when the adapter read it (for
     * layout tables, whose text is document text); empty when not read.
     */
    public final java.util.List<Block> content;

    public GridCell(String text, String id, int colspan, int rowspan, java.util.List<Block> content) {
        this.text = text == null ? "" : text;
        this.id = id;
        this.colspan = Math.max(1, colspan);
        this.rowspan = Math.max(1, rowspan);
        this.content = content == null ? java.util.List.of() : java.util.List.copyOf(content);
    }

    public GridCell(String text, String id, int colspan, int rowspan) {
        this(text, id, colspan, rowspan, null);
    }

    public GridCell(String text, String id) {
        this(text, id, 1, 1);
    }

    @Override
    public String toString() {
        return id + ":" + text;
    }
}
