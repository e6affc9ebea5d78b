package org.nianbao.uno.doc;

import com.sun.star.container.XIndexAccess;
import com.sun.star.container.XNamed;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextGraphicObjectsSupplier;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextRangeCompare;
import com.sun.star.text.XTextTable;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.nianbao.core.doc.Block;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;

/**
 * The document's graphic objects placed among the blocks read (a picture block after the paragraph or the
 * table it is anchored in), so that the core can tell a table pasted as a picture (T-IMAGE). Costs one
 * call when the document has no picture; pictures anchored to the page, in frames, headers or footers are
 * not placed.
 */
final class Pictures {
    static final Pictures NONE = new Pictures(new ArrayList<>(), null);

    private static final class Anchor {
        final String name;
        final XTextRange body;
        final String table;

        Anchor(String name, XTextRange body, String table) {
            this.name = name;
            this.body = body;
            this.table = table;
        }
    }

    private final List<Anchor> pending;
    private final XTextRangeCompare compare;
    private final TreeMap<Integer, List<String>> after = new TreeMap<>();

    private Pictures(List<Anchor> pending, XTextRangeCompare compare) {
        this.pending = pending;
        this.compare = compare;
    }

    static Pictures of(XTextDocument doc) {
        try {
            XTextGraphicObjectsSupplier s = Uno.q(XTextGraphicObjectsSupplier.class, doc);
            XIndexAccess all = s == null ? null : Uno.q(XIndexAccess.class, s.getGraphicObjects());
            if (all == null || all.getCount() == 0) return NONE;
            List<Anchor> anchors = new ArrayList<>();
            for (int i = 0; i < all.getCount(); i++) {
                Object g = all.getByIndex(i);
                XTextRange anchor = Uno.q(XTextContent.class, g).getAnchor();
                if (anchor == null) continue;
                String name = Uno.q(XNamed.class, g).getName();
                Object table = Uno.get(anchor, "TextTable");
                if (!Uno.isVoid(table) && Uno.q(XTextTable.class, table) != null) {
                    anchors.add(new Anchor(name, null, Uno.q(XNamed.class, table).getName()));
                } else if (UnoRuntime.areSame(anchor.getText(), doc.getText())) {
                    anchors.add(new Anchor(name, anchor, null));
                }
            }
            return new Pictures(anchors, Uno.q(XTextRangeCompare.class, doc.getText()));
        } catch (Exception e) {
            Log.info("pictures not read: " + e);
            return NONE;
        }
    }

    /** Places the pictures anchored in this body paragraph after its block. */
    void afterParagraph(XTextRange paragraph, int blockIndex) {
        if (pending.isEmpty()) return;
        pending.removeIf(a -> {
            if (a.body == null) return false;
            try {
                boolean inside = compare.compareRegionStarts(paragraph, a.body) >= 0 && compare.compareRegionEnds(a.body, paragraph) >= 0;
                if (inside) after.computeIfAbsent(blockIndex, i -> new ArrayList<>()).add(a.name);
                return inside;
            } catch (com.sun.star.lang.IllegalArgumentException e) {
                return false;
            }
        });
    }

    /** Places the pictures anchored in this table's cells after it. */
    void afterTable(String tableName, int blockIndex) {
        if (pending.isEmpty()) return;
        pending.removeIf(a -> {
            boolean here = tableName.equals(a.table);
            if (here) after.computeIfAbsent(blockIndex, i -> new ArrayList<>()).add(a.name);
            return here;
        });
    }

    /** The blocks with a picture block after each block a picture is anchored in. */
    List<Block> insertInto(List<Block> blocks) {
        if (after.isEmpty()) return blocks;
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            out.add(blocks.get(i));
            for (String name : after.getOrDefault(i, List.of())) out.add(Block.image(name));
        }
        return out;
    }
}
