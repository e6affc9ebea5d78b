package org.nianbao.read;

/**
 * Safety bounds of {@link OdfDocumentReader}. A file beyond a hard bound fails with
 * {@link UnreadableDocumentException.Reason#TOO_LARGE}; repeated rows and columns beyond the soft
 * bounds are not materialised (their grid positions are kept). Defaults keep a hostile file under
 * about 200 MB of heap and a few seconds; real reports are far below every bound.
 */
public final class ReadLimits {
    /** Uncompressed bytes of content.xml read at most (hard). */
    public final long maxContentBytes;
    /** Uncompressed bytes of any other part read (manifest, meta, prologs) (hard). */
    public final long maxPartBytes;
    /** Bytes copied from an InputStream to a temporary file before reading (hard). */
    public final long maxPackageBytes;
    /** Entries in the zip (hard). */
    public final int maxEntries;
    /** Element nesting depth (hard). */
    public final int maxDepth;
    /** Paragraphs and tables of the document (hard). */
    public final int maxBlocks;
    /** Table cells plus table rows materialised over the document (hard). */
    public final int maxCells;
    /** Characters of text kept over the document (hard). */
    public final long maxTextChars;
    /** Grid columns kept per row; cells beyond are dropped (soft). */
    public final int maxColumns;
    /** Copies of a row with number-rows-repeated materialised (soft); the grid row count still advances. */
    public final int maxRowRepeat;

    private ReadLimits(long maxContentBytes, long maxPartBytes, long maxPackageBytes, int maxEntries, int maxDepth,
                       int maxBlocks, int maxCells, long maxTextChars, int maxColumns, int maxRowRepeat) {
        this.maxContentBytes = maxContentBytes;
        this.maxPartBytes = maxPartBytes;
        this.maxPackageBytes = maxPackageBytes;
        this.maxEntries = maxEntries;
        this.maxDepth = maxDepth;
        this.maxBlocks = maxBlocks;
        this.maxCells = maxCells;
        this.maxTextChars = maxTextChars;
        this.maxColumns = maxColumns;
        this.maxRowRepeat = maxRowRepeat;
    }

    /**
     * content.xml 32 MiB (a 200-page report is about 3 MB; the XML parser may hold a text run twice),
     * other parts 4 MiB, streams 256 MiB, 10,000 entries, depth 256, 200,000 blocks, 250,000 cells and rows,
     * 8 million characters, 64 columns, 64 copies of a repeated row.
     */
    public static ReadLimits defaults() {
        return new ReadLimits(32L << 20, 4L << 20, 256L << 20, 10_000, 256, 200_000, 250_000, 8_000_000L, 64, 64);
    }

    public ReadLimits withMaxContentBytes(long v) {
        return new ReadLimits(v, maxPartBytes, maxPackageBytes, maxEntries, maxDepth, maxBlocks, maxCells,
                maxTextChars, maxColumns, maxRowRepeat);
    }

    public ReadLimits withMaxCells(int v) {
        return new ReadLimits(maxContentBytes, maxPartBytes, maxPackageBytes, maxEntries, maxDepth, maxBlocks, v,
                maxTextChars, maxColumns, maxRowRepeat);
    }

    public ReadLimits withMaxTextChars(long v) {
        return new ReadLimits(maxContentBytes, maxPartBytes, maxPackageBytes, maxEntries, maxDepth, maxBlocks, maxCells,
                v, maxColumns, maxRowRepeat);
    }

    public ReadLimits withMaxBlocks(int v) {
        return new ReadLimits(maxContentBytes, maxPartBytes, maxPackageBytes, maxEntries, maxDepth, v, maxCells,
                maxTextChars, maxColumns, maxRowRepeat);
    }

    public ReadLimits withMaxPackageBytes(long v) {
        return new ReadLimits(maxContentBytes, maxPartBytes, v, maxEntries, maxDepth, maxBlocks, maxCells,
                maxTextChars, maxColumns, maxRowRepeat);
    }
}
