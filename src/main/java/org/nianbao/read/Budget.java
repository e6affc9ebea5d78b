package org.nianbao.read;

import org.nianbao.read.UnreadableDocumentException.Reason;

/** Counts what a read keeps in memory (blocks, cells and rows, characters) against {@link ReadLimits}. */
public final class Budget {
    public final ReadLimits limits;
    private int blocks;
    private int cells;
    private long chars;

    public Budget(ReadLimits limits) {
        this.limits = limits;
    }

    public void block() throws UnreadableDocumentException {
        if (++blocks > limits.maxBlocks) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + limits.maxBlocks + " paragraphs and tables");
        }
    }

    public void cells(int n) throws UnreadableDocumentException {
        cells += n;
        if (cells > limits.maxCells || cells < 0) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + limits.maxCells + " table cells and rows");
        }
    }

    public void chars(int n) throws UnreadableDocumentException {
        chars += n;
        if (chars > limits.maxTextChars) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + limits.maxTextChars + " characters of text");
        }
    }
}
