package org.nianbao.odf;

import org.nianbao.odf.UnreadableDocumentException.Reason;

/** Counts what a read keeps in memory (blocks, cells and rows, characters) against {@link ReadLimits}. */
final class Budget {
    final ReadLimits limits;
    private int blocks;
    private int cells;
    private long chars;

    Budget(ReadLimits limits) {
        this.limits = limits;
    }

    void block() throws UnreadableDocumentException {
        if (++blocks > limits.maxBlocks) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + limits.maxBlocks + " paragraphs and tables");
        }
    }

    void cells(int n) throws UnreadableDocumentException {
        cells += n;
        if (cells > limits.maxCells || cells < 0) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + limits.maxCells + " table cells and rows");
        }
    }

    void chars(int n) throws UnreadableDocumentException {
        chars += n;
        if (chars > limits.maxTextChars) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + limits.maxTextChars + " characters of text");
        }
    }
}
