package org.nianbao.core.doc;

import java.util.List;

/** A document body as the adapters hand it to the core: paragraphs and tables in order. */
public final class DocumentContent {
    public final List<Block> blocks;

    public DocumentContent(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }
}
